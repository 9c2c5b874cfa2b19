package dev.cairn.ingest.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.history.Commit;
import dev.cairn.core.history.GitHistory;
import dev.cairn.core.history.Tag;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryCollectorTest {
    static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    @TempDir
    Path tmp;
    Path repoDir;
    Path cache;
    TestRepo repo;
    String c0;
    String c1;
    String c2;
    String merge;

    @BeforeEach
    void build() throws Exception {
        repoDir = tmp.resolve("repo");
        cache = tmp.resolve("cache");
        repo = TestRepo.init(repoDir);
        c0 = repo.commit("chore: init", "Ana <ana@acme.io>", T0,
                Map.of(".mailmap", "Ana Lima <ana@acme.io> <ana@old.example>\n", "README.md", "hi\n"));
        c1 = repo.commit("feat: login\n\nThe body\nsecond line\n", "A. Old <ana@old.example>", T0.plusSeconds(3600),
                T0.plusSeconds(7200), Map.of("src/a.txt", "a\n", "k8s/deploy.yaml", "kind: Deployment\n"));
        repo.branch("feature/x", c1);
        repo.checkout("feature/x");
        String side = repo.commit("feat: side", "Bo <bo@acme.io>", T0.plusSeconds(10_000), Map.of("src/b.txt", "b\n"));
        repo.checkout("main");
        c2 = repo.commit("docs: readme", "dependabot[bot] <bot@users.noreply.github.com>", T0.plusSeconds(20_000),
                Map.of("README.md", "hello\n"));
        merge = repo.merge("feature/x", "Merge branch 'feature/x'", "Ana <ana@acme.io>", T0.plusSeconds(30_000));
        repo.tag("v1.0.0", merge, T0.plusSeconds(40_000));
        repo.tag("v0.9.0", c1, null);
        assertThat(side).isNotBlank();
    }

    HistoryCollector.Result collect(HistoryCollector.Backend backend, Instant since, Path cacheRoot, List<String> paths) throws Exception {
        return new HistoryCollector(System.getenv()).collect(repoDir,
                new HistoryCollector.Options(since, paths, cacheRoot, backend)).orElseThrow();
    }

    @Test
    void readsCommitsPathsTagsAndAppliesTheMailmap() throws Exception {
        GitHistory h = collect(HistoryCollector.Backend.JGIT, null, null, List.of()).history();
        assertThat(h.headBranch()).isEqualTo("main");
        assertThat(h.headCommit()).isEqualTo(merge);
        assertThat(h.commits()).hasSize(5);
        assertThat(h.commits().get(0).id()).isEqualTo(merge);
        Commit m = h.commits().get(0);
        assertThat(m.isMerge()).isTrue();
        assertThat(m.paths()).isEmpty();
        Commit login = h.commit(c1).orElseThrow();
        assertThat(login.subject()).isEqualTo("feat: login");
        assertThat(login.body()).isEqualTo("The body\nsecond line");
        assertThat(login.authorName()).isEqualTo("Ana Lima");
        assertThat(login.authorEmail()).isEqualTo("ana@acme.io");
        assertThat(login.authorTime()).isEqualTo(T0.plusSeconds(3600));
        assertThat(login.committerTime()).isEqualTo(T0.plusSeconds(7200));
        assertThat(login.paths()).containsExactlyInAnyOrder("src/a.txt", "k8s/deploy.yaml");
        assertThat(login.parents()).containsExactly(c0);
        assertThat(h.commit(c0).orElseThrow().paths()).containsExactlyInAnyOrder(".mailmap", "README.md");
        assertThat(h.commit(c2).orElseThrow().isBot()).isTrue();
        assertThat(h.tags()).containsExactly(
                new Tag("v0.9.0", c1, T0.plusSeconds(7200), false),
                new Tag("v1.0.0", merge, T0.plusSeconds(40_000), true));
    }

    @Test
    void nativeGitGivesTheSameHistoryAsJGit() throws Exception {
        if (NativeGitCommitSource.onPath(System.getenv("PATH")) == null) return;
        GitHistory jgit = collect(HistoryCollector.Backend.JGIT, null, null, List.of()).history();
        HistoryCollector.Result git = collect(HistoryCollector.Backend.GIT, null, null, List.of());
        assertThat(git.stats().backend()).isEqualTo("git");
        assertThat(normalised(git.history())).isEqualTo(normalised(jgit));
    }

    private static List<Commit> normalised(GitHistory h) {
        return h.commits().stream().map(c -> new Commit(c.id(), c.parents(), c.authorName(), c.authorEmail(), c.authorTime(),
                c.committerTime(), c.subject(), c.body(), c.paths().stream().sorted().toList())).toList();
    }

    @Test
    void windowKeepsCommitsCommittedSinceTheStart() throws Exception {
        GitHistory h = collect(HistoryCollector.Backend.AUTO, T0.plusSeconds(15_000), null, List.of()).history();
        assertThat(h.commits()).extracting(Commit::subject).containsExactly("Merge branch 'feature/x'", "docs: readme");
        assertThat(h.since()).isEqualTo(T0.plusSeconds(15_000));
    }

    @Test
    void rescanReadsOnlyNewCommitsFromTheCache() throws Exception {
        for (HistoryCollector.Backend backend : List.of(HistoryCollector.Backend.JGIT, HistoryCollector.Backend.AUTO)) {
            Path root = cache.resolve(backend.name());
            HistoryCollector.Result first = collect(backend, null, root, List.of());
            assertThat(first.stats().commitsRead()).isEqualTo(first.history().commits().size());
            assertThat(first.stats().cacheWritten()).isTrue();
            assertThat(first.stats().cacheFile()).exists().startsWith(root.resolve("git-history"));

            HistoryCollector.Result same = collect(backend, null, root, List.of());
            assertThat(same.stats().commitsRead()).isZero();
            assertThat(same.stats().commitsFromCache()).isEqualTo(first.history().commits().size());
            assertThat(same.history()).isEqualTo(first.history());
        }
        Path root = cache.resolve(HistoryCollector.Backend.AUTO.name());
        String c3 = repo.commit("fix: one more", "Bo <bo@acme.io>", T0.plusSeconds(50_000), Map.of("src/c.txt", "c\n"));
        HistoryCollector.Result next = collect(HistoryCollector.Backend.AUTO, null, root, List.of());
        assertThat(next.stats().commitsRead()).isEqualTo(1);
        assertThat(next.stats().commitsFromCache()).isEqualTo(5);
        assertThat(next.history().commits().get(0).id()).isEqualTo(c3);
        assertThat(next.history().commits()).hasSize(6);
        // the mailmap applies to cached commits too
        assertThat(next.history().commit(c1).orElseThrow().authorName()).isEqualTo("Ana Lima");
    }

    @Test
    void rewrittenHistoryDropsCommitsHeadNoLongerReaches() throws Exception {
        collect(HistoryCollector.Backend.AUTO, null, cache, List.of());
        repo.resetHard(c2);
        String other = repo.commit("feat: other", "Bo <bo@acme.io>", T0.plusSeconds(60_000), Map.of("src/d.txt", "d\n"));
        HistoryCollector.Result r = collect(HistoryCollector.Backend.AUTO, null, cache, List.of());
        assertThat(r.stats().commitsRead()).isEqualTo(1);
        assertThat(r.history().commits()).extracting(Commit::id).containsExactly(other, c2, c1, c0);
    }

    @Test
    void aDeletedOrBrokenCacheIsRebuilt() throws Exception {
        HistoryCollector.Result first = collect(HistoryCollector.Backend.AUTO, null, cache, List.of());
        Files.writeString(first.stats().cacheFile(), "not a cache");
        HistoryCollector.Result broken = collect(HistoryCollector.Backend.AUTO, null, cache, List.of());
        assertThat(broken.stats().commitsRead()).isEqualTo(5);
        assertThat(broken.history()).isEqualTo(first.history());
        Files.delete(first.stats().cacheFile());
        assertThat(collect(HistoryCollector.Backend.AUTO, null, cache, List.of()).stats().commitsRead()).isEqualTo(5);
        // a wider window than the cache covers reads the history again
        collect(HistoryCollector.Backend.AUTO, T0.plusSeconds(15_000), tmp.resolve("narrow"), List.of());
        assertThat(collect(HistoryCollector.Backend.AUTO, null, tmp.resolve("narrow"), List.of()).stats().commitsRead()).isEqualTo(5);
    }

    @Test
    void noCacheWritesNothing() throws Exception {
        HistoryCollector.Result r = collect(HistoryCollector.Backend.AUTO, null, null, List.of());
        assertThat(r.stats().cacheFile()).isNull();
        assertThat(cache).doesNotExist();
    }

    @Test
    void readsTextsOfRequestedPathsAtEachChange() throws Exception {
        GitHistory h = collect(HistoryCollector.Backend.AUTO, null, null, List.of("k8s")).history();
        assertThat(h.revisions()).hasSize(1);
        assertThat(h.revisions().get(0).commitId()).isEqualTo(c1);
        assertThat(h.revisions().get(0).before()).isNull();
        assertThat(h.revisions().get(0).after()).isEqualTo("kind: Deployment\n");
    }

    @Test
    void outsideARepositoryThereIsNoHistory() throws Exception {
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        assertThat(new HistoryCollector(Map.of()).collect(plain,
                new HistoryCollector.Options(null, List.of(), null, HistoryCollector.Backend.AUTO))).isEmpty();
    }

    @Test
    void cacheRootFollowsXdg() {
        assertThat(HistoryCollector.defaultCacheRoot(Map.of("XDG_CACHE_HOME", "/x/cache"), "/home/u")).isEqualTo(Path.of("/x/cache/cairn"));
        assertThat(HistoryCollector.defaultCacheRoot(Map.of(), "/home/u")).isEqualTo(Path.of("/home/u/.cache/cairn"));
    }
}
