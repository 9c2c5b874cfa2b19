package dev.cairn.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.check.Check;
import dev.cairn.maturity.catalog.Catalog;
import dev.cairn.testkit.Fixture;
import dev.cairn.testkit.FixtureKind;
import dev.cairn.testkit.FixtureRunner;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** What every check must carry besides its logic (checkstyle's AllChecksTest). */
class BuiltInChecksMetaTest {
    private static final List<Check> CHECKS = BuiltInChecks.registry().all();

    @Test
    void theFoundationChecksKeepTheirIds() {
        assertThat(CHECKS).extracting(c -> c.spec().id().value()).isSorted().doesNotHaveDuplicates().contains(
                "CAIRN-001", "K8S-001", "K8S-002", "K8S-003", "K8S-004", "K8S-005", "K8S-006", "K8S-007", "K8S-008",
                "K8S-009");
    }

    @TestFactory
    Stream<DynamicTest> everyCheckHasPassAndFailFixtures() {
        return CHECKS.stream().map(check -> DynamicTest.dynamicTest(check.spec().id().value(), () -> {
            List<FixtureKind> kinds = FixtureRunner.fixtures(check).stream().map(Fixture::kind).toList();
            assertThat(kinds).as("fixtures of " + check.getClass().getSimpleName()).contains(FixtureKind.PASS, FixtureKind.FAIL);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyCheckHasAPageWithRationaleAndRemediation() {
        return CHECKS.stream().map(check -> DynamicTest.dynamicTest(check.spec().id().value(), () -> {
            String page = CheckPages.of(check).orElse("");
            assertThat(page).as(check.getClass().getSimpleName() + ".md")
                    .contains("## Rationale\n").contains("## Remediation\n");
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyCheckNamesItsClassAfterSubjectAndPropertyAndServesACriterion() {
        return CHECKS.stream().map(check -> DynamicTest.dynamicTest(check.spec().id().value(), () -> {
            assertThat(check.getClass().getSimpleName()).endsWith("Check");
            assertThat(check.spec().criteria()).as("criteria of " + check.spec().id()).isNotEmpty();
            for (String id : check.spec().criteria()) {
                // The check's aspect is the aspect of the criteria it serves, so reports group them together.
                assertThat(Catalog.level1().criterion(id)).as(id + " in the criteria catalog")
                        .hasValueSatisfying(c -> assertThat(c.aspect()).isEqualTo(check.spec().aspect()));
            }
        }));
    }

    @Test
    void slugsAndIdsAreUniqueAndLookupsWorkBothWays() {
        var registry = BuiltInChecks.registry();
        for (Check check : registry.all()) {
            assertThat(registry.find(check.spec().slug())).containsSame(check);
            assertThat(registry.find(check.spec().id().value().toLowerCase())).containsSame(check);
        }
        assertThat(registry.find("no-such-check")).isEmpty();
    }
}
