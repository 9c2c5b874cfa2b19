package dev.cairn.maturity.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.cairn.core.history.Commit;
import dev.cairn.core.history.GitHistory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who did what in a window: bots and merges never count, people are keyed by email, the window starts at midnight UTC. */
class GitActivityTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    @Test
    void peoplesCommitsInTheWindow() {
        GitHistory history = history(
                commit("m", "Ana Lima", "ana@acme.io", "2026-11-20T10:00:00Z", List.of("a", "b"), List.of()),
                commit("a", "Ana Lima", "ANA@acme.io", "2026-11-10T10:00:00Z", List.of("x"), List.of("k8s/app.yaml")),
                commit("b", "Bo Berg", "bo@acme.io", "2026-08-25T00:00:00Z", List.of("x"), List.of("src/Main.java")),
                commit("c", "renovate[bot]", "bot@renovateapp.com", "2026-11-01T10:00:00Z", List.of("x"), List.of("k8s/app.yaml")),
                commit("x", "Cy Dahl", "cy@acme.io", "2026-08-24T23:59:59Z", List.of(), List.of("k8s/app.yaml")));
        GitActivity ninetyDays = GitActivity.of(history, TODAY, 90);
        assertThat(ninetyDays.commits()).extracting(Commit::id).containsExactly("a", "b");
        assertThat(ninetyDays.touching(p -> p.startsWith("k8s/")).authors()).extracting(GitActivity.Author::name)
                .containsExactly("Ana Lima");
        assertThat(GitActivity.of(history, TODAY, 180).touching(p -> p.startsWith("k8s/")).authors())
                .extracting(GitActivity.Author::name, GitActivity.Author::count)
                .containsExactly(tuple("Ana Lima", 1), tuple("Cy Dahl", 1));
    }

    @Test
    void oneEmailIsOnePersonWhateverTheCase() {
        GitHistory history = history(
                commit("a", "Ana", "ana@acme.io", "2026-11-10T10:00:00Z", List.of(), List.of("Dockerfile")),
                commit("b", "Ana Lima", "Ana@Acme.io", "2026-11-01T10:00:00Z", List.of(), List.of("Dockerfile")),
                commit("c", "Bo Berg", "bo@acme.io", "2026-11-02T10:00:00Z", List.of(), List.of("Dockerfile")));
        List<GitActivity.Author> authors = GitActivity.of(history, TODAY, 90).authors();
        assertThat(authors).extracting(GitActivity.Author::name, GitActivity.Author::count)
                .containsExactly(tuple("Ana", 2), tuple("Bo Berg", 1));
        assertThat(authors.get(0).evidence("changed delivery files").summary()).isEqualTo("Ana changed delivery files: change a");
    }

    @Test
    void namesForSummaries() {
        List<GitActivity.Author> four = List.of(author("Ana"), author("Bo"), author("Cy"), author("Di"));
        assertThat(GitActivity.names(four.subList(0, 1), 3)).isEqualTo("Ana");
        assertThat(GitActivity.names(four.subList(0, 2), 3)).isEqualTo("Ana and Bo");
        assertThat(GitActivity.names(four.subList(0, 3), 3)).isEqualTo("Ana, Bo and Cy");
        assertThat(GitActivity.names(four, 3)).isEqualTo("Ana, Bo, Cy and 1 other");
        assertThat(GitActivity.names(four, 2)).isEqualTo("Ana, Bo and 2 others");
    }

    private static GitActivity.Author author(String name) {
        return new GitActivity.Author(name, List.of(commit(name, name, name + "@acme.io", "2026-11-01T00:00:00Z", List.of(), List.of())));
    }

    private static Commit commit(String id, String name, String email, String time, List<String> parents, List<String> paths) {
        Instant t = Instant.parse(time);
        return new Commit(id, parents, name, email, t, t, "change " + id, "", paths);
    }

    private static GitHistory history(Commit... commits) {
        return new GitHistory(List.of(commits), List.of(), "main", commits[0].id(), null, List.of());
    }
}
