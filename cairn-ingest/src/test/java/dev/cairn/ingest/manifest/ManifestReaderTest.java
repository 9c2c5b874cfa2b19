package dev.cairn.ingest.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.cairn.core.check.FileKind;
import dev.cairn.core.check.ParseProblem;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Note;
import dev.cairn.core.model.NoteKind;
import dev.cairn.core.model.ObjectRef;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.model.Span;
import dev.cairn.ingest.discovery.DiscoveredFile;
import dev.cairn.ingest.yaml.YamlLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the manifest reader makes of one file: objects with identities and pointers, problems, notes. */
class ManifestReaderTest {
    private final ManifestReader reader = new ManifestReader(YamlLimits.defaults());

    @TempDir
    Path tmp;

    private FileEvidence read(String path, String text) {
        return reader.read(SourcePath.of(path), FileKind.MANIFEST, text.getBytes(StandardCharsets.UTF_8));
    }

    private FileEvidence readFile(String path, FileKind kind, byte[] content) throws IOException {
        Path file = tmp.resolve(path.replace('/', '_'));
        Files.write(file, content);
        return reader.read(new DiscoveredFile(file, SourcePath.of(path), content.length, kind));
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            if (p instanceof String s) out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            else out.write((Integer) p);
        }
        return out.toByteArray();
    }

    @Test
    void listKindIsExpandedIntoItsItemsWithItemPointers() {
        FileEvidence evidence = read("dump.yaml", """
                apiVersion: v1
                kind: List
                items:
                  - apiVersion: v1
                    kind: ConfigMap
                    metadata:
                      name: settings
                  - apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: web
                      namespace: shop
                """);

        assertThat(evidence.objects()).extracting(K8sObject::ref, o -> o.root().pointer(), K8sObject::document,
                o -> o.root().span().startLine(), o -> o.root().span().startColumn(), o -> o.path().value()).containsExactly(
                tuple(new ObjectRef("v1", "ConfigMap", null, "settings"), "/items/0", 0, 4, 5, "dump.yaml"),
                tuple(new ObjectRef("apps/v1", "Deployment", "shop", "web"), "/items/1", 0, 8, 5, "dump.yaml"));
        assertThat(evidence.notes()).isEmpty();
        assertThat(evidence.source().documents()).isEqualTo(1);
        assertThat(evidence.source().problems()).isEmpty();
        assertThat(evidence.source().kind()).isEqualTo(FileKind.MANIFEST);
    }

    @Test
    void typedListSuchAsDeploymentListIsExpandedToo() {
        FileEvidence evidence = read("deployments.yaml", """
                apiVersion: apps/v1
                kind: DeploymentList
                metadata:
                  resourceVersion: "1"
                items:
                - apiVersion: apps/v1
                  kind: Deployment
                  metadata:
                    name: a
                - apiVersion: apps/v1
                  kind: Deployment
                  metadata:
                    name: b
                    namespace: prod
                """);

        assertThat(evidence.objects()).extracting(K8sObject::ref, o -> o.root().pointer(), o -> o.root().span().startLine())
                .containsExactly(
                        tuple(new ObjectRef("apps/v1", "Deployment", null, "a"), "/items/0", 6),
                        tuple(new ObjectRef("apps/v1", "Deployment", "prod", "b"), "/items/1", 10));
    }

    @Test
    void kindEndingInListWithoutItemsIsAnObjectOfItsOwn() {
        FileEvidence evidence = read("allow.yaml", """
                apiVersion: example.com/v1
                kind: AllowList
                metadata:
                  name: registries
                spec:
                  entries: [ghcr.io]
                """);

        assertThat(evidence.objects()).extracting(K8sObject::ref, o -> o.root().pointer())
                .containsExactly(tuple(new ObjectRef("example.com/v1", "AllowList", null, "registries"), ""));
    }

    @Test
    void jsonManifestIsReadWithPositions() {
        FileEvidence evidence = read("deploy/cm.json", """
                {
                  "apiVersion": "v1",
                  "kind": "ConfigMap",
                  "metadata": { "name": "settings", "namespace": "shop" },
                  "data": { "mode": "fast" }
                }
                """);

        assertThat(evidence.objects()).hasSize(1);
        K8sObject object = evidence.objects().get(0);
        assertThat(object.ref()).isEqualTo(new ObjectRef("v1", "ConfigMap", "shop", "settings"));
        assertThat(object.root().span().startLine()).isEqualTo(1);
        assertThat(object.root().path("data", "mode").orElseThrow().span()).isEqualTo(new Span(5, 21, 5, 27));
        assertThat(evidence.source().kind()).isEqualTo(FileKind.MANIFEST);
        assertThat(evidence.source().problems()).isEmpty();
        assertThat(evidence.notes()).isEmpty();
    }

    @Test
    void jsonThatIsNotAManifestIsIgnoredSilently() {
        FileEvidence evidence = read("package.json", """
                { "name": "web", "version": "1.0.0", "scripts": { "test": "jest" }
                """);

        assertThat(evidence.source().kind()).isEqualTo(FileKind.OTHER);
        assertThat(evidence.source().problems()).isEmpty();
        assertThat(evidence.objects()).isEmpty();
        assertThat(evidence.notes()).isEmpty();
    }

    @Test
    void binaryFileNamedYamlIsSkippedWithANote() throws IOException {
        byte[] content = bytes("apiVersion: v1\n", 0, 1, 2, 0xFF, "kind: Pod\n");

        FileEvidence evidence = readFile("images/logo.yaml", FileKind.MANIFEST, content);

        assertThat(evidence.objects()).isEmpty();
        assertThat(evidence.source().problems()).isEmpty();
        assertThat(evidence.source().kind()).isEqualTo(FileKind.OTHER);
        assertThat(evidence.notes()).containsExactly(new Note(SourcePath.of("images/logo.yaml"), null,
                NoteKind.SKIPPED_BINARY, "binary content (NUL bytes), not read as YAML"));
    }

    @Test
    void invalidUtf8IsAParseProblemAtTheExactLineAndUtf16Column() {
        // line 4: 8 ASCII characters, é (1 UTF-16 unit, 2 bytes), 𝄞 (2 units, 4 bytes), then the bad byte
        byte[] content = bytes("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: \u00e9\uD834\uDD1E", 0xFF, "\n");

        FileEvidence evidence = reader.read(SourcePath.of("bad.yaml"), FileKind.MANIFEST, content);

        assertThat(evidence.source().problems()).containsExactly(
                new ParseProblem(Span.point(4, 12), "invalid UTF-8 (byte 0xFF at offset 55)", null));
        assertThat(evidence.source().kind()).isEqualTo(FileKind.MANIFEST);
        assertThat(evidence.objects()).isEmpty();
        assertThat(evidence.notes()).isEmpty();
    }

    @Test
    void emptyFileIsNoted() {
        assertThat(read("empty.yaml", "").notes()).containsExactly(
                new Note(SourcePath.of("empty.yaml"), null, NoteKind.EMPTY_FILE, "empty file"));
        assertThat(read("blank.yaml", "\n   \n\t\n").notes()).containsExactly(
                new Note(SourcePath.of("blank.yaml"), null, NoteKind.EMPTY_FILE, "empty file"));
        FileEvidence empty = read("empty.yaml", "");
        assertThat(empty.objects()).isEmpty();
        assertThat(empty.source().problems()).isEmpty();
        assertThat(empty.source().documents()).isZero();
    }

    @Test
    void documentThatIsAListOrAScalarIsNotedWithItsLine() {
        FileEvidence evidence = read("mixed.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: first
                ---
                # a list, not an object
                - a
                - b
                ---
                just text
                """);

        assertThat(evidence.objects()).extracting(K8sObject::ref)
                .containsExactly(new ObjectRef("v1", "ConfigMap", null, "first"));
        assertThat(evidence.notes()).containsExactly(
                new Note(SourcePath.of("mixed.yaml"), 7, NoteKind.NOT_AN_OBJECT, "document 2 is a list, not a Kubernetes object"),
                new Note(SourcePath.of("mixed.yaml"), 10, NoteKind.NOT_AN_OBJECT, "document 3 is a scalar, not a Kubernetes object"));
        assertThat(evidence.source().documents()).isEqualTo(3);
    }

    @Test
    void syntaxErrorInOneDocumentKeepsTheOthers() {
        FileEvidence evidence = read("three.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: one
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: two
                    labels: {}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: three
                """);

        assertThat(evidence.objects()).extracting(o -> o.ref().name(), K8sObject::document)
                .containsExactly(tuple("one", 0), tuple("three", 2));
        assertThat(evidence.source().problems()).extracting(ParseProblem::span, ParseProblem::document)
                .containsExactly(tuple(Span.point(10, 11), 1));
    }

    @Test
    void helmTemplateIsNeverParsed() throws IOException {
        byte[] template = bytes("{{- if .Values.enabled }}\napiVersion: v1\nkind: [\n{{- end }}\n");

        FileEvidence fromDisk = readFile("charts/web/templates/cm.yaml", FileKind.HELM_TEMPLATE, template);
        FileEvidence inMemory = reader.read(SourcePath.of("charts/web/templates/cm.yaml"), FileKind.HELM_TEMPLATE, template);

        for (FileEvidence evidence : List.of(fromDisk, inMemory)) {
            assertThat(evidence.source().problems()).isEmpty();
            assertThat(evidence.source().documents()).isZero();
            assertThat(evidence.source().kind()).isEqualTo(FileKind.HELM_TEMPLATE);
            assertThat(evidence.objects()).isEmpty();
            assertThat(evidence.notes()).isEmpty();
        }
    }

    @Test
    void dockerfileAndKustomizationGiveNoObjects() throws IOException {
        FileEvidence dockerfile = readFile("Dockerfile", FileKind.DOCKERFILE, bytes("FROM scratch\n"));
        FileEvidence kustomization = readFile("deploy/kustomization.yaml", FileKind.KUSTOMIZATION,
                bytes("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [a.yaml]\n"));
        FileEvidence patch = readFile("deploy/patch.yaml", FileKind.KUSTOMIZE_PATCH,
                bytes("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n"));

        assertThat(dockerfile.objects()).isEmpty();
        assertThat(dockerfile.source().problems()).isEmpty();
        assertThat(kustomization.objects()).isEmpty();
        assertThat(kustomization.source().documents()).isEqualTo(1);
        assertThat(patch.objects()).isEmpty();
        assertThat(patch.source().kind()).isEqualTo(FileKind.KUSTOMIZE_PATCH);
        assertThat(patch.source().documents()).isEqualTo(1);
    }

    @Test
    void unreadableFileIsNotedNotThrown() {
        Path missing = tmp.resolve("vanished.yaml");
        FileEvidence evidence = reader.read(new DiscoveredFile(missing, SourcePath.of("vanished.yaml"), 10, FileKind.MANIFEST));

        assertThat(evidence.notes()).extracting(n -> n.path().value(), Note::kind)
                .containsExactly(tuple("vanished.yaml", NoteKind.UNREADABLE));
        assertThat(evidence.notes().get(0).message()).startsWith("cannot read file: NoSuchFileException");
    }
}
