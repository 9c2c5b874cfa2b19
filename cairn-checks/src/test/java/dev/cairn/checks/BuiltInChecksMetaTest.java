package dev.cairn.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.check.Check;
import dev.cairn.core.check.ObjectCheck;
import dev.cairn.core.check.ParameterizedCheck;
import dev.cairn.core.config.CairnConfig;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.ingest.discovery.DiscoveredFile;
import dev.cairn.ingest.discovery.Discovery;
import dev.cairn.ingest.manifest.ManifestReader;
import dev.cairn.ingest.yaml.YamlLimits;
import dev.cairn.maturity.catalog.Catalog;
import dev.cairn.testkit.Fixture;
import dev.cairn.testkit.FixtureKind;
import dev.cairn.testkit.FixtureRunner;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /**
     * The runner asks {@code appliesTo} only of the kinds a check names, so a check must name every kind it
     * can apply to: tried on every object of every check's fixtures.
     */
    @TestFactory
    Stream<DynamicTest> aCheckThatNamesItsKindsAppliesToNoOtherKind() throws Exception {
        List<K8sObject> objects = fixtureObjects();
        return CHECKS.stream().filter(c -> c instanceof ObjectCheck o && !o.kinds().isEmpty()).map(c -> DynamicTest.dynamicTest(
                c.spec().id().value(), () -> {
                    ObjectCheck check = (ObjectCheck) c;
                    List<String> applied = objects.stream().filter(check::appliesTo).map(K8sObject::kind).distinct().toList();
                    assertThat(applied).as("kinds " + check.getClass().getSimpleName() + " applies to").isSubsetOf(check.kinds());
                    if (!(check instanceof ParameterizedCheck<?>)) { // with default parameters it may apply to nothing
                        assertThat(applied).as("kinds " + check.getClass().getSimpleName() + " applies to").isNotEmpty();
                    }
                }));
    }

    /** Every object of every check's fixtures, read as a scan reads them. */
    static List<K8sObject> fixtureObjects() throws Exception {
        Path root = Path.of(BuiltInChecksMetaTest.class.getResource("/dev/cairn/checks").toURI());
        ManifestReader reader = new ManifestReader(YamlLimits.defaults());
        List<K8sObject> objects = new ArrayList<>();
        for (DiscoveredFile file : new Discovery(List.of(), List.of(), CairnConfig.DEFAULT_MAX_FILE_SIZE).discover(root).files()) {
            objects.addAll(reader.read(file).objects());
        }
        assertThat(objects).extracting(K8sObject::kind).contains("Deployment", "Service", "ClusterRole", "RoleBinding", "Secret");
        return objects;
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
