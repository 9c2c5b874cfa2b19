package dev.cairn.core.check;

import dev.cairn.core.model.Location;
import dev.cairn.core.model.ObjectRef;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What a cross-object check judges together. Each render variant (a kustomization, or a chart with one values
 * file) is deployed on its own, so its objects meet each other and the raw manifests, never the objects of
 * another variant: a NetworkPolicy that only the dev overlay adds does not cover the prod overlay's workloads.
 * Raw manifests meet everything, since any of them may be applied beside any variant.
 *
 * @param index   the objects the check sees
 * @param variant the render variant whose objects the check judges here; null for the raw manifests
 */
public record IndexScope(ObjectIndex index, String variant) {
    /**
     * The whole index for the raw manifests, then one scope per render variant, in variant order. An index
     * without rendered objects is a single scope, the index itself.
     */
    public static List<IndexScope> of(ObjectIndex index) {
        TreeSet<String> variants = new TreeSet<>();
        index.objects().forEach(o -> {
            if (o.variant() != null) {
                variants.add(o.variant());
            }
        });
        List<IndexScope> scopes = new ArrayList<>(variants.size() + 1);
        scopes.add(new IndexScope(index, null));
        for (String variant : variants) {
            List<ObjectSummary> seen = index.objects().stream()
                    .filter(o -> o.variant() == null || o.variant().equals(variant)).toList();
            scopes.add(new IndexScope(new ObjectIndex(seen), variant));
        }
        return scopes;
    }

    /** Whether findings about this object belong to this scope: each object is judged in one scope only. */
    public boolean judges(ObjectSummary object) {
        return Objects.equals(object.variant(), variant);
    }

    /** A sink that passes on the findings about the objects this scope judges and drops the rest. */
    FindingSink judging(FindingSink sink) {
        return new FindingSink() {
            @Override
            public void report(YNode node, String message) {
                sink.report(node, message);
            }

            @Override
            public void report(YEntry entry, String message) {
                sink.report(entry, message);
            }

            @Override
            public void report(Location location, ObjectRef object, String message) {
                if (variant == null) { // no summary, so no variant to tell: judged with the raw manifests
                    sink.report(location, object, message);
                }
            }

            @Override
            public void report(ObjectSummary object, String message) {
                if (judges(object)) {
                    sink.report(object, message);
                }
            }

            @Override
            public void report(ObjectSummary object, ObjectSummary.Place at, String message) {
                if (judges(object)) {
                    sink.report(object, at, message);
                }
            }
        };
    }
}
