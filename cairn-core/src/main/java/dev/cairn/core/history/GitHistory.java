package dev.cairn.core.history;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The git history of one repository as evidence: the commits reachable from the checked-out branch that
 * fall in the window read, newest first, and every tag. Immutable; built by the collector in cairn-ingest.
 *
 * @param commits    newest first (by committer time, parents after children)
 * @param tags       all tags, by name
 * @param headBranch the checked-out branch (short name), or null on a detached HEAD
 * @param headCommit the checked-out commit, or null in an empty repository
 * @param since      the earliest committer time read, or null when the whole history was read
 * @param revisions  texts of the files the consumer asked for, at each commit in the window that changed them
 */
public record GitHistory(
        List<Commit> commits, List<Tag> tags, String headBranch, String headCommit, Instant since,
        List<FileRevision> revisions) {

    public GitHistory {
        commits = List.copyOf(commits);
        tags = List.copyOf(tags);
        revisions = List.copyOf(revisions);
    }

    public static GitHistory empty() {
        return new GitHistory(List.of(), List.of(), null, null, null, List.of());
    }

    /** Commits by id; built on each call, so callers that need it often keep it. */
    public Map<String, Commit> byId() {
        Map<String, Commit> map = new HashMap<>(commits.size() * 2);
        for (Commit c : commits) {
            map.put(c.id(), c);
        }
        return map;
    }

    public Optional<Commit> commit(String id) {
        return commits.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
