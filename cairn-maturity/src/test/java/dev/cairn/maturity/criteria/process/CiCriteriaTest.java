package dev.cairn.maturity.criteria.process;

import static dev.cairn.maturity.criteria.process.CiEvidence.evidence;
import static dev.cairn.maturity.criteria.process.CiEvidence.run;
import static dev.cairn.maturity.criteria.process.CiEvidence.uses;
import static dev.cairn.maturity.criteria.process.CiEvidence.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.ci.Trigger;
import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Outcome;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.assess.Strength;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CI criteria on hand-built workflows whose steps the real classifier judged. */
class CiCriteriaTest {
    private static final String CI = ".github/workflows/ci.yml";
    private static final List<String> ON_CHANGE = List.of(Trigger.PUSH, Trigger.PULL_REQUEST);

    private static List<String> where(Observation o) {
        return o.evidence().stream().map(EvidenceItem::location)
                .map(l -> l.path().value() + (l.span() == null ? "" : ":" + l.span().startLine())).toList();
    }

    private static Observation observe(Evaluator e, List<Pipeline> pipelines, String... files) {
        return e.observe(evidence(pipelines, files));
    }

    @Test
    void prc8BuildsOnEveryChangeOnlyOnTagsOrNotAtAll() {
        Evaluator e = new ContinuousBuildEvaluator();
        Observation met = observe(e, List.of(workflow("ci", ON_CHANGE, run(CI, 12, "./mvnw -B verify"))));
        assertThat(met.outcome()).isEqualTo(Outcome.MET);
        assertThat(met.summary()).isEqualTo(".github/workflows/ci.yml builds the application on every push and pull request");
        assertThat(where(met)).containsExactly(".github/workflows/ci.yml:12");

        Observation tagsOnly = observe(e, List.of(workflow("release", List.of(Trigger.TAG), run(".github/workflows/release.yml", 9, "go build ./..."))));
        assertThat(tagsOnly.outcome()).isEqualTo(Outcome.PARTIAL);

        Observation lintOnly = observe(e, List.of(workflow("lint", ON_CHANGE, run(".github/workflows/lint.yml", 9, "echo hello"))));
        assertThat(lintOnly.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(observe(e, List.of()).outcome()).isEqualTo(Outcome.NOT_MET);

        String example = "examples/shop/.github/workflows/ci.yml"; // GitHub never runs it
        Observation exampleOnly = observe(e, List.of(CiEvidence.workflowAt(example, ON_CHANGE, run(example, 12, "./mvnw -B verify"))));
        assertThat(exampleOnly.outcome()).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void prc9TestsWithAnalysisFromTheCiOrFromTheBuildsPlugins() {
        Evaluator e = new CiTestsAndAnalysisEvaluator();
        Pipeline tests = workflow("ci", ON_CHANGE, run(CI, 12, "./mvnw -B verify"));
        Observation testsOnly = observe(e, List.of(tests));
        assertThat(testsOnly.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(testsOnly.summary()).startsWith(".github/workflows/ci.yml runs the tests on every change, but no static analysis");

        Observation withPlugin = observe(e, List.of(tests), "pom.xml",
                CiEvidence.lines("<project>", "  <build><plugins>", "    <plugin><artifactId>maven-checkstyle-plugin</artifactId></plugin>"));
        assertThat(withPlugin.outcome()).isEqualTo(Outcome.MET);
        assertThat(where(withPlugin)).containsExactly(".github/workflows/ci.yml:12", "pom.xml:3");

        Observation both = observe(e, List.of(workflow("ci", ON_CHANGE, run(CI, 12, "go test ./..."), run(CI, 14, "golangci-lint run"))));
        assertThat(both.outcome()).isEqualTo(Outcome.MET);

        Observation nightly = observe(e, List.of(workflow("nightly", List.of(Trigger.SCHEDULE), run(".github/workflows/nightly.yml", 8, "go test ./..."))));
        assertThat(nightly.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(nightly.summary()).contains("not on every push or pull request");
    }

    @Test
    void prc3NotificationIsAHint() {
        Evaluator e = new FailureNotificationEvaluator();
        Observation slack = observe(e, List.of(workflow("ci", ON_CHANGE, run(CI, 12, "make build"),
                uses(CI, 20, "slackapi/slack-github-action@v2", Map.of("webhook-type", "incoming-webhook")))));
        assertThat(slack.outcome()).isEqualTo(Outcome.MET);
        assertThat(slack.strength()).isEqualTo(Strength.HINT);
        assertThat(where(slack)).containsExactly(".github/workflows/ci.yml:20");
        Observation silent = observe(e, List.of(workflow("ci", ON_CHANGE, run(CI, 12, "make build"))));
        assertThat(silent.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(observe(e, List.of()).outcome()).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void prc10DeploysFromCiJobsMakefilesOrOnlyFromDocuments() {
        Evaluator e = new ScriptedDeploymentEvaluator();
        Observation ci = observe(e, List.of(workflow("deploy", List.of(Trigger.MANUAL), run(".github/workflows/deploy.yml", 30,
                "kubectl apply -k deploy/overlays/staging"))));
        assertThat(ci.outcome()).isEqualTo(Outcome.MET);
        assertThat(where(ci)).containsExactly(".github/workflows/deploy.yml:30");

        Observation make = observe(e, List.of(), "Makefile", CiEvidence.lines("deploy-staging:",
                "\t# apply the staging overlay", "\t@kubectl apply -k deploy/overlays/staging"));
        assertThat(make.outcome()).isEqualTo(Outcome.MET);
        assertThat(where(make)).containsExactly("Makefile:3");

        Observation documented = observe(e, List.of(), "README.md", CiEvidence.lines("# shop", "", "    $ helm upgrade --install shop charts/shop"));
        assertThat(documented.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(where(documented)).containsExactly("README.md:3");
        assertThat(observe(e, List.of(), "README.md", "# shop").outcome()).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void prc12EarlyChecksOnEveryChangeOrInPreCommit() {
        Evaluator e = new EarlySecurityChecksEvaluator();
        Observation gitleaks = observe(e, List.of(workflow("ci", ON_CHANGE, uses(CI, 15, "gitleaks/gitleaks-action@v2", Map.of()))));
        assertThat(gitleaks.outcome()).isEqualTo(Outcome.MET);
        assertThat(gitleaks.summary()).isEqualTo("secret scanning runs on every change (.github/workflows/ci.yml)");
        Observation weekly = observe(e, List.of(workflow("weekly", List.of(Trigger.SCHEDULE), run(".github/workflows/weekly.yml", 9, "osv-scanner -r ."))));
        assertThat(weekly.outcome()).isEqualTo(Outcome.PARTIAL);
        Observation hook = observe(e, List.of(), ".pre-commit-config.yaml", CiEvidence.lines("repos:",
                "  - repo: https://github.com/gitleaks/gitleaks", "    rev: v8.21.2", "    hooks:", "      - id: gitleaks"));
        assertThat(hook.outcome()).isEqualTo(Outcome.MET);
        assertThat(where(hook)).startsWith(".pre-commit-config.yaml:2");
        Observation imageOnly = observe(e, List.of(workflow("ci", ON_CHANGE, run(CI, 20, "trivy image ghcr.io/acme/shop:1.0.0"))));
        assertThat(imageOnly.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(imageOnly.summary()).startsWith("only image or configuration scans");
    }

    @Test
    void prc13ImagesAndConfiguration() {
        Evaluator e = new CiImageAndConfigScansEvaluator();
        Observation both = observe(e, List.of(workflow("ci", ON_CHANGE, run(CI, 20, "trivy image ghcr.io/acme/shop:1.0.0"),
                run(CI, 22, "trivy config deploy/"))));
        assertThat(both.outcome()).isEqualTo(Outcome.MET);
        assertThat(where(both)).containsExactly(".github/workflows/ci.yml:20", ".github/workflows/ci.yml:22");
        Observation image = observe(e, List.of(workflow("ci", ON_CHANGE, run(CI, 20, "grype ghcr.io/acme/shop:1.0.0"))));
        assertThat(image.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(observe(e, List.of()).outcome()).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void prc14SbomFromCiPluginOrOnlyLockfiles() {
        Evaluator e = new SoftwareBillOfMaterialsEvaluator();
        Observation syft = observe(e, List.of(workflow("ci", ON_CHANGE, run(CI, 25, "syft ghcr.io/acme/shop:1.0.0 -o cyclonedx-json > sbom.cdx.json"))));
        assertThat(syft.outcome()).isEqualTo(Outcome.MET);
        assertThat(syft.summary()).isEqualTo("CI produces an SBOM (.github/workflows/ci.yml)");
        Observation lock = observe(e, List.of(), "package-lock.json", "{}");
        assertThat(lock.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(where(lock)).containsExactly("package-lock.json");
    }

    @Test
    void pol5KubescapeFrameworkScanInCiMapsControls() {
        Evaluator e = new dev.cairn.maturity.criteria.policy.ComplianceControlsMappingEvaluator();
        Observation nsa = observe(e, List.of(workflow("ci", ON_CHANGE, run(CI, 18, "kubescape scan framework nsa deploy/"))));
        assertThat(nsa.outcome()).isEqualTo(Outcome.MET);
        assertThat(where(nsa)).containsExactly(".github/workflows/ci.yml:18");
        Observation lintOnly = observe(e, List.of(workflow("ci", ON_CHANGE, run(CI, 18, "kube-linter lint deploy/"))));
        assertThat(lintOnly.outcome()).isEqualTo(Outcome.NOT_MET);
    }
}
