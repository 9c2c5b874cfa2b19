package dev.cairn.ingest.render;

import static dev.cairn.ingest.render.RenderFixture.at;
import static dev.cairn.ingest.render.RenderFixture.object;
import static dev.cairn.ingest.render.RenderFixture.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cairn.core.k8s.K8sObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kept kustomize builds: an unchanged root is not built again, and any change to what its build reads is.
 * The real kustomize (or kubectl) runs behind a script that logs each build, so that a test can tell a build
 * from a kept one. Skipped, saying why, where no kustomize v4.5.4+ is on PATH.
 */
class KustomizeCacheTest {
    @TempDir
    Path root;
    @TempDir
    Path cache;
    @TempDir
    Path bin;
    private Path log;
    /** While this file exists, the wrapper reports kustomize 5.99.0: the kustomize behind it was upgraded. */
    private Path upgraded;
    private Rendering.Options options;

    @BeforeEach
    void loggedKustomize() throws IOException {
        RenderTools.KustomizeLookup real = new RenderTools(System.getenv("PATH"), ProcessRunner.defaults()).kustomize();
        assumeTrue(real.kustomize().isPresent(), () -> "kustomize builds not tested: " + real.whyNot());
        List<String> command = real.kustomize().get().command();
        Path executable = Path.of(command.getFirst());
        String name = executable.getFileName().toString();
        log = bin.resolve("builds.log");
        Path script = bin.resolve(name);
        upgraded = bin.resolve("upgraded");
        Files.writeString(script, """
                #!/bin/sh
                case "$1" in kustomize|build) echo "$PWD" >> '%s' ;; esac
                if [ "$1" = version ] && [ -f '%s' ]; then
                  '%s' "$@" | sed 's/[0-9][0-9]*\\.[0-9][0-9]*\\.[0-9][0-9]*/5.99.0/g'; exit 0
                fi
                exec '%s' "$@"
                """.formatted(log, upgraded, executable, executable));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        options = new Rendering.Options(RenderMode.AUTO, "1.31", bin.toString(), ProcessRunner.defaults()).cachedIn(cache);
        KustomizeRenderingTest.sample(root);
        write(root, "overlays/dev/kustomization.yaml", """
                namespace: dev
                resources:
                  - ../../base
                """);
        write(root, "docs/README.md", "not read by any build\n");
    }

    @Test
    void anUnchangedRepositoryIsNotBuiltAgainAndReadsTheSame() throws IOException {
        RenderResult first = RenderFixture.render(root, options);
        RenderResult second = RenderFixture.render(root, options);

        assertThat(builds()).isEqualTo(2); // dev and prod, the first time only
        assertThat(List.of(first.ran(), first.kept(), second.ran(), second.kept())).containsExactly(2, 0, 0, 2);
        assertThat(second.objects()).extracting(KustomizeCacheTest::identity)
                .containsExactlyElementsOf(first.objects().stream().map(KustomizeCacheTest::identity).toList());
        assertThat(second.variants()).containsExactlyElementsOf(first.variants());
        assertThat(second.covered()).containsExactlyInAnyOrderElementsOf(first.covered());
        // the kept build still traces every field to the line a person edits
        K8sObject web = object(second, "Deployment", "prod-web");
        assertThat(at(web, "spec", "template", "spec", "containers", "0", "image"))
                .isEqualTo(at(object(first, "Deployment", "prod-web"), "spec", "template", "spec", "containers", "0", "image"))
                .isEqualTo("overlays/prod/kustomization.yaml:9:5");
    }

    @Test
    void aChangedBaseIsBuiltAgainForEveryRootThatUsesIt() throws IOException {
        RenderFixture.render(root, options);
        Files.writeString(root.resolve("base/deployment.yaml"),
                Files.readString(root.resolve("base/deployment.yaml")).replace("replicas: 1", "replicas: 3"));
        RenderResult second = RenderFixture.render(root, options);

        assertThat(builds()).isEqualTo(4);
        assertThat(object(second, "Deployment", "web").root().path("spec", "replicas").orElseThrow().asScalar()
                .orElseThrow().text()).isEqualTo("3");
    }

    @Test
    void aChangeInOneOverlayBuildsThatOverlayAlone() throws IOException {
        RenderFixture.render(root, options);
        write(root, "overlays/dev/kustomization.yaml", """
                namespace: dev
                namePrefix: dev-
                resources:
                  - ../../base
                """);
        write(root, "docs/README.md", "edited, and still read by no build\n");
        RenderResult second = RenderFixture.render(root, options);

        assertThat(builds()).isEqualTo(3);
        assertThat(List.of(second.ran(), second.kept())).containsExactly(1, 1);
        assertThat(second.objects()).extracting(o -> o.ref().name()).contains("dev-web", "prod-web");
    }

    @Test
    void anUpgradedKustomizeBehindTheSameExecutableBuildsAgain() throws IOException {
        RenderFixture.render(root, options);
        Files.writeString(upgraded, "");
        RenderResult second = RenderFixture.render(root, options);
        RenderFixture.render(root, options);

        assertThat(builds()).isEqualTo(4); // dev and prod once per version
        assertThat(second.objects()).extracting(o -> o.ref().name()).contains("prod-web", "web");
    }

    @Test
    void aDamagedEntryIsBuiltAgainAndReplaced() throws IOException {
        RenderResult first = RenderFixture.render(root, options);
        for (Path entry : entries()) {
            Files.writeString(entry, "cairn kustomize render 1\nnot the inputs\n");
        }
        RenderResult second = RenderFixture.render(root, options);
        RenderResult third = RenderFixture.render(root, options);

        assertThat(builds()).isEqualTo(4);
        assertThat(third.objects()).extracting(KustomizeCacheTest::identity)
                .containsExactlyElementsOf(first.objects().stream().map(KustomizeCacheTest::identity).toList());
        assertThat(second.objects()).hasSameSizeAs(first.objects());
    }

    @Test
    void aFailedBuildIsKeptUntilItsInputsChange() throws IOException {
        write(root, "overlays/dev/kustomization.yaml", "resources:\n  - ../../base\n  - ../extra.yaml\n");
        write(root, "overlays/extra.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra\n");
        RenderResult first = RenderFixture.render(root, options);
        RenderResult second = RenderFixture.render(root, options);

        assertThat(builds()).isEqualTo(2);
        assertThat(problems(second)).containsExactlyElementsOf(problems(first)).singleElement().asString()
                .startsWith("overlays/dev/kustomization.yaml:3 kustomize cannot build overlays/dev: ");

        Files.move(root.resolve("overlays/extra.yaml"), root.resolve("overlays/dev/extra.yaml"));
        write(root, "overlays/dev/kustomization.yaml", "resources:\n  - ../../base\n  - extra.yaml\n");
        RenderResult fixed = RenderFixture.render(root, options);

        assertThat(builds()).isEqualTo(3);
        assertThat(problems(fixed)).isEmpty();
        assertThat(fixed.objects()).extracting(o -> o.ref().name()).contains("extra");
    }

    @Test
    void withoutACacheEveryScanBuilds() throws IOException {
        Rendering.Options uncached = options.cachedIn(null);
        RenderFixture.render(root, uncached);
        RenderFixture.render(root, uncached);

        assertThat(builds()).isEqualTo(4);
        assertThat(cache).isEmptyDirectory();
    }

    @Test
    void aRootThatReachesOutsideTheRepositoryIsBuiltEveryTime(@TempDir Path outside) throws IOException {
        write(outside, "shared/kustomization.yaml", "resources:\n  - cm.yaml\n");
        write(outside, "shared/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shared\n");
        Path repo = outside.resolve("repo");
        write(repo, "app/kustomization.yaml", "resources:\n  - ../../shared\n");
        RenderFixture.render(repo, options);
        RenderFixture.render(repo, options);

        assertThat(builds()).isEqualTo(2); // its inputs cannot be bounded, so nothing is kept
    }

    private static List<String> problems(RenderResult result) {
        return result.renders().stream().flatMap(r -> r.renderProblems().stream()
                .map(p -> r.path() + ":" + p.span().startLine() + " " + p.message())).toList();
    }

    private int builds() throws IOException {
        return Files.exists(log) ? Files.readAllLines(log).size() : 0;
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(cache.resolve("kustomize"))) {
            return files.toList();
        }
    }

    private static String identity(K8sObject o) {
        return o.variant() + " " + o.kind() + " " + o.ref().namespace() + "/" + o.ref().name() + " " + o.location().display();
    }
}
