package dev.cairn.maturity.criteria.process;

import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.ci.StepKind;
import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.criteria.CiPipelines;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * PRC-9: every change runs the automated tests and the team's static analysis. Judged on the pipelines that
 * run on every change (push or pull request): test steps ({@code mvn verify}, {@code gradle check},
 * {@code go test}, {@code pytest}, {@code npm test}) and analysis steps (Sonar, SpotBugs, Checkstyle, PMD,
 * golangci-lint, ESLint, {@code go vet}). Analysis plugins in {@code pom.xml} or a Gradle build count as
 * analysis when such a pipeline runs that build's tests, since the build then runs them. Published test or
 * coverage reports are shown as evidence.
 * <ul>
 *   <li>MET: tests and analysis on every change;</li>
 *   <li>PARTIAL: only one of the two on every change, or both only in pipelines that do not run on every
 *       change;</li>
 *   <li>NOT_MET: no CI pipeline runs tests or analysis.</li>
 * </ul>
 */
public final class CiTestsAndAnalysisEvaluator implements Evaluator {
    private static final Pattern BUILD_ANALYSIS = Pattern.compile("maven-checkstyle-plugin|spotbugs|maven-pmd-plugin|sonar-maven-plugin"
            + "|org\\.sonarqube|error_prone|errorprone|\\bcheckstyle\\b|\\bpmd\\b|detekt|ktlint");

    @Override
    public String criterion() {
        return "PRC-9";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        List<Pipeline> everyChange = CiPipelines.of(evidence).stream().filter(CiPipelines::onEveryChange).toList();
        List<Pipeline> testing = CiPipelines.doing(everyChange, StepKind.UNIT_TEST);
        List<Pipeline> analysing = CiPipelines.doing(everyChange, StepKind.STATIC_ANALYSIS);
        List<EvidenceItem> items = new ArrayList<>(CiPipelines.evidence(testing, StepKind.UNIT_TEST, "tests", 3));
        items.addAll(CiPipelines.evidence(analysing, StepKind.STATIC_ANALYSIS, "static analysis", 3));
        Optional<TextMatch> buildAnalysis = testing.isEmpty() ? Optional.empty()
                : evidence.files().find(BUILD_ANALYSIS, "pom.xml", "build.gradle", "build.gradle.kts");
        buildAnalysis.ifPresent(m -> items.add(EvidenceItem.file(m.location(), "static analysis in the build")));
        items.addAll(CiPipelines.evidence(everyChange, StepKind.TEST_REPORT, "test report", 2));
        items.addAll(CiPipelines.evidence(everyChange, StepKind.COVERAGE, "coverage", 2));
        boolean analysis = !analysing.isEmpty() || buildAnalysis.isPresent();

        if (!testing.isEmpty() && analysis) {
            return Observation.met("every change runs tests and static analysis ("
                    + (analysing.isEmpty() ? buildAnalysis.get().path() : analysing.get(0).path()) + ")", items);
        }
        if (!testing.isEmpty()) {
            return Observation.partial(testing.get(0).path() + " runs the tests on every change, but no static analysis:"
                    + " add the team's linters or Sonar to the pipeline", items);
        }
        if (analysis) {
            return Observation.partial(analysing.get(0).path() + " runs static analysis on every change, but no tests:"
                    + " run the automated tests in the pipeline", items);
        }
        List<Pipeline> elsewhere = CiPipelines.doing(CiPipelines.of(evidence), StepKind.UNIT_TEST, StepKind.STATIC_ANALYSIS);
        if (!elsewhere.isEmpty()) {
            return Observation.partial(elsewhere.get(0).path() + " runs tests or analysis, but not on every push or pull"
                    + " request", CiPipelines.evidence(elsewhere, StepKind.UNIT_TEST, "tests", 3));
        }
        return Observation.notMet(CiPipelines.of(evidence).isEmpty() ? "no CI pipeline runs the tests or static analysis"
                : "the CI pipelines run no tests or static analysis: add them to the pipeline that runs on every change");
    }
}
