package dev.cairn.maturity.kpi.dora;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.history.GitHistory;
import dev.cairn.core.model.KpiValue;
import dev.cairn.ingest.history.DeploymentsFile;
import dev.cairn.ingest.history.HistoryCollector;
import dev.cairn.ingest.history.TestRepo;
import dev.cairn.maturity.kpi.delivery.DeliveryKpis;
import dev.cairn.maturity.kpi.git.GitKpis;
import dev.cairn.maturity.kpi.git.KpiWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The git KPIs on real repositories built with JGit, with exact values for the defaults of cnmm-level1.md
 * §4.1b, each option and each deployment source. Window: the 90 days before 2026-06-01 (from 2026-03-03).
 */
class GitKpisRepoTest {
    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    static final KpiWindow WINDOW = KpiWindow.parse("90d", NOW);
    static final String ANA = "Ana <ana@acme.io>";
    static final String OLD_ANA = "A. Old <ana@old.example>";
    static final String BO = "Bo <bo@acme.io>";
    static final String CY = "Cy <cy@acme.io>";
    static final String BOT = "dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>";

    @TempDir
    Path tmp;
    TestRepo repo;
    String c0, c1, c2, c3, c4, c5, c6, c7, c8, m1;

    static Instant t(String iso) {
        return Instant.parse(iso);
    }

    /**
     * v0.9.0 (lightweight, before the window) on c0; v1.0.0 on c3 (03-12 12:00); v1.1.0 on c4 (03-14 09:00);
     * c5 reverts c4; v1.1.1 (lightweight: c6's date, 03-15 09:30) a hotfix; a feature branch merged as m1;
     * v1.2.0 on m1 (04-03 10:00); a pre-release and a tag off the branch.
     */
    @BeforeEach
    void tagsRepository() throws Exception {
        repo = TestRepo.init(tmp.resolve("app"));
        c0 = repo.commit("chore: init", ANA, t("2026-01-05T10:00:00Z"),
                Map.of(".mailmap", "Ana <ana@acme.io> <ana@old.example>\n", "README.md", "app\n"));
        repo.tag("v0.9.0", c0, null);
        c1 = repo.commit("feat: login", ANA, t("2026-03-10T08:00:00Z"), t("2026-03-10T09:00:00Z"), Map.of("src/a.txt", "a\n"));
        c2 = repo.commit("fix: typo", BOT, t("2026-03-11T10:00:00Z"), Map.of("src/b.txt", "b\n"));
        c3 = repo.commit("chore: k8s manifests", ANA, t("2026-03-11T12:00:00Z"), Map.of("k8s/deploy.yaml", "kind: Deployment\n"));
        repo.tag("v1.0.0", c3, t("2026-03-12T12:00:00Z"));
        c4 = repo.commit("feat(api): search", CY, t("2026-03-13T09:00:00Z"), Map.of("src/c.txt", "c\n"));
        repo.tag("v1.1.0", c4, t("2026-03-14T09:00:00Z"));
        c5 = repo.commit("Revert \"feat(api): search\"\n\nThis reverts commit " + c4 + ".\n", CY, t("2026-03-15T09:00:00Z"),
                java.util.Collections.singletonMap("src/c.txt", null));
        c6 = repo.commit("fix: search crash", OLD_ANA, t("2026-03-15T09:30:00Z"), Map.of("Dockerfile", "FROM scratch\n"));
        repo.tag("v1.1.1", c6, null);
        repo.branch("feature/export", c6);
        repo.checkout("feature/export");
        c7 = repo.commit("feat: export", ANA, t("2026-04-01T10:00:00Z"), Map.of("src/e.txt", "e\n"));
        repo.checkout("main");
        c8 = repo.commit("docs: readme", BO, t("2026-04-01T12:00:00Z"), Map.of("README.md", "app!\n"));
        m1 = repo.merge("feature/export", "Merge branch 'feature/export'", ANA, t("2026-04-02T10:00:00Z"));
        repo.tag("v1.2.0", m1, t("2026-04-03T10:00:00Z"));
        repo.tag("v1.3.0-rc.1", m1, t("2026-04-04T10:00:00Z"));
        repo.branch("experiment", c8);
        repo.checkout("experiment");
        String off = repo.commit("feat: experiment", BO, t("2026-04-05T10:00:00Z"), Map.of("src/x.txt", "x\n"));
        repo.tag("v2.0.0", off, t("2026-04-05T11:00:00Z"));
        repo.checkout("main");
    }

    GitHistory history(List<String> contentPaths) throws Exception {
        return new HistoryCollector(System.getenv()).collect(repo.dir,
                new HistoryCollector.Options(WINDOW.historyStart(), contentPaths, null, HistoryCollector.Backend.AUTO))
                .orElseThrow().history();
    }

    static Map<String, KpiValue> byId(List<KpiValue> values) {
        return values.stream().collect(Collectors.toMap(KpiValue::id, Function.identity()));
    }

    @Test
    void tagsWithTheDefaults() throws Exception {
        GitHistory h = history(List.of());
        DeploymentList d = Deployments.fromTags(h, "v*");
        assertThat(d.deployments()).extracting(Deployment::name).containsExactly("v0.9.0", "v1.0.0", "v1.1.0", "v1.1.1", "v1.2.0");
        assertThat(d.deployments()).extracting(Deployment::time).containsExactly(t("2026-01-05T10:00:00Z"),
                t("2026-03-12T12:00:00Z"), t("2026-03-14T09:00:00Z"), t("2026-03-15T09:30:00Z"), t("2026-04-03T10:00:00Z"));
        assertThat(d.caveats()).containsExactly(
                "1 tag matching v* skipped: not a release version (pre-release or not x.y.z)",
                "1 tag matching v* skipped: not reachable from main in the history read");

        Map<String, KpiValue> k = byId(GitKpis.compute(h, d, WINDOW, DoraOptions.DEFAULTS));
        KpiValue df = k.get("deployment-frequency");
        assertThat(df.value()).isEqualTo(0.31);            // 4 deployments / (90 / 7) weeks
        assertThat(df.unit()).isEqualTo("per-week");
        assertThat(df.band()).isEqualTo("medium");          // median days per week 0, per month 1
        assertThat(df.estimatedFrom()).isEqualTo("git tags matching v*");
        assertThat(df.window()).isEqualTo("90d");
        assertThat(df.caveats()).contains("4 deployments on 4 days; median deployment-days per week 0, per month 1");

        // lead times (h): 52, 24 (v1.0.0; the bot's commit left out), 24 (v1.1.0), 0.5 and 0 (v1.1.1), 48, 46 (v1.2.0)
        assertThat(k.get("change-lead-time").value()).isEqualTo(24.0);
        assertThat(k.get("change-lead-time").band()).isEqualTo("high");
        assertThat(k.get("change-lead-time-p90").value()).isEqualTo(52.0);
        assertThat(k.get("change-lead-time").caveats())
                .containsExactly("6 commits in 4 deployments; 1 bot commit excluded; 1 with a non-positive lead time excluded");

        // v1.1.0 failed: its commit was reverted within 7 days, and v1.1.1 is a hotfix patch release within 48 h
        assertThat(k.get("change-failure-rate").value()).isEqualTo(25.0);
        assertThat(k.get("change-failure-rate").band()).isEqualTo("low");
        assertThat(k.get("change-failure-rate").caveats()).startsWith(Dora.CFR_CAVEAT).contains("1 of 4 deployments failed");
        assertThat(k.get("failed-deployment-recovery-time").value()).isEqualTo(24.5);
        assertThat(k.get("failed-deployment-recovery-time").band()).isEqualTo("medium");

        Dora.Result r = Dora.compute(h, d, WINDOW, DoraOptions.DEFAULTS);
        assertThat(r.outcomes()).extracting(o -> o.deployment().name() + ":" + o.failed())
                .containsExactly("v1.0.0:false", "v1.1.0:true", "v1.1.1:false", "v1.2.0:false");
        assertThat(r.outcomes().get(1).reasons()).containsExactly("revert of " + c4.substring(0, 7) + " in " + c5.substring(0, 7),
                "hotfix release v1.1.1");
        assertThat(r.outcomes().get(1).recovery()).isEqualTo(Duration.ofMinutes(24 * 60 + 30));

        // delivery: feat: login, feat(api): search, the feature/export merge; 2 of 7 non-bot commits touch k8s/ or the
        // Dockerfile, both by Ana once .mailmap maps her old address
        assertThat(DeliveryKpis.features(h, WINDOW).count()).isEqualTo(3);
        assertThat(k.get("features-per-quarter").value()).isEqualTo(3.04);   // 3 × 91.3125 / 90
        assertThat(k.get("infra-effort-share").value()).isEqualTo(28.57);
        assertThat(k.get("infra-effort-share").caveats()).containsExactly("2 of 7 non-bot commits; a proxy for effort: commits, not hours");
        assertThat(k.get("delivery-people").value()).isEqualTo(1.0);
    }

    @Test
    void options() throws Exception {
        GitHistory h = history(List.of());
        DeploymentList d = Deployments.fromTags(h, "v*");
        // committer dates: c1 was committed an hour after it was written
        Map<String, KpiValue> k = byId(Dora.compute(h, d, WINDOW,
                new DoraOptions(Duration.ofDays(7), Duration.ofHours(48), DoraOptions.LeadTimeFrom.COMMITTER)).kpis());
        assertThat(k.get("change-lead-time-p90").value()).isEqualTo(51.0);
        assertThat(k.get("change-lead-time").estimatedFrom()).isEqualTo("git tags matching v*; committer dates of the commits each deployment adds");
        // H = 12 h: v1.1.1 (24.5 h later) is no hotfix; the revert alone still fails v1.1.0
        Dora.Result r = Dora.compute(h, d, WINDOW, new DoraOptions(Duration.ofHours(12), Duration.ofHours(12), DoraOptions.LeadTimeFrom.AUTHOR));
        assertThat(r.outcomes().get(1).reasons()).containsExactly("revert of " + c4.substring(0, 7) + " in " + c5.substring(0, 7));
        assertThat(byId(r.kpis()).get("change-failure-rate").estimatedFrom())
                .isEqualTo("git tags matching v*; reverts within 12 h, hotfix releases within 12 h");
        // another tag pattern: nothing matches
        Map<String, KpiValue> none = byId(GitKpis.compute(h, Deployments.fromTags(h, "release-*"), WINDOW, DoraOptions.DEFAULTS));
        assertThat(none.get("deployment-frequency").value()).isNull();
        assertThat(none.get("change-failure-rate").value()).isNull();
        // a longer window
        KpiWindow half = KpiWindow.parse("180d", NOW);
        assertThat(byId(Dora.compute(h, d, half, DoraOptions.DEFAULTS).kpis()).get("deployment-frequency").value())
                .isEqualTo(0.19);  // v0.9.0 is in it too: 5 / (180 / 7)
    }

    @Test
    void deploymentsFile() throws Exception {
        GitHistory h = history(List.of());
        String csv = "time,version,commit,status,environment\n"
                + "2026-03-12T12:00:00Z,1.0.0," + c3.substring(0, 8) + ",success,production\n"
                + "2026-03-13T00:00:00Z,1.0.1,,failed,production\n"
                + "2026-03-14T09:00:00Z,1.1.0," + c4 + ",success,prod\n"
                + "2026-03-20T00:00:00Z,1.1.0," + c4 + ",success,staging\n";
        String json = "[{\"time\":\"2026-03-12T12:00:00Z\",\"version\":\"1.0.0\",\"commit\":\"" + c3.substring(0, 8) + "\"},"
                + "{\"time\":\"2026-03-13T00:00:00Z\",\"version\":\"1.0.1\",\"status\":\"failed\"},"
                + "{\"time\":\"2026-03-14T09:00:00Z\",\"version\":\"1.1.0\",\"commit\":\"" + c4 + "\",\"environment\":\"production\"},"
                + "{\"time\":\"2026-03-20T00:00:00Z\",\"version\":\"1.1.0\",\"commit\":\"" + c4 + "\",\"environment\":\"staging\"}]";
        for (String name : List.of("deployments.csv", "deployments.json")) {
            Path f = Files.writeString(tmp.resolve(name), name.endsWith("csv") ? csv : json);
            DeploymentList d = Deployments.fromRecords(h, DeploymentsFile.read(f), name);
            assertThat(d.deployments()).extracting(Deployment::commitId).containsExactly(c3, c4);
            assertThat(d.estimatedFrom()).isEqualTo("deployments file " + name);
            assertThat(d.caveats()).containsExactly("2 rows of " + name + " skipped: not a successful production deployment");
            Map<String, KpiValue> k = byId(Dora.compute(h, d, WINDOW, DoraOptions.DEFAULTS).kpis());
            assertThat(k.get("deployment-frequency").value()).isEqualTo(0.16);   // 2 / (90 / 7)
            assertThat(k.get("deployment-frequency").band()).isEqualTo("low");   // deployment-days per month 2, 0, 0
            // the first deployment reaches back to c0 (1586 h), then 52, 24 (c3), 24 (c4)
            assertThat(k.get("change-lead-time").value()).isEqualTo(24.0);
            assertThat(k.get("change-lead-time-p90").value()).isEqualTo(1586.0);
            assertThat(k.get("change-failure-rate").value()).isEqualTo(50.0);
            assertThat(k.get("failed-deployment-recovery-time").value()).isNull();
            assertThat(k.get("failed-deployment-recovery-time").caveats())
                    .contains("1 failed deployment without a later deployment of the fix");
        }
    }

    @Test
    void gitOpsImageChanges() throws Exception {
        TestRepo ops = TestRepo.init(tmp.resolve("ops"));
        String k = "overlays/prod/kustomization.yaml";
        ops.commit("chore: prod overlay", BO, t("2026-03-01T10:00:00Z"), Map.of(k, kustomization("1.0.0"),
                "overlays/prod/values-prod.yaml", "image:\n  repository: ghcr.io/acme/api\n  tag: \"7\"\n"));
        ops.commit("feat: a", CY, t("2026-03-09T10:00:00Z"), t("2026-03-10T10:00:00Z"), Map.of("src/a.txt", "a\n"));
        String g2 = ops.commit("deploy 1.1.0", BO, t("2026-03-10T12:00:00Z"), Map.of(k, kustomization("1.1.0")));
        ops.commit("docs: prod notes", BO, t("2026-03-11T12:00:00Z"), Map.of("overlays/prod/README.md", "notes\n"));
        String g4 = ops.commit("rollback to 1.0.0", BO, t("2026-03-12T12:00:00Z"), Map.of(k, kustomization("1.0.0")));
        ops.commit("deploy 1.2.0", BO, t("2026-03-20T12:00:00Z"), Map.of(k, kustomization("1.2.0")));
        ops.commit("values: image 8", BO, t("2026-03-21T12:00:00Z"),
                Map.of("overlays/prod/values-prod.yaml", "image:\n  repository: ghcr.io/acme/api\n  tag: \"8\"\n"));
        GitHistory h = new HistoryCollector(System.getenv()).collect(ops.dir, new HistoryCollector.Options(WINDOW.historyStart(),
                List.of("overlays/prod"), null, HistoryCollector.Backend.AUTO)).orElseThrow().history();
        DeploymentList d = Deployments.fromGitOps(h, "overlays/prod");
        assertThat(d.deployments()).extracting(Deployment::version).containsExactly("1.0.0,7", "1.1.0", "1.0.0", "1.2.0", "8");
        assertThat(d.deployments()).extracting(Deployment::rollback).containsExactly(false, false, true, false, false);
        assertThat(d.estimatedFrom()).isEqualTo("GitOps image changes under overlays/prod");
        Dora.Result r = Dora.compute(h, d, WINDOW, DoraOptions.DEFAULTS);
        assertThat(r.outcomes()).extracting(o -> o.deployment().commitId().equals(g2) && o.failed()).containsExactly(true, false, false, false);
        assertThat(r.outcomes().get(0).reasons()).containsExactly("rolled back by " + g4.substring(0, 7));
        Map<String, KpiValue> v = byId(r.kpis());
        assertThat(v.get("deployment-frequency").value()).isEqualTo(0.31);       // 4 / (90 / 7)
        assertThat(v.get("change-failure-rate").value()).isEqualTo(25.0);
        assertThat(v.get("change-failure-rate").estimatedFrom()).endsWith("hotfix releases within 48 h, rollbacks");
        assertThat(v.get("failed-deployment-recovery-time").value()).isEqualTo(48.0);
        assertThat(v.get("failed-deployment-recovery-time").band()).isEqualTo("medium");
        // lead: feat: a (written 26 h before 1.1.0) and the notes (24 h before the rollback); deploy commits are 0 h
        assertThat(v.get("change-lead-time").value()).isEqualTo(24.0);
        assertThat(v.get("change-lead-time-p90").value()).isEqualTo(26.0);
    }

    private static String kustomization(String tag) {
        return "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ../../base\nimages:\n"
                + "  - name: ghcr.io/acme/api\n    newTag: \"" + tag + "\"  # the prod version\n";
    }
}
