package dev.cairn.ingest.render;

import dev.cairn.core.check.ParseProblem;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.yaml.YDocument;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.ingest.yaml.YamlFile;
import dev.cairn.ingest.yaml.YamlReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A renderer's output cut into its documents at the {@code ---} lines renderers write between them, each
 * parsed on its own with the lines before its YAML (Helm's {@code # Source:} comment) kept beside it.
 */
public final class RenderedText {
    private RenderedText() {}

    /** One document: the comment lines that precede its YAML, and its parsed mappings (List items expanded). */
    public record Document(List<String> comments, List<YMap> objects, List<ParseProblem> problems) {}

    /** @param text a renderer's output; null (helm-java gives it for a chart that renders nothing) is no documents */
    public static List<Document> split(String text, YamlReader reader, SourcePath label) {
        List<Document> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        List<String> chunk = new ArrayList<>();
        for (String line : text.lines().toList()) {
            if (line.equals("---") || line.startsWith("--- ")) {
                add(chunk, reader, label, out);
                chunk = new ArrayList<>();
            } else {
                chunk.add(line);
            }
        }
        add(chunk, reader, label, out);
        return out;
    }

    private static void add(List<String> chunk, YamlReader reader, SourcePath label, List<Document> out) {
        if (chunk.stream().allMatch(l -> l.isBlank() || l.strip().startsWith("#"))) {
            if (chunk.stream().anyMatch(l -> !l.isBlank())) {
                out.add(new Document(comments(chunk), List.of(), List.of()));
            }
            return;
        }
        YamlFile parsed = reader.read(label, String.join("\n", chunk) + "\n");
        List<YMap> objects = new ArrayList<>();
        for (YDocument d : parsed.documents()) {
            if (!(d.root() instanceof YMap map)) continue;
            boolean list = map.string("kind").filter(k -> k.endsWith("List")).isPresent() && map.seq("items").isPresent();
            if (list) {
                map.seq("items").get().items().forEach(i -> i.asMap().ifPresent(objects::add));
            } else {
                objects.add(map);
            }
        }
        out.add(new Document(comments(chunk), objects, parsed.problems()));
    }

    private static List<String> comments(List<String> chunk) {
        List<String> out = new ArrayList<>();
        for (String line : chunk) {
            String t = line.strip();
            if (t.startsWith("#")) out.add(t);
            else if (!t.isEmpty()) break;
        }
        return out;
    }

    /** The object without one annotation (and without {@code annotations} if that was the only one). */
    public static YMap withoutAnnotation(YMap root, String key) {
        YMap metadata = root.map("metadata").orElse(null);
        YMap annotations = metadata == null ? null : metadata.map("annotations").orElse(null);
        if (annotations == null || annotations.entry(key).isEmpty()) {
            return root;
        }
        Map<String, YEntry> kept = new LinkedHashMap<>();
        annotations.entries().stream().filter(e -> !e.key().text().equals(key)).forEach(e -> kept.put(e.key().text(), e));
        Map<String, YEntry> meta = new LinkedHashMap<>();
        for (YEntry e : metadata.entries()) {
            if (!e.key().text().equals("annotations")) {
                meta.put(e.key().text(), e);
            } else if (!kept.isEmpty()) {
                meta.put("annotations", new YEntry(e.key(), new YMap(kept, annotations.span(), annotations.pointer())));
            }
        }
        Map<String, YEntry> top = new LinkedHashMap<>();
        for (YEntry e : root.entries()) {
            YNode value = e.key().text().equals("metadata") ? new YMap(meta, metadata.span(), metadata.pointer()) : e.value();
            top.put(e.key().text(), new YEntry(e.key(), value));
        }
        return new YMap(top, root.span(), root.pointer());
    }
}
