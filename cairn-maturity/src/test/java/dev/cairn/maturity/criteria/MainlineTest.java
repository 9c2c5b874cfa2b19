package dev.cairn.maturity.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.history.Commit;
import dev.cairn.core.history.GitHistory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainlineTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    private static Commit c(String id, String date, String subject, List<String> paths, String... parents) {
        Instant t = Instant.parse(date + "T12:00:00Z");
        return new Commit(id, List.of(parents), "Ana", "ana@acme.io", t, t, subject, "", paths);
    }

    @Test
    void firstParentChainWithoutTheRootAndEachBranchCommitBroughtInByTheFirstMergeThatReachesIt() {
        // a - b1 - b2 (branch x, merged by m1); a2 on main; c1 forked from b1 (branch y, merged by m2)
        Commit a = c("a", "2026-08-01", "initial", List.of("README.md"));
        Commit b1 = c("b1", "2026-08-02", "x one", List.of("x.txt"), "a");
        Commit b2 = c("b2", "2026-08-03", "x two", List.of("x2.txt"), "b1");
        Commit a2 = c("a2", "2026-08-04", "direct", List.of("d.txt"), "a");
        Commit m1 = c("m1", "2026-08-05", "Merge branch 'x'", List.of(), "a2", "b2");
        Commit c1 = c("c1", "2026-08-06", "y one", List.of("k8s/app.yaml"), "b1");
        Commit m2 = c("m2", "2026-08-07", "Merge branch 'y'", List.of(), "m1", "c1");
        GitHistory h = new GitHistory(List.of(m2, c1, m1, a2, b2, b1, a), List.of(), "main", "m2", null, List.of());

        List<LandedChange> changes = Mainline.changes(h, TODAY);

        assertThat(changes).extracting(ch -> ch.commit().id()).containsExactly("m2", "m1", "a2");
        assertThat(changes.get(0).brought()).extracting(Commit::id).containsExactly("c1");
        assertThat(changes.get(1).brought()).extracting(Commit::id).containsExactlyInAnyOrder("b2", "b1");
        assertThat(changes.get(0).paths()).containsExactly("k8s/app.yaml");
    }

    @Test
    void stopsAtTheWindowStart() {
        Commit old = c("o", "2026-05-01", "old", List.of("a"));
        Commit inside = c("i", "2026-06-01", "inside", List.of("b"), "o");
        GitHistory h = new GitHistory(List.of(inside, old), List.of(), "main", "i", null, List.of());
        assertThat(Mainline.windowStart(TODAY)).isEqualTo(Instant.parse("2026-05-27T00:00:00Z"));
        assertThat(Mainline.changes(h, TODAY)).extracting(ch -> ch.commit().id()).containsExactly("i");
        assertThat(Mainline.changes(GitHistory.empty(), TODAY)).isEmpty();
    }

    @Test
    void sharesNeedEnoughChangesAndSayNoneWhenNoneMatch() {
        assertThat(new Share(3, 4).judgeable()).isFalse();
        assertThat(new Share(3, 5).atLeast(0.6)).isTrue();
        assertThat(new Share(2, 5).atLeast(0.6)).isFalse();
        assertThat(new Share(2, 3).describe("changes", true)).isEqualTo("only 2 of 3 (67%) changes");
        assertThat(new Share(0, 7).describe("changes", true)).isEqualTo("none of the 7 changes");
    }
}
