package dev.cairn.ingest.discovery;

import dev.cairn.core.check.FileKind;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.yaml.YDocument;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import dev.cairn.ingest.text.DecodedText;
import dev.cairn.ingest.text.SourceText;
import dev.cairn.ingest.yaml.YamlLimits;
import dev.cairn.ingest.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the files that kustomizations use as patches. A strategic-merge patch looks like a Deployment but
 * holds only the fields it changes, so judging it as a whole object gives false findings ("no memory
 * limit" on a patch that only sets replicas). Such files are reclassified as {@link FileKind#KUSTOMIZE_PATCH}.
 */
public final class KustomizePatches {
    private KustomizePatches() {}

    public static List<DiscoveredFile> reclassify(List<DiscoveredFile> files) {
        Set<SourcePath> patches = new HashSet<>();
        YamlReader reader = new YamlReader(YamlLimits.defaults());
        for (DiscoveredFile file : files) {
            if (file.kind() == FileKind.KUSTOMIZATION) {
                patches.addAll(referencedPatches(file, reader));
            }
        }
        if (patches.isEmpty()) {
            return files;
        }
        List<DiscoveredFile> out = new ArrayList<>(files.size());
        for (DiscoveredFile f : files) {
            out.add(patches.contains(f.path()) && f.kind() == FileKind.MANIFEST
                    ? new DiscoveredFile(f.file(), f.path(), f.size(), FileKind.KUSTOMIZE_PATCH) : f);
        }
        return out;
    }

    private static Set<SourcePath> referencedPatches(DiscoveredFile kustomization, YamlReader reader) {
        Set<SourcePath> out = new HashSet<>();
        DecodedText text;
        try {
            text = SourceText.decode(Files.readAllBytes(kustomization.file()));
        } catch (IOException | SecurityException e) {
            return out; // the manifest reader reports unreadable files
        }
        if (!text.ok()) {
            return out;
        }
        SourcePath dir = kustomization.path().parent();
        for (YDocument document : reader.read(kustomization.path(), text.text()).documents()) {
            if (!(document.root() instanceof YMap root)) {
                continue;
            }
            root.seq("patchesStrategicMerge").ifPresent(seq -> seq.items().forEach(item -> add(dir, item, out)));
            for (String key : List.of("patches", "patchesJson6902")) {
                root.seq(key).ifPresent(seq -> seq.items().forEach(item -> {
                    if (item instanceof YMap m) {
                        m.get("path").ifPresent(p -> add(dir, p, out));
                    } else {
                        add(dir, item, out);
                    }
                }));
            }
        }
        return out;
    }

    private static void add(SourcePath dir, YNode node, Set<SourcePath> out) {
        if (node instanceof YScalar s && !s.isNull() && !s.text().contains("\n")) {
            resolve(dir, s.text()).ifPresent(out::add);
        }
    }

    /** Resolves {@code ../x.yaml} against the kustomization's folder; empty if it leaves the root. */
    public static java.util.Optional<SourcePath> resolve(SourcePath dir, String relative) {
        List<String> parts = new ArrayList<>();
        if (!dir.value().isEmpty()) {
            parts.addAll(List.of(dir.value().split("/")));
        }
        for (String segment : relative.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    return java.util.Optional.empty();
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(segment);
            }
        }
        return parts.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(SourcePath.of(String.join("/", parts)));
    }
}
