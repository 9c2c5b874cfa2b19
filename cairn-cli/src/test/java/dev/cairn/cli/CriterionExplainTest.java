package dev.cairn.cli;

import static dev.cairn.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.checks.BuiltInChecks;
import dev.cairn.core.check.Check;
import dev.cairn.maturity.catalog.Catalog;
import dev.cairn.maturity.catalog.Criterion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code cairn checks explain} with a criterion id: the criterion, its evidence, questions, lesson and checks. */
class CriterionExplainTest {
    private static final Catalog CATALOG = Catalog.level1();

    @Test
    void explainsACriterionWithItsQuestionsInOrder() {
        Criterion slo = CATALOG.criterion("POL-6").orElseThrow();
        Cli.Run r = run("checks", "explain", "POL-6");

        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo(String.join("\n",
                "POL-6 · Policy · core · modes R Q · hybrid",
                "Draft SLOs and compliance priorities exist",
                "",
                slo.criterion(),
                "",
                "## How cairn looks for it",
                "",
                slo.evidence(),
                "",
                "## Questions",
                "",
                "Answer yes, partial, no or not-applicable under 'answers:' in .cairn/assessment.yaml.",
                "",
                "- POL-6.slos: " + slo.questions().get(0).text(),
                "  " + slo.questions().get(0).help(),
                "- POL-6.compliance-priorities: " + slo.questions().get(1).text(),
                "  " + slo.questions().get(1).help(),
                "",
                "## Why it matters",
                "",
                slo.learn(),
                "",
                "## Checks that serve it",
                "",
                "No built-in check serves this criterion.",
                ""));
        assertThat(slo.evidence()).contains("OpenSLO");
    }

    @Test
    void listsTheChecksThatCiteTheCriterion() {
        Cli.Run r = run("checks", "explain", "POL-2");

        assertThat(r.exit()).isZero();
        assertThat(checksSection(r.out())).containsExactly(
                "- CAIRN-002 expired-waiver · medium · Waiver in .cairn.yaml has expired",
                "- CAIRN-003 suppression-without-reason · low · Suppression annotation gives no reason");
        assertThat(r.out()).contains("\n- POL-2.review: ").contains("\n- POL-2.exemptions: ").contains("\n## At Level 2\n");
    }

    @Test
    void namesTheScorecardChecksThatJudgeTheSamePractice() {
        Cli.Run r = run("checks", "explain", "TEC-28");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).endsWith("\n## In OpenSSF Scorecard\n\nThe same practice is judged by Token-Permissions,"
                + " Pinned-Dependencies, Dangerous-Workflow.\n");
        assertThat(run("checks", "explain", "TEC-8").out()).doesNotContain("Scorecard");
    }

    @Test
    void listsEveryCheckOfTec8InCatalogOrder() {
        Cli.Run r = run("checks", "explain", "tec-8");

        assertThat(r.exit()).isZero();
        List<String> expected = BuiltInChecks.registry().all().stream().map(Check::spec)
                .filter(s -> s.criteria().contains("TEC-8"))
                .map(s -> "- " + s.id() + " " + s.slug() + " · " + s.severity().id() + " · " + s.title()).toList();
        assertThat(expected).hasSizeGreaterThan(20);
        assertThat(checksSection(r.out())).containsExactlyElementsOf(expected)
                .contains("- K8S-003 run-as-non-root · high · " + BuiltInChecks.registry().find("K8S-003").orElseThrow().spec().title());
        assertThat(r.out()).startsWith("TEC-8 · Technology · core · modes R M L · auto\nContainers run without privileges\n")
                .doesNotContain("## Question");
        assertThat(r.out()).isEqualTo(run("checks", "explain", "TEC-8").out());
    }

    @Test
    void optionalCriteriaSayHowToOptIn() {
        Cli.Run r = run("checks", "explain", "TEC-34");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("TEC-34 · Technology · optional · modes M Q · hybrid\n")
                .contains("\nOptional: not applicable unless the team opts in with 'optIn: [ai]' in .cairn/assessment.yaml.\n");
    }

    @Test
    void aCriterionIdOutsideTheCatalogIsAUsageError() {
        Cli.Run r = run("checks", "explain", "PEO-13");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith(
                "cairn: no check or criterion 'PEO-13': 'cairn checks list' shows every check, docs/criteria every criterion\n");
    }

    private static List<String> checksSection(String out) {
        String section = out.substring(out.indexOf("## Checks that serve it\n\n") + "## Checks that serve it\n\n".length());
        int next = section.indexOf("\n## ");
        return (next < 0 ? section : section.substring(0, next)).lines().filter(l -> !l.isEmpty()).toList();
    }
}
