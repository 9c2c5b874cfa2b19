package dev.cairn.ingest.history;

import dev.cairn.core.history.Commit;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.CommitTimeRevFilter;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/** Commits and changed paths with JGit: a {@link RevWalk} and a two-tree {@link TreeWalk} per commit. */
public final class JGitCommitSource implements CommitSource {

    @Override
    public String name() {
        return "jgit";
    }

    @Override
    public List<Commit> read(RepoHandle repo, String head, Collection<String> exclude, Instant since) throws IOException {
        List<Commit> out = new ArrayList<>();
        Map<String, String> interned = new HashMap<>();
        try (ObjectReader reader = repo.repository().newObjectReader();
             RevWalk walk = new RevWalk(reader);
             TreeWalk tw = new TreeWalk(reader)) {
            walk.setRetainBody(true);
            walk.markStart(walk.parseCommit(ObjectId.fromString(head)));
            for (String x : exclude) {
                try {
                    walk.markUninteresting(walk.parseCommit(ObjectId.fromString(x)));
                } catch (MissingObjectException e) {
                    // a commit that no longer exists excludes nothing
                }
            }
            if (since != null) {
                walk.setRevFilter(CommitTimeRevFilter.after(since));
            }
            tw.setRecursive(true);
            tw.setFilter(TreeFilter.ANY_DIFF);
            for (RevCommit c : walk) {
                if (since != null && c.getCommitTime() < since.getEpochSecond()) {
                    continue;
                }
                out.add(toCommit(c, walk, tw, interned));
            }
        }
        return out;
    }

    private static Commit toCommit(RevCommit c, RevWalk walk, TreeWalk tw, Map<String, String> interned) throws IOException {
        List<String> parents = new ArrayList<>(c.getParentCount());
        for (RevCommit p : c.getParents()) {
            parents.add(p.name());
        }
        List<String> paths = List.of();
        if (c.getParentCount() <= 1) {
            paths = new ArrayList<>();
            tw.reset();
            if (c.getParentCount() == 0) {
                tw.addTree(new EmptyTreeIterator());
            } else {
                RevCommit parent = c.getParent(0);
                walk.parseHeaders(parent);
                tw.addTree(parent.getTree());
            }
            tw.addTree(c.getTree());
            while (tw.next()) {
                String p = tw.getPathString();
                paths.add(interned.computeIfAbsent(p, k -> k));
            }
        }
        PersonIdent author = c.getAuthorIdent();
        String full = c.getFullMessage();
        return new Commit(c.name(), parents, author.getName(), author.getEmailAddress(), author.getWhenAsInstant(),
                Instant.ofEpochSecond(c.getCommitTime()), c.getShortMessage(), body(full), paths);
    }

    /** The message after its first paragraph, as {@code git log --format=%b} gives it (trailing whitespace dropped). */
    static String body(String full) {
        String m = full.replace("\r\n", "\n");
        int i = 0;
        while (i < m.length() && m.charAt(i) == '\n') i++;
        int blank = m.indexOf("\n\n", i);
        if (blank < 0) {
            return "";
        }
        int start = blank + 2;
        while (start < m.length() && m.charAt(start) == '\n') start++;
        return m.substring(start).stripTrailing();
    }
}
