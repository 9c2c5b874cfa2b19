package dev.cairn.checks.template;

import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import java.util.regex.Pattern;

/**
 * Values that a template tool replaces before the manifest is applied: {@code ${PORT}} or {@code $PORT}
 * (envsubst), {@code {{ .Values.port }}} (Helm, Jinja), {@code PORT} or {@code <PORT>} (samples edited by hand
 * with sed). They are not what reaches the API server: the schema checks leave their types alone, and the
 * image checks do not judge an image that is one.
 */
public final class Placeholders {
    private static final Pattern MARKERS = Pattern.compile("\\$\\{|\\$\\(|\\{\\{|}}|#\\{");
    private static final Pattern WHOLE = Pattern.compile(
            "\\$[A-Za-z_]\\w*|[A-Z][A-Z0-9_]*[A-Z0-9]|<[^<>]+>|__\\w+__|@\\w+@|%\\w+%");

    private Placeholders() {}

    public static boolean isPlaceholder(String text) {
        String t = text.strip();
        return MARKERS.matcher(t).find() || WHOLE.matcher(t).matches();
    }

    /**
     * A placeholder value: a string as above, or what YAML makes of an unquoted {@code {{TOKEN}}}, a mapping
     * whose only key is itself a flow mapping (the reader keeps such a key as its source text).
     */
    public static boolean isPlaceholder(YNode node) {
        if (node instanceof YScalar s) {
            return s.type() == dev.cairn.core.yaml.ScalarType.STRING && isPlaceholder(s.text());
        }
        if (node instanceof YMap m && m.size() == 1) {
            String key = m.entries().iterator().next().key().text();
            return key.startsWith("{") && key.endsWith("}");
        }
        return false;
    }
}
