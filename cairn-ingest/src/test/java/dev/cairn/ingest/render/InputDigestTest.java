package dev.cairn.ingest.render;

import static dev.cairn.ingest.render.RenderFixture.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.model.SourcePath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a render's digest covers, and where there is none because its inputs cannot be bounded. */
class InputDigestTest {
    private static final List<String> FACTS = List.of("kustomize v5.5.0");
    private static final List<SourcePath> APP = List.of(SourcePath.of("app"));

    @TempDir
    Path root;

    @BeforeEach
    void repository() {
        write(root, "app/kustomization.yaml", "resources: [deployment.yaml]\n");
        write(root, "app/deployment.yaml", "kind: Deployment\n");
        write(root, "app/patches/replicas.yaml", "spec: {replicas: 2}\n");
        write(root, "docs/README.md", "about the app\n");
    }

    @Test
    void anyFileBelowTheFoldersCountsAndNothingElse() throws IOException {
        String before = digest(APP, List.of()).orElseThrow();
        write(root, "docs/README.md", "edited\n");
        write(root, "app/.git/HEAD", "ref: refs/heads/main\n");
        assertThat(digest(APP, List.of())).contains(before);

        write(root, "app/patches/replicas.yaml", "spec: {replicas: 3}\n");
        String edited = digest(APP, List.of()).orElseThrow();
        assertThat(edited).isNotEqualTo(before);

        Files.move(root.resolve("app/patches/replicas.yaml"), root.resolve("app/patches/more-replicas.yaml"));
        assertThat(digest(APP, List.of()).orElseThrow()).isNotEqualTo(edited); // a renamed file is another input
    }

    @Test
    void theFactsAndTheNamedFilesCount() throws IOException {
        String before = digest(APP, List.of()).orElseThrow();
        assertThat(new InputDigest(root.toRealPath()).of(List.of("kustomize v5.6.0"), APP, List.of()).orElseThrow())
                .isNotEqualTo(before);

        String named = digest(APP, List.of(SourcePath.of("docs/README.md"))).orElseThrow();
        write(root, "docs/README.md", "edited\n");
        assertThat(digest(APP, List.of(SourcePath.of("docs/README.md"))).orElseThrow()).isNotEqualTo(named);
    }

    @Test
    void noDigestBeyondItsLimitsOrThroughALinkToAFolder() throws IOException {
        assertThat(new InputDigest(root.toRealPath(), 3, 1_000).of(FACTS, APP, List.of())).isNotEmpty();
        assertThat(new InputDigest(root.toRealPath(), 2, 1_000).of(FACTS, APP, List.of())).isEmpty();
        assertThat(new InputDigest(root.toRealPath(), 3, 40).of(FACTS, APP, List.of())).isEmpty();

        Files.createSymbolicLink(root.resolve("app/shared"), root.resolve("docs"));
        assertThat(digest(APP, List.of())).isEmpty();
    }

    private Optional<String> digest(List<SourcePath> folders, List<SourcePath> files) throws IOException {
        return new InputDigest(root.toRealPath()).of(FACTS, folders, files); // a new scan: nothing remembered
    }
}
