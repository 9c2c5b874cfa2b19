package dev.cairn.maturity.criteria.technology;

import dev.cairn.maturity.assess.manifest.ObjectFacts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One object per declaration: a kustomize base rendered through three overlays gives three objects with the
 * same kind, name and source position (only their namespaces differ), which counts as one for "how many
 * workloads does the app have".
 */
final class UniqueObjects {
    private UniqueObjects() {}

    static List<ObjectFacts> of(List<ObjectFacts> objects) {
        Map<String, ObjectFacts> first = new LinkedHashMap<>();
        for (ObjectFacts o : objects) {
            String line = o.location().span() == null ? "" : String.valueOf(o.location().span().startLine());
            first.putIfAbsent(o.kind() + "/" + o.ref().name() + "@" + o.location().path().value() + ":" + line
                    + "#" + o.location().document(), o);
        }
        return List.copyOf(first.values());
    }
}
