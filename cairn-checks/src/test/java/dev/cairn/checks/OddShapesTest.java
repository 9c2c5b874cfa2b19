package dev.cairn.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.checks.image.ImageRegistryAllowlistCheck;
import dev.cairn.checks.k8s.RequiredLabelsCheck;
import dev.cairn.checks.k8s.ResourceCeilingCheck;
import dev.cairn.core.check.Check;
import dev.cairn.core.check.CheckRunner;
import dev.cairn.core.check.ConfiguredCheck;
import dev.cairn.core.check.ObjectIndex;
import dev.cairn.core.check.ObjectSummary;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.CheckResult;
import dev.cairn.core.model.CheckStatus;
import dev.cairn.testkit.OddShapes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every check on the objects of every check's fixtures with one node swapped for a value of another shape:
 * null, text, a number, a list or a mapping where the schema says otherwise. A manifest in a repository can
 * hold anything, and a check that throws loses its verdict for the whole scan (the runner records it as an
 * error and goes on). One variant per node and shape, so every place a check reads is tried with each shape;
 * the configurable checks run with parameters, so that they judge too.
 */
class OddShapesTest {
    @Test
    void noCheckFailsOnAValueOfAnotherShapeAnywhereInAnObject() throws Exception {
        List<K8sObject> variants = new ArrayList<>();
        for (K8sObject object : BuiltInChecksMetaTest.fixtureObjects()) {
            variants.addAll(OddShapes.variants(object));
        }
        CheckRunner runner = new CheckRunner(BuiltInChecks.registry().all().stream().map(OddShapesTest::configured).toList());

        List<ObjectSummary> summaries = new ArrayList<>();
        for (K8sObject variant : variants) {
            runner.onObject(variant);
            summaries.add(ObjectSummary.of(variant));
        }
        runner.onIndex(new ObjectIndex(summaries));

        assertThat(variants).hasSizeGreaterThan(10_000);
        List<String> errors = runner.results(List.of()).stream().filter(r -> r.status() == CheckStatus.ERROR)
                .map(r -> r.checkId() + ": " + r.error()).toList();
        assertThat(errors).isEmpty();
        List<CheckResult> judged = runner.results(List.of()).stream().filter(r -> r.status() != CheckStatus.NOT_APPLICABLE).toList();
        assertThat(judged).extracting(r -> r.checkId().value()).contains("K8S-031", "K8S-073", "K8S-077", "K8S-059", "K8S-074");
    }

    /** The configurable checks with parameters, so that they judge instead of being not applicable. */
    private static ConfiguredCheck configured(Check check) {
        Check configured = switch (check) {
            case ImageRegistryAllowlistCheck c -> c.withParams(new ImageRegistryAllowlistCheck.Params(List.of("ghcr.io/acme")));
            case RequiredLabelsCheck c -> c.withParams(new RequiredLabelsCheck.Params(List.of("owner"), List.of("contact"),
                    List.of("Deployment", "Service", "Pod", "CronJob")));
            case ResourceCeilingCheck c -> c.withParams(new ResourceCeilingCheck.Params("1", "1Gi"));
            default -> check;
        };
        return ConfiguredCheck.withDefaults(configured);
    }
}
