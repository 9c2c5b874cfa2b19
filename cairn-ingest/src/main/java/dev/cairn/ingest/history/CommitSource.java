package dev.cairn.ingest.history;

import dev.cairn.core.history.Commit;
import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Reads commits with their changed paths: {@code head} and its ancestors, minus everything reachable from
 * {@code exclude}, with committer time at or after {@code since} (null: all). Identities are raw (no
 * mailmap); paths are against the first parent without rename detection; merges list no paths.
 * Two implementations give the same data: {@link JGitCommitSource} and {@link NativeGitCommitSource}.
 */
public interface CommitSource {
    List<Commit> read(RepoHandle repo, String head, Collection<String> exclude, Instant since) throws IOException;

    /** A short name for reports and benchmarks: {@code jgit} or {@code git}. */
    String name();
}
