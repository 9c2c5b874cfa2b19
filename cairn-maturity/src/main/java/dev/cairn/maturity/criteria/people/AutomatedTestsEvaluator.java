package dev.cairn.maturity.criteria.people;

import dev.cairn.core.history.Commit;
import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.criteria.GitActivity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * PEO-7: the candidate application has automated tests in its repository. Test and application code are
 * told apart by path ({@link CodeFiles}); a test runner configured in the build (Maven Surefire or Failsafe,
 * a test dependency, Gradle's {@code test} task, an npm {@code test} script, pytest) is shown as evidence.
 * With git, the people's commits of the last {@value #DAYS} days that change code show whether tests are kept
 * up with it.
 * <ul>
 *   <li>UNKNOWN: no source code at all (e.g. a repository of manifests only): the application lives elsewhere;</li>
 *   <li>NOT_MET: source code but no test file;</li>
 *   <li>PARTIAL: fewer than one test file per {@value #FILES_PER_TEST} application files, or at least
 *       {@value #MIN_COMMITS} commits changed code in the window and none of them changed a test;</li>
 *   <li>MET: otherwise.</li>
 * </ul>
 */
public final class AutomatedTestsEvaluator implements Evaluator {
    static final int DAYS = 180;
    /** One test file per this many application files is the least that reads as "tested". */
    static final int FILES_PER_TEST = 20;
    /** Fewer code commits than this say nothing about whether tests change with the code. */
    static final int MIN_COMMITS = 5;
    private static final Pattern RUNNER = Pattern.compile(
            "maven-surefire-plugin|maven-failsafe-plugin|<artifactId>(junit-jupiter|junit|testng|spock-core)</artifactId>"
            + "|useJUnitPlatform|testImplementation|\"test\"\\s*:\\s*\"(?!echo \\\\\"Error: no test specified)"
            + "|\\[tool\\.pytest|^pytest\\b");
    private static final String[] BUILD_FILES = {"pom.xml", "build.gradle", "build.gradle.kts", "package.json",
            "pyproject.toml", "requirements*.txt"};

    @Override
    public String criterion() {
        return "PEO-7";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        List<SourcePath> tests = evidence.files().paths().stream().filter(p -> CodeFiles.isTest(p.value())).toList();
        long application = evidence.files().paths().stream().filter(p -> CodeFiles.isApplication(p.value())).count();
        if (tests.isEmpty() && application == 0) {
            return Observation.unknown("no application source code in this repository: the tests of the candidate app"
                    + " live with its code");
        }
        if (tests.isEmpty()) {
            return Observation.notMet("no automated tests found for " + application + " source files: add unit tests"
                    + " the build runs (e.g. src/test/java, *_test.go, test_*.py, *.spec.ts)");
        }
        List<EvidenceItem> items = new ArrayList<>();
        tests.stream().limit(3).forEach(p -> items.add(EvidenceItem.file(Location.file(p), "test code")));
        Optional<TextMatch> runner = evidence.files().find(RUNNER, BUILD_FILES);
        runner.ifPresent(m -> items.add(EvidenceItem.file(m.location(), "test runner configured: " + m.text().strip())));
        String counted = tests.size() + (tests.size() == 1 ? " test file" : " test files") + " for " + application
                + " application source files";
        if (tests.size() * FILES_PER_TEST < application) {
            return Observation.partial("only " + counted + ": cover more of the code with automated tests", items);
        }
        Optional<GitActivity> code = evidence.git().map(h -> GitActivity.of(h, evidence.today(), DAYS).touching(CodeFiles::isCode));
        if (code.isEmpty() || code.get().commits().size() < MIN_COMMITS) {
            return Observation.met(counted, items);
        }
        List<Commit> changes = code.get().commits();
        List<Commit> withTests = changes.stream().filter(c -> c.paths().stream().anyMatch(CodeFiles::isTest)).toList();
        String share = withTests.size() + " of " + changes.size() + " commits that changed code in the last " + DAYS
                + " days (" + Math.round(100.0 * withTests.size() / changes.size()) + "%) changed tests";
        if (withTests.isEmpty()) {
            changes.stream().limit(3).forEach(c -> items.add(EvidenceItem.commit(c.id(), c.subject() + " (no test changed)")));
            return Observation.partial(counted + ", but none of the " + changes.size() + " commits that changed code in the last "
                    + DAYS + " days changed a test: keep tests up with the code", items);
        }
        items.add(EvidenceItem.commit(withTests.get(0).id(), withTests.get(0).subject() + " (changed tests)"));
        return Observation.met(counted + "; " + share, items);
    }
}
