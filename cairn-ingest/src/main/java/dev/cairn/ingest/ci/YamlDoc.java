package dev.cairn.ingest.ci;

import dev.cairn.core.check.ParseProblem;
import dev.cairn.core.ci.Command;
import dev.cairn.core.ci.ShellCommands;
import dev.cairn.core.ci.StepClassifier;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.model.Span;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import dev.cairn.core.yaml.YSeq;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One YAML document of a pipeline file being read: turns nodes into locations, values into the plain strings
 * of the model, and shapes the CI system would reject into parse problems. Readers never see a wrong shape
 * as an exception: they ask for a mapping and get an empty one plus a problem.
 */
final class YamlDoc {
    private final SourcePath path;
    private final SourceLines source;
    private final int document;
    private final List<ParseProblem> problems;

    YamlDoc(SourcePath path, SourceLines source, int document, List<ParseProblem> problems) {
        this.path = path;
        this.source = source;
        this.document = document;
        this.problems = problems;
    }

    SourcePath path() {
        return path;
    }

    Location at(YNode node) {
        return new Location(path, source.trim(node.span()), node.pointer(), document);
    }

    /** The whole {@code key: value} entry. */
    Location at(YEntry entry) {
        return new Location(path, source.trim(entry.span()), entry.value().pointer(), document);
    }

    /** From the start of {@code first} to the end of {@code last}, siblings in a list. */
    Location between(YNode first, YNode last) {
        return new Location(path, source.trim(first.span().through(last.span())), first.pointer(), document);
    }

    void problem(YNode node, String message) {
        problems.add(new ParseProblem(source.trim(node.span()), message, document));
    }

    /** The mapping under {@code key}, empty when absent or null; a problem when it is something else. */
    Optional<YMap> map(YMap parent, String key, String what) {
        Optional<YNode> node = parent.get(key);
        if (node.isEmpty() || isNull(node.get())) return Optional.empty();
        if (node.get() instanceof YMap m) return Optional.of(m);
        problem(node.get(), what + " must be a mapping");
        return Optional.empty();
    }

    /** The sequence under {@code key}, empty when absent or null; a problem when it is something else. */
    Optional<YSeq> seq(YMap parent, String key, String what) {
        Optional<YNode> node = parent.get(key);
        if (node.isEmpty() || isNull(node.get())) return Optional.empty();
        if (node.get() instanceof YSeq s) return Optional.of(s);
        problem(node.get(), what + " must be a list");
        return Optional.empty();
    }

    static boolean isNull(YNode node) {
        return node instanceof YScalar s && s.isNull();
    }

    /** A scalar's text (null for a null scalar); a list of scalars joined by new lines; null for a mapping. */
    static String text(YNode node) {
        if (node instanceof YScalar s) return s.isNull() ? null : s.text();
        if (node instanceof YSeq seq) {
            List<String> parts = texts(seq);
            return parts.isEmpty() ? null : String.join("\n", parts);
        }
        return null;
    }

    static String text(YMap map, String key) {
        return map.get(key).map(YamlDoc::text).orElse(null);
    }

    /** A scalar as a one-item list, a list's scalar items (nested lists flattened), else nothing. */
    static List<String> texts(YNode node) {
        List<String> out = new ArrayList<>();
        if (node instanceof YScalar s) {
            if (!s.isNull()) out.add(s.text());
        } else if (node instanceof YSeq seq) {
            for (YNode item : seq.items()) out.addAll(texts(item));
        }
        return out;
    }

    static List<String> texts(YMap map, String key) {
        return map.get(key).map(YamlDoc::texts).orElse(List.of());
    }

    /**
     * A mapping of inputs or variables as strings in source order: scalars as written, lists joined by new
     * lines, one nested level as {@code key: value} lines ({@code password: {from_secret: x}}).
     */
    static Map<String, String> strings(YNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node instanceof YMap map) {
            for (YEntry e : map.entries()) out.put(e.key().text(), flat(e.value()));
        } else if (node instanceof YSeq seq) {
            // Azure and Tekton write variables and params as lists of {name, value}
            for (YNode item : seq.items()) {
                if (item instanceof YMap m && m.string("name").isPresent()) {
                    out.put(m.string("name").get(), m.get("value").map(YamlDoc::flat).orElse(""));
                }
            }
        }
        return out;
    }

    /** Locations of the entries of {@link #strings}, keyed {@code prefix.key}. */
    Map<String, Location> locations(String prefix, YNode node) {
        Map<String, Location> out = new LinkedHashMap<>();
        if (node instanceof YMap map) {
            for (YEntry e : map.entries()) out.put(prefix + "." + e.key().text(), at(e));
        } else if (node instanceof YSeq seq) {
            for (YNode item : seq.items()) {
                if (item instanceof YMap m && m.string("name").isPresent()) out.put(prefix + "." + m.string("name").get(), at(item));
            }
        }
        return out;
    }

    private static String flat(YNode node) {
        if (node instanceof YMap m) {
            List<String> lines = new ArrayList<>();
            for (YEntry e : m.entries()) lines.add(e.key().text() + ": " + (text(e.value()) == null ? "" : text(e.value())));
            return String.join("\n", lines);
        }
        String t = text(node);
        return t == null ? "" : t;
    }

    /** The commands of a script held by a scalar, each placed on its own lines when they can be found. */
    List<Command> commands(YNode holder, String script) {
        return commands(holder.span(), holder.pointer(), script);
    }

    List<Command> commands(Span holder, String pointer, String script) {
        List<ShellCommands.Line> lines = ShellCommands.split(script);
        List<Span> spans = ScriptLocator.locate(source, holder, script, lines);
        Location whole = new Location(path, source.trim(holder), pointer, document);
        List<Command> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Span span = spans.get(i);
            Location at = span == null ? whole : new Location(path, span, pointer, document);
            out.add(new Command(lines.get(i).text(), at, StepClassifier.classifyLine(lines.get(i).text())));
        }
        return out;
    }

    /** The commands of a script list (GitLab {@code script:}, Drone {@code commands:}), each item placed on its own. */
    List<Command> scriptItems(YNode items) {
        List<Command> out = new ArrayList<>();
        if (items instanceof YSeq seq) {
            for (YNode item : seq.items()) out.addAll(itemCommands(item));
        } else if (items instanceof YScalar s && !s.isNull()) {
            out.addAll(commands(s, s.text()));
        }
        return out;
    }

    private List<Command> itemCommands(YNode item) {
        if (item instanceof YScalar s) return s.isNull() ? List.of() : commands(s, s.text());
        if (item instanceof YSeq) return scriptItems(item);
        problem(item, "a script line must be a string");
        return List.of();
    }
}
