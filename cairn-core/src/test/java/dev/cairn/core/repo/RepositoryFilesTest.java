package dev.cairn.core.repo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.model.SourcePath;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RepositoryFilesTest {
    // given out of order: the files keep their paths sorted
    private final RepositoryFiles files = new RepositoryFiles(
            List.of(SourcePath.of("infra/main.tf"), SourcePath.of("Makefile"), SourcePath.of("deploy/prod/Makefile"),
                    SourcePath.of("docs/ops.md"), SourcePath.of("infra/modules/net/vars.tf")),
            Map.of(SourcePath.of("Makefile"), List.of("deploy:", "\tkubectl apply -k deploy/prod"),
                    SourcePath.of("deploy/prod/Makefile"), List.of("apply:", "\tkubectl apply -f .")));

    @Test
    void matchingKeepsPathOrderAcrossGlobs() {
        assertThat(files.matching("*.tf", "Makefile")).extracting(SourcePath::value)
                .containsExactly("Makefile", "deploy/prod/Makefile", "infra/main.tf", "infra/modules/net/vars.tf");
        assertThat(files.matching("infra/*.tf")).extracting(SourcePath::value).containsExactly("infra/main.tf");
        assertThat(files.matching("*.yaml")).isEmpty();
    }

    @Test
    void askingTwiceGivesTheSameAnswer() {
        assertThat(files.matching("**/*.tf")).isEqualTo(files.matching("**/*.tf")).hasSize(2);
    }

    @Test
    void firstAndExistsLookInPathOrder() {
        assertThat(files.first("*.md", "*.tf")).map(SourcePath::value).hasValue("docs/ops.md");
        assertThat(files.first("*.yaml")).isEmpty();
        assertThat(files.exists("Makefile")).isTrue();
        assertThat(files.exists("Taskfile.yml", "justfile")).isFalse();
    }

    @Test
    void grepReadsOnlyTheMatchingFilesThatHaveText() {
        assertThat(files.grep(Pattern.compile("kubectl apply"), "Makefile", "*.tf"))
                .extracting(m -> m.path().value() + ":" + m.line() + ":" + m.column())
                .containsExactly("Makefile:2:2", "deploy/prod/Makefile:2:2");
    }

    @Test
    void grepLeavesOutCommentsOfFormatsWhoseCommentsStartWithAHash() {
        RepositoryFiles commented = new RepositoryFiles(
                List.of(SourcePath.of("Dockerfile"), SourcePath.of("deploy/kustomization.yaml"), SourcePath.of("docs/ops.md")),
                Map.of(SourcePath.of("Dockerfile"), List.of("# LABEL org.opencontainers.image.revision=$GIT_SHA",
                                "LABEL org.opencontainers.image.source=https://github.com/acme/shop"),
                        SourcePath.of("deploy/kustomization.yaml"), List.of("images:", "  - name: shop  # org.opencontainers"),
                        SourcePath.of("docs/ops.md"), List.of("# org.opencontainers labels")));

        // a Markdown heading is text, not a comment
        assertThat(commented.grep(Pattern.compile("org\\.opencontainers"), "Dockerfile", "*.yaml", "*.md"))
                .extracting(m -> m.path().value() + ":" + m.line())
                .containsExactly("Dockerfile:2", "docs/ops.md:1");
    }
}
