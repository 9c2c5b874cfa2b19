package dev.cairn.ingest.render.kustomize;

import dev.cairn.core.model.ObjectRef;
import dev.cairn.core.yaml.YMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which objects a patch applies to: a {@code target} selector, or for a strategic-merge patch without one
 * its own kind and name. Names may be regular expressions, as kustomize reads them; an object is matched by
 * its name in its source file or as rendered (which carries the prefixes and suffixes of the overlays).
 * Label selectors are honoured for equality terms only; a selector cairn cannot evaluate matches nothing,
 * so a field is then attributed to its base rather than to a patch that may not have set it.
 */
record Target(String kind, String name, String namespace, String labelSelector) {
    static Optional<Target> of(YMap selector) {
        if (selector == null) {
            return Optional.empty();
        }
        return Optional.of(new Target(selector.string("kind").orElse(null), selector.string("name").orElse(null),
                selector.string("namespace").orElse(null), selector.string("labelSelector").orElse(null)));
    }

    boolean matches(ObjectRef rendered, String sourceName, Map<String, String> labels) {
        if (kind != null && !kind.equals(rendered.kind())) return false;
        if (name != null && !nameMatches(rendered.name(), sourceName)) return false;
        if (namespace != null && rendered.namespace() != null && !namespace.equals(rendered.namespace())) return false;
        return labelSelector == null || labelsMatch(labels);
    }

    private boolean nameMatches(String renderedName, String sourceName) {
        if (name.equals(sourceName) || renderedName.equals(name)) return true;
        try {
            Pattern p = Pattern.compile(name);
            if (p.matcher(renderedName).matches() || sourceName != null && p.matcher(sourceName).matches()) return true;
        } catch (PatternSyntaxException e) {
            // a plain name with regex characters: compared literally below
        }
        // an overlay further up may have added a prefix or suffix since the patch was written
        return renderedName.contains(name) && name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '.');
    }

    private boolean labelsMatch(Map<String, String> labels) {
        for (String term : labelSelector.split(",")) {
            String t = term.strip();
            if (t.isEmpty()) continue;
            int eq = t.indexOf('=');
            if (t.contains("!") || t.contains(" in ") || t.contains("(")) return false;
            if (eq < 0) {
                if (!labels.containsKey(t)) return false;
            } else {
                String key = t.substring(0, eq).strip();
                String value = t.substring(t.lastIndexOf('=') + 1).strip();
                if (!value.equals(labels.get(key))) return false;
            }
        }
        return true;
    }
}
