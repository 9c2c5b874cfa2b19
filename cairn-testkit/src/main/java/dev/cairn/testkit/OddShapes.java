package dev.cairn.testkit;

import dev.cairn.core.k8s.K8sObject;
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

/**
 * Objects with one node swapped for a value of another shape: null, text, a number, a list or a mapping where
 * the schema says otherwise. A manifest in a repository can hold anything; code that reads objects is tried on
 * every such variant of real objects, one per node and shape, so that every place it reads meets each shape.
 */
public final class OddShapes {
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

    private OddShapes() {}

    /** The object once for each node below its root and each shape, that node replaced; objects still lifted only. */
    public static List<K8sObject> variants(K8sObject object) {
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
            case YSeq s -> s.items().stream().mapToInt(OddShapes::count).sum();
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
