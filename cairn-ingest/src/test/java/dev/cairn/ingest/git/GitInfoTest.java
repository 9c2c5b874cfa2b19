package dev.cairn.ingest.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository identity of a scanned folder, read from real git repositories made with JGit. */
class GitInfoTest {
    @TempDir
    Path tmp;

    private static RevCommit commitAll(Git git, String message) throws Exception {
        git.add().addFilepattern(".").call();
        PersonIdent who = new PersonIdent("Ana", "ana@example.com");
        return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    private static void setOrigin(Git git, String url) throws Exception {
        StoredConfig config = git.getRepository().getConfig();
        config.setString("remote", "origin", "url", url);
        config.save();
    }

    @Test
    void commitAndRemoteWithoutCredentials() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("repo"));
        try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
            Files.writeString(root.resolve("app.yaml"), "kind: Pod\n");
            commitAll(git, "first");
            Files.writeString(root.resolve("app.yaml"), "kind: Deployment\n");
            RevCommit head = commitAll(git, "second");
            setOrigin(git, "https://user:token@host/x.git");

            Optional<GitInfo> info = GitInfo.of(root);

            assertThat(info).contains(new GitInfo("https://host/x.git", head.getId().name()));
            assertThat(head.getId().name()).hasSize(40);
        }
    }

    @Test
    void subfolderOfAWorkingTreeBelongsToItsRepository() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("repo"));
        Path deploy = Files.createDirectories(root.resolve("deploy/base"));
        try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
            Files.writeString(deploy.resolve("app.yaml"), "kind: Pod\n");
            RevCommit head = commitAll(git, "first");

            assertThat(GitInfo.of(deploy)).contains(new GitInfo(null, head.getId().name()));
        }
    }

    @Test
    void relativePathFindsTheSameRepositoryAsTheAbsolutePath() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("repo"));
        Path deploy = Files.createDirectories(root.resolve("deploy/base"));
        try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
            Files.writeString(deploy.resolve("app.yaml"), "kind: Pod\n");
            RevCommit head = commitAll(git, "first");
            Path relative = Path.of("").toAbsolutePath().relativize(deploy);

            assertThat(GitInfo.of(relative)).contains(new GitInfo(null, head.getId().name()));
        }
        // whatever the working directory is (a git checkout or not), spelling it "." must not lose the
        // repository above it: the search for .git has to walk the absolute path's parents
        assertThat(GitInfo.of(Path.of("."))).isEqualTo(GitInfo.of(Path.of(".").toAbsolutePath()));
        assertThat(GitInfo.of(Path.of(""))).isEqualTo(GitInfo.of(Path.of("").toAbsolutePath()));
    }

    @Test
    void repositoryWithoutCommitsHasNoCommit() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("repo"));
        try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
            setOrigin(git, "git@github.com:acme/shop.git");

            assertThat(GitInfo.of(root)).contains(new GitInfo("git@github.com:acme/shop.git", null));
        }
    }

    @Test
    void folderOutsideGitHasNoInfo() throws Exception {
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        assertThat(GitInfo.of(plain)).isEmpty();
    }

    @Test
    void credentialsAreRemovedFromEveryUrlForm() {
        assertThat(GitInfo.withoutCredentials("https://user:token@host/x.git")).isEqualTo("https://host/x.git");
        assertThat(GitInfo.withoutCredentials("https://token@host/x.git")).isEqualTo("https://host/x.git");
        assertThat(GitInfo.withoutCredentials("https://u:p@host:8443/group/x.git")).isEqualTo("https://host:8443/group/x.git");
        assertThat(GitInfo.withoutCredentials("https://user:p@ss@host/x.git")).isEqualTo("https://host/x.git");
        assertThat(GitInfo.withoutCredentials("https://ci:glpat-abc@git_lab.internal/x.git")).isEqualTo("https://git_lab.internal/x.git");
        assertThat(GitInfo.withoutCredentials("https://user:tok en@host/x.git")).isEqualTo("https://host/x.git");
        assertThat(GitInfo.withoutCredentials("https://oauth2:tok@host")).isEqualTo("https://host");
        assertThat(GitInfo.withoutCredentials("ssh://git@host:22/x.git")).isEqualTo("ssh://host:22/x.git");
        assertThat(GitInfo.withoutCredentials("https://host/x.git")).isEqualTo("https://host/x.git");
        assertThat(GitInfo.withoutCredentials("https://host/team@corp/x.git")).isEqualTo("https://host/team@corp/x.git");
        assertThat(GitInfo.withoutCredentials("git@github.com:acme/x.git")).isEqualTo("git@github.com:acme/x.git");
        assertThat(GitInfo.withoutCredentials("/srv/git/x.git")).isEqualTo("/srv/git/x.git");
        assertThat(GitInfo.withoutCredentials(null)).isNull();
    }
}
