package dev.cairn.ingest.manifest;

import dev.cairn.core.check.FileKind;
import dev.cairn.core.check.ParseProblem;
import dev.cairn.core.check.SourceEvidence;
import dev.cairn.core.dockerfile.Dockerfile;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Note;
import dev.cairn.core.model.NoteKind;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.yaml.YDocument;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YSeq;
import dev.cairn.ingest.discovery.DiscoveredFile;
import dev.cairn.ingest.dockerfile.DockerfileParser;
import dev.cairn.ingest.text.DecodedText;
import dev.cairn.ingest.text.SourceText;
import dev.cairn.ingest.yaml.YamlFile;
import dev.cairn.ingest.yaml.YamlLimits;
import dev.cairn.ingest.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads one discovered file into evidence: decodes it strictly, parses YAML and JSON with positions,
 * and lifts every Kubernetes object out of its documents (items of {@code List} kinds included).
 * Dockerfiles are decoded the same way and parsed into a {@link Dockerfile}.
 * Never throws for bad content: broken files become parse problems, skipped files become notes.
 */
public final class ManifestReader {
    /** Kinds parsed as YAML; only manifests contribute Kubernetes objects. */
    private static final Set<FileKind> YAML_KINDS = EnumSet.of(FileKind.MANIFEST, FileKind.KUSTOMIZATION, FileKind.KUSTOMIZE_PATCH,
            FileKind.HELM_CHART, FileKind.HELM_VALUES, FileKind.CI_PIPELINE, FileKind.CAIRN_CONFIG);

    private final YamlReader yaml;

    public ManifestReader(YamlLimits limits) {
        this.yaml = new YamlReader(limits);
    }

    public FileEvidence read(DiscoveredFile file) {
        SourcePath path = file.path();
        boolean dockerfile = file.kind() == FileKind.DOCKERFILE;
        if (!dockerfile && (!YAML_KINDS.contains(file.kind()) || !isYamlName(path))) {
            return new FileEvidence(new SourceEvidence(path, file.kind(), 0, List.of()), List.of(), List.of());
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.file());
        } catch (IOException | SecurityException e) {
            return skipped(path, NoteKind.UNREADABLE, "cannot read file: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
        return read(path, file.kind(), bytes);
    }

    /** Reads content already in memory (fixtures, rendered output). */
    public FileEvidence read(SourcePath path, FileKind kind, byte[] bytes) {
        if (kind == FileKind.DOCKERFILE) {
            return dockerfile(path, bytes);
        }
        if (!YAML_KINDS.contains(kind)) {
            // as for files on disk: Helm templates and other non-YAML kinds are never parsed as YAML
            return new FileEvidence(new SourceEvidence(path, kind, 0, List.of()), List.of(), List.of());
        }
        if (SourceText.looksBinary(bytes)) {
            return skipped(path, NoteKind.SKIPPED_BINARY, "binary content (NUL bytes), not read as YAML");
        }
        if (path.fileName().toLowerCase().endsWith(".json") && !mentionsKubernetes(bytes)) {
            return new FileEvidence(new SourceEvidence(path, FileKind.OTHER, 0, List.of()), List.of(), List.of());
        }
        DecodedText decoded = SourceText.decode(bytes);
        if (decoded.problem() != null) {
            ParseProblem p = new ParseProblem(decoded.problem().span(), decoded.problem().message(), null);
            return new FileEvidence(new SourceEvidence(path, kind, 0, List.of(p)), List.of(), List.of());
        }
        if (decoded.text().isBlank()) {
            List<Note> notes = kind == FileKind.MANIFEST
                    ? List.of(Note.file(path, NoteKind.EMPTY_FILE, "empty file")) : List.of();
            return new FileEvidence(new SourceEvidence(path, kind, 0, List.of()), List.of(), notes);
        }
        YamlFile parsed = yaml.read(path, decoded.text());
        List<K8sObject> objects = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        if (kind == FileKind.MANIFEST) {
            for (YDocument document : parsed.documents()) {
                collectObjects(path, document, objects, notes);
            }
        }
        return new FileEvidence(new SourceEvidence(path, kind, parsed.documents().size(), parsed.problems()),
                objects, notes);
    }

    /** A Dockerfile: decoded like YAML, so a broken encoding is a parse problem at the same position. */
    private static FileEvidence dockerfile(SourcePath path, byte[] bytes) {
        if (SourceText.looksBinary(bytes)) {
            return skipped(path, NoteKind.SKIPPED_BINARY, "binary content (NUL bytes), not read as a Dockerfile");
        }
        DecodedText decoded = SourceText.decode(bytes);
        if (decoded.problem() != null) {
            ParseProblem p = new ParseProblem(decoded.problem().span(), decoded.problem().message(), null);
            return new FileEvidence(new SourceEvidence(path, FileKind.DOCKERFILE, 0, List.of(p)), List.of(), List.of());
        }
        Dockerfile parsed = DockerfileParser.parse(decoded.text());
        return new FileEvidence(new SourceEvidence(path, FileKind.DOCKERFILE, 0, parsed.problems(), parsed),
                List.of(), List.of());
    }

    private static void collectObjects(SourcePath path, YDocument document, List<K8sObject> objects, List<Note> notes) {
        YNode root = document.root();
        if (root == null) {
            return;
        }
        if (!(root instanceof YMap map)) {
            notes.add(new Note(path, root.span().startLine(), NoteKind.NOT_AN_OBJECT, "document "
                    + (document.index() + 1) + " is a " + (root instanceof YSeq ? "list" : "scalar")
                    + ", not a Kubernetes object"));
            return;
        }
        K8sObject.from(path, document.index(), map, null).ifPresent(object -> {
            if (isList(object)) {
                map.seq("items").ifPresent(items -> items.items().forEach(item -> item.asMap()
                        .flatMap(m -> K8sObject.from(path, document.index(), m, null))
                        .ifPresent(objects::add)));
            } else {
                objects.add(object);
            }
        });
    }

    /** {@code kind: List} and typed lists such as {@code DeploymentList}, as kubectl get -o yaml writes them. */
    private static boolean isList(K8sObject object) {
        return object.kind().endsWith("List") && object.root().seq("items").isPresent();
    }

    private static boolean isYamlName(SourcePath path) {
        String name = path.fileName().toLowerCase();
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json") || name.equals("kustomization");
    }

    /** Many JSON files (package.json, tsconfig with comments) are not manifests; only read ones that look like one. */
    private static boolean mentionsKubernetes(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 64 * 1024), StandardCharsets.UTF_8);
        return head.contains("\"apiVersion\"") && head.contains("\"kind\"");
    }

    private static FileEvidence skipped(SourcePath path, NoteKind kind, String message) {
        return new FileEvidence(new SourceEvidence(path, FileKind.OTHER, 0, List.of()), List.of(),
                List.of(Note.file(path, kind, message)));
    }
}
