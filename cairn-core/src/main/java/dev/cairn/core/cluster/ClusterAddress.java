package dev.cairn.core.cluster;

import dev.cairn.core.model.ObjectRef;
import dev.cairn.core.model.SourcePath;

/**
 * Where an object read from a cluster is reported, since it has no file and no line:
 * {@code cluster://<context>/<namespace>/<kind>/<name>} ({@code cluster://<context>/<kind>/<name>} for
 * cluster-scoped objects), and {@code cluster://<context>} for the cluster as a whole. The JSON Pointer of
 * a location says which field. A context or name that would read as a path step ({@code ..}, a slash) is
 * escaped, so an address never leaves its cluster.
 */
public final class ClusterAddress {
    public static final String SCHEME = "cluster://";

    private ClusterAddress() {}

    public static SourcePath of(String context) {
        return SourcePath.of(SCHEME + segment(context));
    }

    public static SourcePath of(String context, ObjectRef object) {
        String namespace = object.namespace() == null || object.namespace().isEmpty() ? "" : segment(object.namespace()) + "/";
        return SourcePath.of(SCHEME + segment(context) + "/" + namespace + segment(object.kind()) + "/" + segment(object.name()));
    }

    public static boolean isCluster(SourcePath path) {
        return path.value().startsWith(SCHEME);
    }

    /** Percent-encodes what would split or climb a path: {@code /}, {@code \}, {@code %} and a lone {@code ..}. */
    private static String segment(String raw) {
        String s = raw.replace("%", "%25").replace("/", "%2F").replace("\\", "%5C");
        return s.equals("..") ? "%2E%2E" : s.isEmpty() ? "%20" : s;
    }
}
