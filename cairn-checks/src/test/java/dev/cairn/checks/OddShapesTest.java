package dev.cairn.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.checks.image.ImageRegistryAllowlistCheck;
import dev.cairn.checks.k8s.RequiredLabelsCheck;
import dev.cairn.core.check.Check;
import dev.cairn.core.check.CheckRunner;
import dev.cairn.core.check.ConfiguredCheck;
import dev.cairn.core.check.ObjectIndex;
import dev.cairn.core.check.ObjectSummary;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.CheckResult;
import dev.cairn.core.model.CheckStatus;
import dev.cairn.core.yaml.ScalarType;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import dev.cairn.core.yaml.YSeq;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every check on the objects of every check's fixtures with one node swapped for a value of another shape:
 * null, text, a number, a list or a mapping where the schema says otherwise. A manifest in a repository can
 * hold anything, and a check that throws loses its verdict for the whole scan (the runner records it as an
 * error and goes on). One variant per node and shape, so every place a check reads is tried with each shape;
 * the configurable checks run with parameters, so that they judge too.
 */
class OddShapesTest {
    /** A value of each shape in place of {@code node}, at its position. */
    private static final List<Function<YNode, YNode>> SHAPES = List.of(
            node -> new YScalar("", ScalarType.NULL, node.span(), node.pointer()),
            node -> new YScalar("odd", ScalarType.STRING, node.span(), node.pointer()),
            node -> new YScalar("-7", ScalarType.INT, node.span(), node.pointer()),
            node -> new YSeq(List.of(new YScalar("odd", ScalarType.STRING, node.span(), node.pointer() + "/0")),
                    node.span(), node.pointer()),
            node -> {
                YScalar key = new YScalar("odd", ScalarType.STRING, node.span(), node.pointer() + "/odd");
                return new YMap(Map.of("odd", new YEntry(key, new YScalar("odd", ScalarType.STRING, node.span(),
                        node.pointer() + "/odd"))), node.span(), node.pointer());
            });

    @Test
    void noCheckFailsOnAValueOfAnotherShapeAnywhereInAnObject() throws Exception {
        List<K8sObject> variants = new ArrayList<>();
        for (K8sObject object : BuiltInChecksMetaTest.fixtureObjects()) {
            variants.addAll(variants(object));
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
        assertThat(judged).extracting(r -> r.checkId().value()).contains("K8S-031", "K8S-073", "K8S-059", "K8S-074");
    }

    /** The configurable checks with parameters, so that they judge instead of being not applicable. */
    private static ConfiguredCheck configured(Check check) {
        Check configured = switch (check) {
            case ImageRegistryAllowlistCheck c -> c.withParams(new ImageRegistryAllowlistCheck.Params(List.of("ghcr.io/acme")));
            case RequiredLabelsCheck c -> c.withParams(new RequiredLabelsCheck.Params(List.of("owner"), List.of("contact"),
                    List.of("Deployment", "Service", "Pod", "CronJob")));
            default -> check;
        };
        return ConfiguredCheck.withDefaults(configured);
    }

    /** The object once for each node below its root and each shape, that node replaced; objects still lifted only. */
    private static List<K8sObject> variants(K8sObject object) {
        List<K8sObject> out = new ArrayList<>();
        int nodes = count(object.root());
        for (int target = 1; target < nodes; target++) {
            for (Function<YNode, YNode> shape : SHAPES) {
                YNode root = new Replacer(target, shape).visit(object.root());
                if (root instanceof YMap map) {
                    K8sObject.from(object.path(), object.document(), map, object.variant()).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private static int count(YNode node) {
        return 1 + switch (node) {
            case YMap m -> m.entries().stream().mapToInt(e -> count(e.value())).sum();
            case YSeq s -> s.items().stream().mapToInt(OddShapesTest::count).sum();
            case YScalar s -> 0;
        };
    }

    /** Rebuilds the path down to the node numbered {@code target} in pre-order, and shares every other node. */
    private static final class Replacer {
        private final Function<YNode, YNode> shape;
        private int remaining;

        Replacer(int target, Function<YNode, YNode> shape) {
            this.remaining = target;
            this.shape = shape;
        }

        YNode visit(YNode node) {
            if (remaining < 0) {
                return node;
            }
            if (remaining-- == 0) {
                return shape.apply(node);
            }
            return switch (node) {
                case YMap m -> {
                    Map<String, YEntry> entries = new LinkedHashMap<>();
                    boolean changed = false;
                    for (YEntry e : m.entries()) {
                        YNode value = visit(e.value());
                        changed |= value != e.value();
                        entries.put(e.key().text(), value == e.value() ? e : new YEntry(e.key(), value));
                    }
                    yield changed ? new YMap(entries, m.span(), m.pointer()) : m;
                }
                case YSeq s -> {
                    List<YNode> items = new ArrayList<>();
                    boolean changed = false;
                    for (YNode item : s.items()) {
                        YNode value = visit(item);
                        changed |= value != item;
                        items.add(value);
                    }
                    yield changed ? new YSeq(items, s.span(), s.pointer()) : s;
                }
                case YScalar s -> s;
            };
        }
    }
}
