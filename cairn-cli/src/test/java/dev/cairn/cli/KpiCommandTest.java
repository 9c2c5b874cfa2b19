package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KpiCommandTest {
    @TempDir
    Path tmp;

    private Path repository() throws Exception {
        Path dir = tmp.resolve("app");
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            Instant[] times = {Instant.parse("2026-11-01T10:00:00Z"), Instant.parse("2026-11-10T10:00:00Z")};
            String[] files = {"README.md", "k8s/deploy.yaml"};
            for (int i = 0; i < 2; i++) {
                Path f = dir.resolve(files[i]);
                Files.createDirectories(f.getParent());
                Files.writeString(f, "x" + i + "\n");
                git.add().addFilepattern(files[i]).call();
                PersonIdent who = new PersonIdent("Ana", "ana@acme.io", times[i], ZoneOffset.UTC);
                var c = git.commit().setMessage(i == 0 ? "chore: init" : "feat: deploy").setAuthor(who).setCommitter(who).call();
                git.tag().setName("v1." + i + ".0").setObjectId(c).setAnnotated(true).setMessage("r")
                        .setTagger(new PersonIdent("Rel", "rel@acme.io", times[i].plusSeconds(86_400), ZoneOffset.UTC)).call();
            }
        }
        return dir;
    }

    @Test
    void printsTheKpiTable() throws Exception {
        Path dir = repository();
        Cli.Run run = Cli.run("kpi", dir.toString(), "--no-cache");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("window 90d (2026-08-25 to 2026-11-23)", "deployments: git tags matching v*",
                "deployment-frequency", "0.16 per-week", "change-lead-time ", "24 hours", "infra-effort-share",
                "50 percent", "git-only estimate", "(--no-cache)");
    }

    @Test
    void cachesUnderTheGivenDirectoryAndTakesOtherSources() throws Exception {
        Path dir = repository();
        Path cache = tmp.resolve("cache");
        assertThat(Cli.run("kpi", dir.toString(), "--cache-dir", cache.toString()).out()).contains("2 read with");
        assertThat(Cli.run("kpi", dir.toString(), "--cache-dir", cache.toString()).out()).contains("0 read with", "2 from the cache");
        Files.writeString(dir.resolve("d.csv"), "time,version\n2026-11-20T00:00:00Z,1.1.0\n");
        Cli.Run file = Cli.run("kpi", dir.toString(), "--no-cache", "--deployments", "file:d.csv", "--since", "30d");
        assertThat(file.out()).contains("deployments file d.csv", "window 30d", "0.23 per-week");
    }

    @Test
    void usageErrors() throws Exception {
        Path dir = repository();
        assertThat(Cli.run("kpi", dir.toString(), "--since", "soon").exit()).isEqualTo(ExitCode.USAGE);
        assertThat(Cli.run("kpi", dir.toString(), "--deployments", "jenkins").err()).contains("tags:PATTERN, gitops:PATH or file:PATH");
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        Cli.Run run = Cli.run("kpi", plain.toString(), "--no-cache");
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("not in a git repository");
    }
}
