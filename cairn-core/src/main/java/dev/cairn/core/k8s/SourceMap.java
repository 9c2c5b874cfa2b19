package dev.cairn.core.k8s;

import dev.cairn.core.model.Location;
import dev.cairn.core.yaml.YNode;

/**
 * Where the nodes of a rendered object (kustomize or Helm output) are written in the repository: the file
 * and line a person edits, never the renderer's output. Raw objects have none; their nodes are their source.
 */
public interface SourceMap {
    /** The object's own start in its source file. */
    Location object();

    /**
     * Where a node of the rendered object is set: the source file's node for the same field, a patch or a
     * values file that set it, else the nearest existing parent, else {@link #object()}. Never null.
     *
     * @param entry true when the finding covers {@code key: value} rather than the value alone
     */
    Location locate(YNode node, boolean entry);
}
