package dev.cairn.maturity.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.history.Commit;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LandedChangeTest {
    private static final Instant T = Instant.parse("2026-10-01T12:00:00Z");

    static Commit commit(String id, String message, String author, String... parents) {
        int blank = message.indexOf("\n\n");
        String subject = blank < 0 ? message : message.substring(0, blank);
        String body = blank < 0 ? "" : message.substring(blank + 2);
        return new Commit(id, List.of(parents), author, author.toLowerCase() + "@acme.io", T, T, subject, body, List.of());
    }

    private static LandedChange direct(String message) {
        return new LandedChange(commit("c1", message, "Ana", "c0"), List.of());
    }

    @Test
    void ticketsAreHashNumbersOrTrackerKeysButNotStandardsOrThePullRequestItself() {
        assertThat(direct("SHOP-12 list orders").ticket()).contains("SHOP-12");
        assertThat(direct("list orders\n\nCloses #7").ticket()).contains("#7");
        assertThat(direct("Cancel an order (#31)").ticket()).isEmpty();
        assertThat(direct("Cancel an order, see #30 (#31)").ticket()).contains("#30");
        assertThat(direct("upgrade netty for CVE-2026-1234, read UTF-8, sign with SHA-256, dates in ISO-8601").ticket()).isEmpty();
        assertThat(direct("escape &#123; in templates").ticket()).isEmpty();
        assertThat(new LandedChange(commit("m", "Merge pull request #4 from acme/feature/ABC-9-login", "Ana", "c0", "b1"), List.of())
                .ticket()).contains("ABC-9");
        assertThat(new LandedChange(commit("m", "Merge pull request #4 from acme/login", "Ana", "c0", "b1"), List.of())
                .ticket()).isEmpty();
    }

    @Test
    void aMergeRefersToTheTicketsOfTheCommitsItBroughtIn() {
        LandedChange merge = new LandedChange(commit("m", "Merge branch 'login'", "Ana", "c0", "b1"),
                List.of(commit("b1", "SHOP-3 login form", "Bo", "c0")));
        assertThat(merge.ticket()).contains("SHOP-3");
    }

    @Test
    void pullRequestAndReviewMarkers() {
        assertThat(direct("Add refunds (#4)").viaPullRequest()).isTrue();
        assertThat(direct("Export\n\nSee merge request shop/orders!7").viaPullRequest()).isTrue();
        assertThat(direct("Export\n\nChange-Id: I12\nReviewed-on: https://review.acme.io/c/12").viaPullRequest()).isTrue();
        assertThat(direct("Export (#4) later").viaPullRequest()).isFalse();
        assertThat(direct("cache\n\nReviewed-by: Ana <ana@acme.io>").reviewTrailer()).contains("Reviewed-by: Ana <ana@acme.io>");
        assertThat(direct("cache\n\nSigned-off-by: Ana <ana@acme.io>").reviewTrailer()).isEmpty();
        LandedChange localMerge = new LandedChange(commit("m", "Merge branch 'main' of github.com:acme/shop", "Ana", "c0", "b1"), List.of());
        assertThat(localMerge.viaPullRequest()).isFalse();
        assertThat(localMerge.viaMerge()).isTrue();
    }

    @Test
    void mergedBranchNamesAndBotBranches() {
        assertThat(new LandedChange(commit("m", "Merge pull request #4 from acme/feature/login", "Ana", "c0", "b"), List.of())
                .mergedBranch()).contains("feature/login");
        assertThat(new LandedChange(commit("m", "Merge branch 'fix/typo' into 'main'", "Ana", "c0", "b"), List.of())
                .mergedBranch()).contains("fix/typo");
        LandedChange dependabot = new LandedChange(
                commit("m", "Merge pull request #9 from acme/dependabot/maven/netty-4.1.115", "Ana", "c0", "b"), List.of());
        assertThat(dependabot.byBot()).isTrue();
        assertThat(direct("bump").byBot()).isFalse();
    }
}
