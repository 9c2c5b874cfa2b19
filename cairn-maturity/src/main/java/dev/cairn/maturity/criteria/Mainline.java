package dev.cairn.maturity.criteria;

import dev.cairn.core.history.Commit;
import dev.cairn.core.history.GitHistory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The changes that landed on the checked-out branch (normally the default branch) in the assessment
 * window: its first-parent chain from HEAD, newest first. A merged branch counts once, as its merge commit
 * with the commits it brought in, so that a pull request of ten commits weighs as much as a direct push.
 * The repository's first commit is an import rather than a change that could have been reviewed or linked
 * to a ticket, so it is left out.
 */
public final class Mainline {
    /** The assessment window of the git criteria (cnmm-level1.md §2). */
    public static final int WINDOW_DAYS = 180;

    private Mainline() {}

    /** The start of the window: {@value #WINDOW_DAYS} days before the scan date, at midnight UTC. */
    public static Instant windowStart(LocalDate today) {
        return today.minusDays(WINDOW_DAYS).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** Why a share was not judged, to start a sentence: "outside git" or "with 3 changes in 180 days". */
    public static String tooFew(boolean inGit, int changes) {
        return inGit ? "with " + changes + (changes == 1 ? " change" : " changes") + " in " + WINDOW_DAYS + " days" : "outside git";
    }

    /** The landed changes committed within the window, newest first; empty without a HEAD. */
    public static List<LandedChange> changes(GitHistory history, LocalDate today) {
        Instant start = windowStart(today);
        Map<String, Commit> byId = history.byId();
        List<Commit> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Commit c = history.headCommit() == null ? null : byId.get(history.headCommit());
        while (c != null && !c.committerTime().isBefore(start) && seen.add(c.id())) {
            chain.add(c);
            c = c.parents().isEmpty() ? null : byId.get(c.parents().get(0));
        }
        // Oldest merge first, so each branch commit goes to the merge that brought it in first; commits on the
        // chain are never part of a merged branch.
        List<LandedChange> out = new ArrayList<>(chain.size());
        for (Commit commit : chain.reversed()) {
            if (commit.parents().isEmpty()) continue;
            out.add(new LandedChange(commit, commit.isMerge() ? brought(commit, byId, seen, start) : List.of()));
        }
        Collections.reverse(out);
        return List.copyOf(out);
    }

    /** Commits reachable from the merge's other parents that no earlier change claimed; marks them claimed. */
    private static List<Commit> brought(Commit merge, Map<String, Commit> byId, Set<String> claimed, Instant start) {
        List<Commit> out = new ArrayList<>();
        Deque<String> todo = new ArrayDeque<>(merge.parents().subList(1, merge.parents().size()));
        while (!todo.isEmpty()) {
            Commit c = byId.get(todo.pop());
            if (c == null || c.committerTime().isBefore(start) || !claimed.add(c.id())) {
                continue;
            }
            out.add(c);
            c.parents().forEach(todo::push);
        }
        return out;
    }
}
