package dev.cairn.core.cluster;

import dev.cairn.core.k8s.SourceMap;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;

/**
 * Places the nodes of an object read from a cluster at its {@link ClusterAddress} with the field's JSON
 * Pointer relative to the object, never at a line: a live object has no lines, and a snapshot's lines are
 * not where anyone fixes anything. So a live scan and a scan of its snapshot give the same locations.
 */
public record ClusterSourceMap(SourcePath address, YMap objectRoot) implements SourceMap {
    @Override
    public Location object() {
        return new Location(address, null, "", null);
    }

    @Override
    public Location locate(YNode node, boolean entry) {
        return new Location(address, null, relative(node.pointer()), null);
    }

    /** The pointer of a node of this object, from the object's root rather than the snapshot's. */
    public String relative(String pointer) {
        String prefix = objectRoot.pointer();
        return pointer.startsWith(prefix) ? pointer.substring(prefix.length()) : pointer;
    }
}
