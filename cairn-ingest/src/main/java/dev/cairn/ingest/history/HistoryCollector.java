package dev.cairn.ingest.history;

import dev.cairn.core.history.Commit;
import dev.cairn.core.history.FileRevision;
import dev.cairn.core.history.GitHistory;
import dev.cairn.core.history.Mailmap;
import dev.cairn.core.history.Tag;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Builds {@link GitHistory} evidence for a working tree: commits reachable from HEAD in a window, every tag,
 * {@code .mailmap} applied, and the texts of asked-for paths at the commits that changed them.
 *
 * <p>Incremental: with a cache directory, the commits read so far are kept per repository together with
 * the last processed commit, and a rescan reads only the commits added since ({@code git log HEAD ^tip}).
 * A rewritten history drops cached commits that HEAD no longer reaches. The mailmap is applied after the
 * cache, so editing {@code .mailmap} takes effect at once.
 */
public final class HistoryCollector {
    /** Which reader gets commits and paths. AUTO takes native git when it is on PATH (it measured faster). */
    public enum Backend { AUTO, JGIT, GIT }

    /**
     * @param since        earliest committer time to read, or null for the whole history
     * @param contentPaths repository paths (files or folders) whose texts are wanted at each commit changing them
     * @param cacheRoot    the cairn cache directory, or null for no cache ({@code --no-cache})
     */
    public record Options(Instant since, List<String> contentPaths, Path cacheRoot, Backend backend) {
        public Options {
            contentPaths = List.copyOf(contentPaths);
        }
    }

    /**
     * What the last collection did, for tests and benchmarks.
     *
     * @param commitsRead      commits read from the repository (not from the cache)
     * @param commitsFromCache commits taken from the cache
     */
    public record Stats(String backend, int commitsRead, int commitsFromCache, Path cacheFile, boolean cacheWritten) {}

    public record Result(GitHistory history, Stats stats) {}

    private static final long MAX_REVISION_BYTES = 1L << 20;

    private final Map<String, String> env;

    /** @param env the process environment (PATH for native git) */
    public HistoryCollector(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** {@code $XDG_CACHE_HOME/cairn}, else {@code ~/.cache/cairn}. */
    public static Path defaultCacheRoot(Map<String, String> env, String userHome) {
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "cairn");
        }
        return Path.of(userHome, ".cache", "cairn");
    }

    /** Empty when the directory is not in a git repository. */
    public Optional<Result> collect(Path root, Options options) throws IOException {
        try (RepoHandle repo = RepoHandle.find(root)) {
            if (repo == null) {
                return Optional.empty();
            }
            return Optional.of(collect(repo, options));
        }
    }

    private Result collect(RepoHandle repo, Options options) throws IOException {
        Repository repository = repo.repository();
        ObjectId headId = repository.resolve(Constants.HEAD);
        String headBranch = repository.getFullBranch() != null && repository.getFullBranch().startsWith(Constants.R_HEADS)
                ? repository.getBranch() : null;
        List<Tag> tags = tags(repository);
        if (headId == null) {
            return new Result(new GitHistory(List.of(), tags, headBranch, null, options.since(), List.of()),
                    new Stats("none", 0, 0, null, false));
        }
        String head = headId.name();
        CommitSource source = source(options.backend());
        Path cacheFile = options.cacheRoot() == null ? null : HistoryCache.fileFor(options.cacheRoot(), repo.commonDir());
        Optional<HistoryCache.Snapshot> cached = cacheFile == null ? Optional.empty() : HistoryCache.read(cacheFile, repo.commonDir());
        Instant since = options.since();

        List<Commit> commits;
        Instant coveredSince;
        int read;
        int fromCache = 0;
        boolean changed;
        if (cached.isPresent() && covers(cached.get().since(), since)) {
            HistoryCache.Snapshot snap = cached.get();
            coveredSince = snap.since();
            if (snap.tip().equals(head)) {
                commits = snap.commits();
                read = 0;
                changed = false;
            } else {
                List<Commit> fresh = readWithFallback(source, repo, head, List.of(snap.tip()), coveredSince);
                read = fresh.size();
                List<Commit> merged = new ArrayList<>(fresh.size() + snap.commits().size());
                merged.addAll(fresh);
                merged.addAll(snap.commits());
                commits = reachable(head, merged);
                changed = true;
            }
            fromCache = commits.size() - read;
        } else {
            commits = readWithFallback(source, repo, head, List.of(), since);
            coveredSince = since;
            read = commits.size();
            changed = true;
        }
        boolean written = false;
        if (cacheFile != null && changed) {
            try {
                HistoryCache.write(cacheFile, repo.commonDir(), new HistoryCache.Snapshot(head, coveredSince, commits));
                written = true;
            } catch (IOException | SecurityException e) {
                // the cache is an optimisation: a read-only or full disk must not fail the scan
            }
        }

        Mailmap mailmap = mailmap(repo);
        List<Commit> window = new ArrayList<>(commits.size());
        for (Commit c : commits) {
            if (since == null || !c.committerTime().isBefore(since)) {
                window.add(mailmap.isEmpty() ? c : mailmap.apply(c));
            }
        }
        List<FileRevision> revisions = revisions(repository, window, options.contentPaths());
        GitHistory history = new GitHistory(window, tags, headBranch, head, since, revisions);
        return new Result(history, new Stats(lastBackend, read, fromCache, cacheFile, written));
    }

    private String lastBackend = "none";

    private List<Commit> readWithFallback(CommitSource source, RepoHandle repo, String head, List<String> exclude, Instant since)
            throws IOException {
        if (source instanceof NativeGitCommitSource) {
            try {
                List<Commit> out = source.read(repo, head, exclude, since);
                lastBackend = source.name();
                return out;
            } catch (IOException e) {
                // e.g. git refuses a repository owned by another user: JGit reads it the same way
            }
        }
        CommitSource jgit = new JGitCommitSource();
        lastBackend = jgit.name();
        return jgit.read(repo, head, exclude, since);
    }

    private CommitSource source(Backend backend) {
        return switch (backend) {
            case JGIT -> new JGitCommitSource();
            case GIT, AUTO -> {
                String git = NativeGitCommitSource.onPath(env.get("PATH"));
                yield git == null ? new JGitCommitSource() : new NativeGitCommitSource(git);
            }
        };
    }

    private static boolean covers(Instant cachedSince, Instant wanted) {
        return cachedSince == null || (wanted != null && !wanted.isBefore(cachedSince));
    }

    /** The commits HEAD reaches through parents inside the list, in list order. */
    static List<Commit> reachable(String head, List<Commit> commits) {
        Map<String, Commit> byId = new HashMap<>(commits.size() * 2);
        for (Commit c : commits) byId.putIfAbsent(c.id(), c);
        Set<String> seen = new HashSet<>(commits.size() * 2);
        ArrayDeque<String> todo = new ArrayDeque<>();
        todo.add(head);
        while (!todo.isEmpty()) {
            String id = todo.poll();
            Commit c = byId.get(id);
            if (c == null || !seen.add(id)) continue;
            todo.addAll(c.parents());
        }
        List<Commit> out = new ArrayList<>(seen.size());
        Set<String> emitted = new HashSet<>(seen.size() * 2);
        for (Commit c : commits) {
            if (seen.contains(c.id()) && emitted.add(c.id())) out.add(c);
        }
        return out;
    }

    /** Every tag peeled to its commit; annotated tags carry the tagger date, lightweight ones the commit date. */
    static List<Tag> tags(Repository repository) throws IOException {
        List<Tag> tags = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
                String name = ref.getName().substring(Constants.R_TAGS.length());
                try {
                    RevObject obj = walk.parseAny(ref.getObjectId());
                    boolean annotated = obj instanceof RevTag;
                    Instant time = null;
                    if (obj instanceof RevTag tag && tag.getTaggerIdent() != null) {
                        time = tag.getTaggerIdent().getWhenAsInstant();
                    }
                    RevObject target = walk.peel(obj);
                    if (!(target instanceof RevCommit commit)) continue;
                    walk.parseHeaders(commit);
                    if (time == null) time = Instant.ofEpochSecond(commit.getCommitTime());
                    tags.add(new Tag(name, commit.name(), time, annotated));
                } catch (IOException e) {
                    // a broken tag is left out; the others still count
                }
            }
        }
        tags.sort(Comparator.comparing(Tag::name));
        return tags;
    }

    /** The working tree's {@code .mailmap}, else the one at HEAD (bare repositories). */
    static Mailmap mailmap(RepoHandle repo) {
        try {
            if (repo.workTree() != null) {
                Path file = repo.workTree().toPath().resolve(".mailmap");
                if (Files.isRegularFile(file) && Files.size(file) <= MAX_REVISION_BYTES) {
                    return Mailmap.parse(Files.readString(file, StandardCharsets.UTF_8));
                }
                return Mailmap.EMPTY;
            }
            ObjectId head = repo.repository().resolve(Constants.HEAD);
            if (head == null) return Mailmap.EMPTY;
            try (RevWalk walk = new RevWalk(repo.repository())) {
                String text = blob(repo.repository(), walk.parseCommit(head).getTree(), ".mailmap");
                return text == null ? Mailmap.EMPTY : Mailmap.parse(text);
            }
        } catch (IOException | RuntimeException e) {
            return Mailmap.EMPTY;
        }
    }

    private static List<FileRevision> revisions(Repository repository, List<Commit> commits, List<String> prefixes)
            throws IOException {
        if (prefixes.isEmpty()) return List.of();
        List<FileRevision> out = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            for (Commit c : commits) {
                if (c.isMerge()) continue;
                List<String> hits = c.paths().stream().filter(p -> under(p, prefixes)).toList();
                if (hits.isEmpty()) continue;
                RevCommit commit = walk.parseCommit(ObjectId.fromString(c.id()));
                RevTree tree = commit.getTree();
                RevTree parentTree = null;
                if (commit.getParentCount() > 0) {
                    parentTree = walk.parseCommit(commit.getParent(0)).getTree();
                }
                for (String path : hits) {
                    String before = parentTree == null ? null : blob(repository, parentTree, path);
                    String after = blob(repository, tree, path);
                    out.add(new FileRevision(c.id(), path, before, after));
                }
            }
        }
        return out;
    }

    static boolean under(String path, List<String> prefixes) {
        for (String p : prefixes) {
            if (p.isEmpty() || p.equals(".") || path.equals(p) || path.startsWith(p + "/")) return true;
        }
        return false;
    }

    /** A text file at a path in a tree; null when absent, too large or not UTF-8. */
    private static String blob(Repository repository, RevTree tree, String path) throws IOException {
        try (TreeWalk tw = TreeWalk.forPath(repository, path, tree)) {
            if (tw == null || (tw.getRawMode(0) & 0170000) != 0100000) return null;
            try (ObjectReader reader = repository.newObjectReader()) {
                ObjectLoader loader = reader.open(tw.getObjectId(0));
                if (loader.getSize() > MAX_REVISION_BYTES) return null;
                byte[] bytes = loader.getCachedBytes();
                try {
                    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes)).toString();
                } catch (CharacterCodingException e) {
                    return null;
                }
            }
        }
    }
}
