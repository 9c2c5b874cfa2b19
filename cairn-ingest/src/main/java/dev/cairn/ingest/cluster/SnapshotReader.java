package dev.cairn.ingest.cluster;

import dev.cairn.core.cluster.ClusterAddress;
import dev.cairn.core.cluster.ClusterInfo;
import dev.cairn.core.cluster.ClusterSnapshot;
import dev.cairn.core.cluster.ClusterSourceMap;
import dev.cairn.core.check.ParseProblem;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Note;
import dev.cairn.core.model.NoteKind;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.yaml.YDocument;
import dev.cairn.core.yaml.YMap;
import dev.cairn.ingest.text.DecodedText;
import dev.cairn.ingest.text.SourceText;
import dev.cairn.ingest.yaml.YamlFile;
import dev.cairn.ingest.yaml.YamlLimits;
import dev.cairn.ingest.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a cluster snapshot: what {@code cairn cluster snapshot} writes (a {@code kind: List} whose
 * {@link SnapshotHeader} annotations name the context, server version, time and what was not read), or
 * plain {@code kubectl get ... -o yaml} output (lists or single objects, several documents allowed). Every
 * object is placed at its {@code cluster://} address, as if it had just been read live.
 */
public final class SnapshotReader {
    private SnapshotReader() {}

    public static ClusterSnapshot read(Path file) throws SnapshotException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            throw new SnapshotException("cannot read cluster snapshot " + file + ": " + e.getMessage());
        }
        String name = file.getFileName() == null ? "snapshot" : file.getFileName().toString();
        return read(name, bytes);
    }

    /** @param name the file name, the context of a snapshot that does not name its own */
    public static ClusterSnapshot read(String name, byte[] bytes) throws SnapshotException {
        DecodedText decoded = SourceText.decode(bytes);
        if (decoded.problem() != null) {
            throw new SnapshotException(name + ":" + decoded.problem().span().startLine() + ": " + decoded.problem().message());
        }
        YamlLimits d = YamlLimits.defaults();
        YamlLimits limits = new YamlLimits(d.maxDepth(), d.maxAliasExpansion(),
                Math.max(d.codePointLimit(), decoded.text().length() + 1024));
        YamlFile parsed = new YamlReader(limits).read(SourcePath.of("snapshot.yaml"), decoded.text());
        if (parsed.hasProblems()) {
            ParseProblem p = parsed.problems().get(0);
            throw new SnapshotException(name + ":" + (p.span() == null ? 1 : p.span().startLine()) + ": " + p.message());
        }
        Map<String, String> header = Map.of();
        List<YMap> roots = new ArrayList<>();
        for (YDocument document : parsed.documents()) {
            if (document.root() == null) {
                continue;
            }
            YMap root = document.root().asMap().orElseThrow(() -> new SnapshotException(
                    name + ":" + document.span().startLine() + ": not a Kubernetes object or List"));
            Optional<K8sObject> object = K8sObject.from(SourcePath.ROOT, document.index(), root, null);
            if (object.isPresent() && object.get().kind().endsWith("List") && root.seq("items").isPresent()) {
                if (header.isEmpty()) {
                    header = object.get().annotations();
                }
                root.seq("items").get().items().forEach(item -> item.asMap().ifPresent(roots::add));
            } else {
                roots.add(root);
            }
        }
        ClusterInfo info = info(name, header);
        List<K8sObject> objects = new ArrayList<>();
        for (YMap root : roots) {
            K8sObject.from(SourcePath.ROOT, 0, root, null).ifPresent(o -> {
                SourcePath address = ClusterAddress.of(info.context(), o.ref());
                objects.add(new K8sObject(address, 0, root, o.ref(), null, new ClusterSourceMap(address, root)));
            });
        }
        if (objects.isEmpty() && !header.containsKey(SnapshotHeader.CONTEXT)) {
            throw new SnapshotException(name + ": no Kubernetes objects (expected a List as `cairn cluster snapshot`"
                    + " or `kubectl get ... -o yaml` writes it)");
        }
        Set<String> kindsNotRead = new TreeSet<>();
        for (String kind : header.getOrDefault(SnapshotHeader.KINDS_NOT_READ, "").split(",")) {
            if (!kind.isBlank()) {
                kindsNotRead.add(kind.strip());
            }
        }
        return new ClusterSnapshot(info, objects, notes(info, header), kindsNotRead);
    }

    private static ClusterInfo info(String name, Map<String, String> header) throws SnapshotException {
        String context = header.getOrDefault(SnapshotHeader.CONTEXT, "");
        if (context.isBlank()) {
            context = name.replaceFirst("\\.(ya?ml|json)$", "");
        }
        String version = header.get(SnapshotHeader.SERVER_VERSION);
        Instant readAt = null;
        String at = header.get(SnapshotHeader.READ_AT);
        if (at != null) {
            try {
                readAt = Instant.parse(at);
            } catch (DateTimeParseException e) {
                throw new SnapshotException(name + ": " + SnapshotHeader.READ_AT + " is not an ISO-8601 time: " + at);
            }
        }
        String namespace = header.get(SnapshotHeader.NAMESPACE);
        return new ClusterInfo(context, version == null || version.isBlank() ? null : version, readAt,
                namespace == null || namespace.isBlank() ? null : namespace);
    }

    private static List<Note> notes(ClusterInfo info, Map<String, String> header) {
        List<Note> notes = new ArrayList<>();
        SourcePath cluster = ClusterAddress.of(info.context());
        header.getOrDefault(SnapshotHeader.NOT_READ, "").lines().map(String::strip).filter(l -> !l.isEmpty())
                .forEach(line -> notes.add(Note.file(cluster, NoteKind.CLUSTER_NOT_READ, line)));
        return notes;
    }
}
