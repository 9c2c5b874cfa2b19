package dev.cairn.ingest.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.cairn.core.check.FileKind;
import dev.cairn.core.model.Note;
import dev.cairn.core.model.NoteKind;
import dev.cairn.core.model.SourcePath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discovery over real directories: which files cairn reads, in which order, as what kind, and which
 * notes it leaves for what it skipped. Every case is a real tree in a temporary folder, links included.
 */
class DiscoveryTest {
    private static final String DEPLOYMENT = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n";
    private static final long CAP = 5L * 1024 * 1024;

    @TempDir
    Path tmp;

    private static Path write(Path root, String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static DiscoveryResult discover(Path root) throws IOException {
        return new Discovery(List.of(), List.of(), CAP).discover(root);
    }

    private static List<String> paths(DiscoveryResult result) {
        return result.files().stream().map(f -> f.path().value()).toList();
    }

    private Path repo() throws IOException {
        return Files.createDirectories(tmp.resolve("repo"));
    }

    @Test
    void honoursGitignoreNestedGitignoreNegationAndInfoExclude() throws IOException {
        Path root = repo();
        write(root, ".gitignore", "generated/\n*.tmp.yaml\n");
        write(root, ".git/info/exclude", "private.yaml\n");
        write(root, "app.yaml", DEPLOYMENT);
        write(root, "private.yaml", DEPLOYMENT);
        write(root, "scratch.tmp.yaml", DEPLOYMENT);
        write(root, "generated/out.yaml", DEPLOYMENT);
        write(root, "deploy/.gitignore", "local-*.yaml\n!local-keep.yaml\n!keep.tmp.yaml\n");
        write(root, "deploy/app.yaml", DEPLOYMENT);
        write(root, "deploy/local-dev.yaml", DEPLOYMENT);
        write(root, "deploy/local-keep.yaml", DEPLOYMENT);
        write(root, "deploy/drop.tmp.yaml", DEPLOYMENT);
        write(root, "deploy/keep.tmp.yaml", DEPLOYMENT);
        write(root, "other/local-dev.yaml", DEPLOYMENT);

        DiscoveryResult result = discover(root);

        assertThat(paths(result)).containsExactly(
                "app.yaml",
                "deploy/app.yaml",
                "deploy/keep.tmp.yaml",
                "deploy/local-keep.yaml",
                "other/local-dev.yaml");
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void includeAndExcludeGlobs() throws IOException {
        Path root = repo();
        write(root, "top.yaml", DEPLOYMENT);
        write(root, "deploy/app.yaml", DEPLOYMENT);
        write(root, "deploy/app.generated.yaml", DEPLOYMENT);
        write(root, "deploy/legacy/old.yaml", DEPLOYMENT);
        write(root, "deploy/overlays/prod/patch.yaml", DEPLOYMENT);
        write(root, "vendor/lib/crd.yaml", DEPLOYMENT);
        write(root, "deploy/vendor/x.yaml", DEPLOYMENT);

        DiscoveryResult result = new Discovery(List.of("deploy/**"),
                List.of("deploy/legacy/**", "*.generated.yaml", "vendor/"), CAP).discover(root);

        // "*.generated.yaml" and "vendor/" have no inner slash, so they match in every folder, as in .gitignore
        assertThat(paths(result)).containsExactly("deploy/app.yaml", "deploy/overlays/prod/patch.yaml");
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void globWithoutSlashIncludesMatchingFilesInEveryFolder() throws IOException {
        Path root = repo();
        write(root, "a.yaml", DEPLOYMENT);
        write(root, "deploy/b.yaml", DEPLOYMENT);
        write(root, "deploy/c.yml", DEPLOYMENT);

        DiscoveryResult result = new Discovery(List.of("*.yaml"), List.of(), CAP).discover(root);

        assertThat(paths(result)).containsExactly("a.yaml", "deploy/b.yaml");
    }

    @Test
    void skipsDotGitFoldersAndFiles() throws IOException {
        Path root = repo();
        write(root, ".git/config.yaml", DEPLOYMENT);
        write(root, ".git/hooks/pre-commit.yaml", DEPLOYMENT);
        write(root, "vendor/module/.git", "gitdir: ../../.git/modules/module\n");
        write(root, "vendor/module/app.yaml", DEPLOYMENT);
        write(root, "app.yaml", DEPLOYMENT);

        DiscoveryResult result = discover(root);

        assertThat(paths(result)).containsExactly("app.yaml", "vendor/module/app.yaml");
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void linkToAFileOrFolderOutsideTheRootIsNotedAndNotListed() throws IOException {
        Path root = repo();
        Path outside = write(tmp, "outside/secret.yaml", "password: hunter2\n");
        write(root, "app.yaml", DEPLOYMENT);
        Files.createSymbolicLink(root.resolve("leak.yaml"), outside);
        Files.createDirectories(root.resolve("deploy"));
        Files.createSymbolicLink(root.resolve("deploy/shared"), outside.getParent());
        Files.createSymbolicLink(root.resolve("relative.yaml"), Path.of("../outside/secret.yaml"));

        DiscoveryResult result = discover(root);

        assertThat(paths(result)).containsExactly("app.yaml");
        assertThat(result.files()).allSatisfy(f -> assertThat(f.file().startsWith(root.toRealPath())).isTrue());
        assertThat(result.notes()).extracting(n -> n.path().value(), Note::line, Note::kind, Note::message).containsExactly(
                tuple("deploy/shared", null, NoteKind.LINK_OUTSIDE_ROOT, "symbolic link points outside the scanned root, skipped"),
                tuple("leak.yaml", null, NoteKind.LINK_OUTSIDE_ROOT, "symbolic link points outside the scanned root, skipped"),
                tuple("relative.yaml", null, NoteKind.LINK_OUTSIDE_ROOT, "symbolic link points outside the scanned root, skipped"));
    }

    @Test
    void linkToAFileInsideTheRootIsListedUnderTheLinkPathAndReadFromTheTarget() throws IOException {
        Path root = repo();
        Path real = write(root, "deploy/app.yaml", DEPLOYMENT);
        Files.createSymbolicLink(root.resolve("alias.yaml"), Path.of("deploy/app.yaml"));

        DiscoveryResult result = discover(root);

        assertThat(result.files()).extracting(f -> f.path().value(), DiscoveredFile::file, DiscoveredFile::kind)
                .containsExactly(
                        tuple("alias.yaml", real.toRealPath(), FileKind.MANIFEST),
                        tuple("deploy/app.yaml", real.toRealPath(), FileKind.MANIFEST));
        assertThat(result.notes()).isEmpty();
    }

    @Test
    @Timeout(60)
    void linkLoopsAreNotedAndTheWalkFinishes() throws IOException {
        Path root = repo();
        write(root, "a/b/app.yaml", DEPLOYMENT);
        Files.createSymbolicLink(root.resolve("a/b/up"), Path.of("../.."));
        Files.createSymbolicLink(root.resolve("a/b/here"), Path.of("."));
        Files.createSymbolicLink(root.resolve("self.yaml"), Path.of("self.yaml"));
        Files.createSymbolicLink(root.resolve("ping.yaml"), Path.of("pong.yaml"));
        Files.createSymbolicLink(root.resolve("pong.yaml"), Path.of("ping.yaml"));
        write(root, "z.yaml", DEPLOYMENT);

        DiscoveryResult result = discover(root);

        assertThat(paths(result)).containsExactly("a/b/app.yaml", "z.yaml");
        assertThat(result.notes()).extracting(n -> n.path().value(), Note::kind).containsExactly(
                tuple("a/b/here", NoteKind.SYMLINK_LOOP),
                tuple("a/b/up", NoteKind.SYMLINK_LOOP),
                tuple("ping.yaml", NoteKind.SYMLINK_LOOP),
                tuple("pong.yaml", NoteKind.SYMLINK_LOOP),
                tuple("self.yaml", NoteKind.SYMLINK_LOOP));
    }

    @Test
    void aRealFolderKeepsItsOwnPathWhenALinkToItSortsFirst() throws IOException {
        Path root = repo();
        write(root, "deploy/app.yaml", DEPLOYMENT);
        Files.createSymbolicLink(root.resolve("current"), Path.of("deploy"));

        DiscoveryResult result = discover(root);

        // findings must point at the file's real path, not at a link that happens to sort before it
        assertThat(paths(result)).containsExactly("deploy/app.yaml");
        assertThat(result.notes()).extracting(n -> n.path().value(), Note::kind)
                .containsExactly(tuple("current", NoteKind.SYMLINK_LOOP));
    }

    @Test
    void brokenLinkIsNotedAsUnreadable() throws IOException {
        Path root = repo();
        Files.createSymbolicLink(root.resolve("gone.yaml"), Path.of("missing.yaml"));

        DiscoveryResult result = discover(root);

        assertThat(result.files()).isEmpty();
        assertThat(result.notes()).extracting(n -> n.path().value(), Note::kind, Note::message)
                .containsExactly(tuple("gone.yaml", NoteKind.UNREADABLE, "broken symbolic link, skipped"));
    }

    @Test
    void fileAboveTheSizeCapIsNotedAndNotListed() throws IOException {
        Path root = repo();
        write(root, "big.yaml", "a".repeat(101));
        write(root, "exact.yaml", "a".repeat(100));
        write(root, "big.md", "a".repeat(500));

        DiscoveryResult result = new Discovery(List.of(), List.of(), 100).discover(root);

        assertThat(result.files()).extracting(f -> f.path().value(), DiscoveredFile::size)
                .containsExactly(tuple("exact.yaml", 100L));
        assertThat(result.notes()).extracting(n -> n.path().value(), Note::line, Note::kind, Note::message).containsExactly(
                tuple("big.yaml", null, NoteKind.SKIPPED_LARGE_FILE, "file is 101 bytes, above the 100-byte cap; not read"));
    }

    @Test
    void classifiesFilesByPathAndListsThemSortedByPath() throws IOException {
        Path root = repo();
        write(root, "README.md", "# app\n");
        write(root, "app/main.py", "print('hi')\n");
        write(root, "package.json", "{\"name\": \"web\"}\n");
        write(root, "deploy/kustomization.yaml", "resources: [deployment.yaml]\n");
        write(root, "deploy/deployment.yaml", DEPLOYMENT);
        write(root, "deploy/overlays/prod/Kustomization", "resources: [../../]\n");
        write(root, "charts/web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 0.1.0\n");
        write(root, "charts/web/values.yaml", "replicas: 1\n");
        write(root, "charts/web/values-prod.yaml", "replicas: 3\n");
        write(root, "charts/web/templates/deployment.yaml", "{{- if .Values.enabled }}\nkind: Deployment\n{{- end }}\n");
        write(root, "charts/web/templates/_helpers.tpl", "{{- define \"web.name\" -}}web{{- end }}\n");
        write(root, "Dockerfile", "FROM scratch\n");
        write(root, "api.Dockerfile", "FROM scratch\n");
        write(root, "Containerfile", "FROM scratch\n");
        write(root, "docker/Dockerfile.dev", "FROM scratch\n");
        // A class modelling Dockerfiles is source code, not a Dockerfile variant (a false positive on cairn itself).
        write(root, "src/Dockerfile.java", "package x;\n");
        write(root, "docs/Dockerfile.md", "# notes\n");
        write(root, ".github/workflows/ci.yml", "on: push\n");
        write(root, ".github/dependabot.yml", "version: 2\n");
        write(root, ".gitlab-ci.yml", "build:\n  script: make\n");
        write(root, "Jenkinsfile", "pipeline {}\n");
        write(root, ".buildkite/pipeline.yml", "steps: [{command: make}]\n");
        write(root, "cloudbuild-prod.yaml", "steps: [{name: gcr.io/cloud-builders/docker}]\n");
        // Tekton pipelines are Kubernetes objects: discovery keeps them manifests
        write(root, ".tekton/push.yaml", "apiVersion: tekton.dev/v1\nkind: PipelineRun\n");
        write(root, ".cairn.yaml", "exclude: []\n");
        write(root, "sub/.cairn.yaml", "exclude: []\n");

        DiscoveryResult result = discover(root);

        assertThat(result.files()).extracting(f -> f.path().value(), DiscoveredFile::kind).containsExactly(
                tuple(".buildkite/pipeline.yml", FileKind.CI_PIPELINE),
                tuple(".cairn.yaml", FileKind.CAIRN_CONFIG),
                tuple(".github/dependabot.yml", FileKind.MANIFEST),
                tuple(".github/workflows/ci.yml", FileKind.CI_PIPELINE),
                tuple(".gitlab-ci.yml", FileKind.CI_PIPELINE),
                tuple(".tekton/push.yaml", FileKind.MANIFEST),
                tuple("Containerfile", FileKind.DOCKERFILE),
                tuple("Dockerfile", FileKind.DOCKERFILE),
                tuple("Jenkinsfile", FileKind.CI_PIPELINE),
                tuple("api.Dockerfile", FileKind.DOCKERFILE),
                tuple("charts/web/Chart.yaml", FileKind.HELM_CHART),
                tuple("charts/web/templates/_helpers.tpl", FileKind.HELM_TEMPLATE),
                tuple("charts/web/templates/deployment.yaml", FileKind.HELM_TEMPLATE),
                tuple("charts/web/values-prod.yaml", FileKind.HELM_VALUES),
                tuple("charts/web/values.yaml", FileKind.HELM_VALUES),
                tuple("cloudbuild-prod.yaml", FileKind.CI_PIPELINE),
                tuple("deploy/deployment.yaml", FileKind.MANIFEST),
                tuple("deploy/kustomization.yaml", FileKind.KUSTOMIZATION),
                tuple("deploy/overlays/prod/Kustomization", FileKind.KUSTOMIZATION),
                tuple("docker/Dockerfile.dev", FileKind.DOCKERFILE),
                tuple("package.json", FileKind.MANIFEST));
        List<String> paths = paths(result);
        assertThat(paths).isSortedAccordingTo(String::compareTo);
        assertThat(result.files()).allSatisfy(f -> assertThat(f.size()).isEqualTo(Files.size(f.file())));
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void templatesOutsideAChartAreManifests() {
        assertThat(FileClassifier.classify(SourcePath.of("templates/deployment.yaml"), null)).isEqualTo(FileKind.MANIFEST);
        assertThat(FileClassifier.classify(SourcePath.of("charts/web/templates/deployment.yaml"), SourcePath.of("charts/web")))
                .isEqualTo(FileKind.HELM_TEMPLATE);
        assertThat(FileClassifier.classify(SourcePath.of("charts/web/values-prod.yaml"), SourcePath.of("charts/web")))
                .isEqualTo(FileKind.HELM_VALUES);
        assertThat(FileClassifier.classify(SourcePath.of("values-prod.yaml"), null)).isEqualTo(FileKind.MANIFEST);
    }

    @Test
    void sameTreeGivesTheSameResult() throws IOException {
        Path root = repo();
        for (int i = 20; i > 0; i--) {
            write(root, "d" + (i % 3) + "/f" + i + ".yaml", DEPLOYMENT);
        }
        DiscoveryResult first = discover(root);
        DiscoveryResult second = discover(root);
        assertThat(paths(first)).hasSize(20).isSortedAccordingTo(String::compareTo).isEqualTo(paths(second));
    }

    @Test
    void rootReachedThroughALinkIsScannedWithPathsRelativeToIt() throws IOException {
        Path root = repo();
        write(root, "deploy/app.yaml", DEPLOYMENT);
        Path linkToRoot = Files.createSymbolicLink(tmp.resolve("checkout"), root);

        DiscoveryResult result = discover(linkToRoot);

        assertThat(paths(result)).containsExactly("deploy/app.yaml");
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void missingRootOrAFileAsRootIsAnIoException() throws IOException {
        Path file = write(tmp, "file.yaml", DEPLOYMENT);
        assertThatThrownBy(() -> discover(tmp.resolve("missing"))).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> discover(file)).isInstanceOf(IOException.class).hasMessage("not a directory: " + file);
    }
}
