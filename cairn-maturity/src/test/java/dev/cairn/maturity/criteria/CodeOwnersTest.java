package dev.cairn.maturity.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.cairn.core.model.SourcePath;
import dev.cairn.core.repo.RepositoryFiles;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CODEOWNERS as GitHub and GitLab read it: places, rules with lines, teams. */
class CodeOwnersTest {
    private static final SourcePath GITHUB = SourcePath.of(".github/CODEOWNERS");

    @Test
    void rulesWithTheirLinesAndTeams() {
        CodeOwners owners = CodeOwners.read(files(GITHUB, List.of(
                "# owners of the shop",
                "*                  @acme/shop-devs",
                "",
                "[Platform][2]",
                "/deploy/           @acme/platform @bo   # manifests",
                "Dockerfile         @acme/platform @acme/appsec",
                "docs/**            sec@acme.io"))).orElseThrow();
        assertThat(owners.rules()).extracting(CodeOwners.Rule::line, CodeOwners.Rule::pattern, CodeOwners.Rule::owners)
                .containsExactly(
                        tuple(2, "*", List.of("@acme/shop-devs")),
                        tuple(5, "/deploy/", List.of("@acme/platform", "@bo")),
                        tuple(6, "Dockerfile", List.of("@acme/platform", "@acme/appsec")),
                        tuple(7, "docs/**", List.of("sec@acme.io")));
        Map<String, CodeOwners.Rule> teams = owners.teams();
        assertThat(teams.keySet()).containsExactly("@acme/shop-devs", "@acme/platform", "@acme/appsec");
        assertThat(teams.get("@acme/appsec").location().display()).isEqualTo(".github/CODEOWNERS:6:1");
        assertThat(owners.rules().get(0).catchAll()).isTrue();
        assertThat(owners.rules().get(1).catchAll()).isFalse();
    }

    @Test
    void theForgesOrderOfPlaces() {
        RepositoryFiles both = new RepositoryFiles(List.of(SourcePath.of("CODEOWNERS"), GITHUB), Map.of(
                SourcePath.of("CODEOWNERS"), List.of("* @root/team"), GITHUB, List.of("* @github/team")));
        assertThat(CodeOwners.read(both).orElseThrow().path()).isEqualTo(GITHUB);
        assertThat(CodeOwners.read(RepositoryFiles.empty())).isEmpty();
    }

    private static RepositoryFiles files(SourcePath path, List<String> lines) {
        return new RepositoryFiles(List.of(path), Map.of(path, lines));
    }
}
