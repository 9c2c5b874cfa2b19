package dev.cairn.cli;

import static dev.cairn.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.checks.BuiltInChecks;
import dev.cairn.core.check.Check;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.Equivalent;
import dev.cairn.core.check.Peer;
import dev.cairn.maturity.catalog.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code cairn checks list} and {@code cairn checks explain}: the catalog and the pages that teach. */
class ChecksCommandTest {
    private static final List<CheckSpec> SPECS = BuiltInChecks.registry().all().stream().map(Check::spec).toList();

    @Test
    void listPrintsEveryIdAndSlugOnItsOwnLine() {
        Cli.Run r = run("checks", "list");

        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(SPECS.size() + 2);
        assertThat(lines.get(0)).startsWith("ID ").contains("SLUG").contains("SEVERITY");
        for (int i = 0; i < SPECS.size(); i++) {
            CheckSpec s = SPECS.get(i);
            assertThat(lines.get(i + 1).split(" +")).startsWith(s.id().value(), s.slug(), s.severity().id());
        }
        assertThat(lines.get(lines.size() - 1)).startsWith(SPECS.size() + " checks");
        assertThat(r.out()).contains("K8S-001 ").contains("CAIRN-001 ").contains("K8S-009 ");
    }

    @Test
    void listForAPeerGivesEachOfItsRuleIdsWithTheCheckThatCoversIt() {
        Cli.Run r = run("checks", "list", "--peer", "kube-linter");

        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0).split(" +")).containsExactly("KUBE-LINTER", "CAIRN", "SLUG");
        assertThat(lines).anySatisfy(l -> assertThat(l.split(" +")).containsExactly("dangling-service", "K8S-067", "service-selects-nothing"))
                .anySatisfy(l -> assertThat(l.split(" +")).containsExactly("privileged-container", "K8S-001", "privileged-container"))
                .noneMatch(l -> l.startsWith("DL3024")); // a hadolint rule
        long rules = SPECS.stream().flatMap(s -> s.equivalents().stream()).filter(e -> e.peer() == Peer.KUBE_LINTER).count();
        assertThat(lines).hasSize((int) rules + 2);
        assertThat(lines.getLast()).isEqualTo(rules + " kube-linter rules covered · a rule not listed has no cairn check");
        List<String> ids = lines.subList(1, lines.size() - 1).stream().map(l -> l.split(" +")[0]).toList();
        assertThat(ids).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    void listForScorecardAddsTheCriteriaThatJudgeItsRepositoryChecks() {
        Cli.Run r = run("checks", "list", "--peer", "scorecard");

        assertThat(r.exit()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0).split(" +")).containsExactly("SCORECARD", "CAIRN", "SLUG");
        assertThat(lines).anySatisfy(l -> assertThat(l.split(" +", 3)).containsExactly("Pinned-Dependencies", "DKR-006", "run-curl-pipe-shell"))
                .anySatisfy(l -> assertThat(l.split(" +", 3)).containsExactly("Pinned-Dependencies", "TEC-28",
                        "(criterion) " + Catalog.level1().criterion("TEC-28").orElseThrow().title()))
                .anySatisfy(l -> assertThat(l.split(" +", 3)).containsExactly("Code-Review", "PRC-5",
                        "(criterion) Changes are reviewed before merge"))
                .noneMatch(l -> l.startsWith("Fuzzing")); // no criterion judges it
        long rows = SPECS.stream().flatMap(s -> s.equivalents().stream()).filter(e -> e.peer() == Peer.SCORECARD).count()
                + Catalog.level1().criteria().stream().mapToLong(c -> c.scorecard().size()).sum();
        assertThat(lines).hasSize((int) rows + 2);
        assertThat(lines.getLast()).isEqualTo(rows + " scorecard rules covered · a rule not listed has no cairn check or criterion");
    }

    @Test
    void explainingAConfigurableCheckListsItsParametersWithTheirDefaults() {
        Cli.Run r = run("checks", "explain", "required-labels");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\n## Parameters\n\nSet under checks.params.required-labels in .cairn.yaml:\n"
                + "- labels (default: none)\n- annotations (default: none)\n- kinds (default: [CronJob, DaemonSet, Deployment, Job,"
                + " Pod, PodTemplate, ReplicaSet, ReplicationController, StatefulSet])\n");
        assertThat(run("checks", "explain", "K8S-001").out()).doesNotContain("## Parameters");
    }

    @Test
    void listForAnUnknownPeerIsAUsageErrorThatNamesTheTools() {
        Cli.Run r = run("checks", "list", "--peer", "sonarqube");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("cairn: --peer takes polaris, kube-linter, kube-score, kubescape, checkov, trivy,"
                + " hadolint or scorecard, not 'sonarqube'");
    }

    @Test
    void listAsJsonIsAnArrayWithIdSlugAndEquivalents() {
        Cli.Run r = run("checks", "list", "--format", "json");

        assertThat(r.exit()).isZero();
        JsonNode array = JsonMapper.builder().build().readTree(r.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isEqualTo(SPECS.size());
        for (int i = 0; i < SPECS.size(); i++) {
            CheckSpec s = SPECS.get(i);
            JsonNode o = array.get(i);
            assertThat(o.get("id").asString()).isEqualTo(s.id().value());
            assertThat(o.get("slug").asString()).isEqualTo(s.slug());
            List<String> equivalents = new ArrayList<>();
            o.get("equivalents").forEach(e -> equivalents.add(e.get("tool").asString() + ":" + e.get("id").asString()));
            assertThat(equivalents).containsExactlyElementsOf(s.equivalents().stream()
                    .map(ChecksCommandTest::equivalent).toList());
        }
        JsonNode runAsNonRoot = null;
        for (JsonNode o : array) {
            if (o.get("id").asString().equals("K8S-003")) runAsNonRoot = o;
        }
        assertThat(runAsNonRoot).isNotNull();
        assertThat(runAsNonRoot.get("slug").asString()).isEqualTo("run-as-non-root");
        List<String> peers = new ArrayList<>();
        runAsNonRoot.get("equivalents").forEach(e -> peers.add(e.get("tool").asString() + ":" + e.get("id").asString()));
        assertThat(peers).contains("polaris:runAsRootAllowed", "kube-linter:run-as-non-root", "checkov:CKV_K8S_23");
    }

    private static String equivalent(Equivalent e) {
        return e.peer().name().toLowerCase(Locale.ROOT).replace('_', '-') + ":" + e.id();
    }

    @Test
    void listWithAnUnknownFormatIsAUsageError() {
        Cli.Run r = run("checks", "list", "--format", "yaml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("cairn: --format takes text or json, not 'yaml'\n");
    }

    @Test
    void explainBySlugAndByIdPrintsTheSamePage() {
        Cli.Run bySlug = run("checks", "explain", "run-as-non-root");
        Cli.Run byId = run("checks", "explain", "K8S-003");
        Cli.Run byLowerCaseId = run("checks", "explain", "k8s-003");

        assertThat(bySlug.exit()).isZero();
        assertThat(byId.exit()).isZero();
        assertThat(bySlug.err()).isEmpty();
        assertThat(byId.out()).isEqualTo(bySlug.out()).isEqualTo(byLowerCaseId.out());
        assertThat(byId.out().lines().findFirst().orElseThrow()).startsWith("K8S-003 run-as-non-root · high · ");
        assertThat(byId.out()).contains("\n## Rationale\n").contains("\n## Remediation\n").contains("\n## Equivalents\n")
                .contains("- polaris: runAsRootAllowed");
    }

    @Test
    void explainOfAnUnknownCheckNamesTheListCommand() {
        Cli.Run r = run("checks", "explain", "K8S-999");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith(
                "cairn: no check or criterion 'K8S-999': 'cairn checks list' shows every check, docs/criteria every criterion\n");
    }

    @Test
    void checksWithoutSubcommandAndVersion() {
        Cli.Run none = run("checks");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).startsWith("cairn: missing subcommand: try 'cairn checks list' or 'cairn checks explain K8S-001'");

        Cli.Run version = run("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).isEqualTo("cairn " + Version.current() + " (ruleset " + BuiltInChecks.RULESET_VERSION + ")\n");
    }
}
