package dev.cairn.core.cluster;

import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.Note;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import java.util.List;
import java.util.Set;

/**
 * What was read from a cluster, live or from a snapshot file: every object (with status, which the
 * cluster-only checks and the live criteria read), notes on what could not be read, and the kinds that
 * could not be listed. Each object's
 * nodes are placed by a {@link ClusterSourceMap}.
 */
public record ClusterSnapshot(ClusterInfo info, List<K8sObject> objects, List<Note> notes, Set<String> kindsNotRead) {
    /** The label Kubernetes puts on the RBAC objects it creates itself at start-up. */
    public static final String BOOTSTRAP_LABEL = "kubernetes.io/bootstrapping";

    public ClusterSnapshot {
        objects = List.copyOf(objects);
        notes = List.copyOf(notes);
        kindsNotRead = Set.copyOf(kindsNotRead);
    }

    /**
     * Whether every kind was read. When one was not, absence proves nothing: "no NetworkPolicy selects this
     * Deployment" may only mean that NetworkPolicies could not be listed.
     */
    public boolean complete() {
        return kindsNotRead.isEmpty();
    }

    /** {@code cluster://<context>}: where findings about the cluster as a whole are reported. */
    public SourcePath address() {
        return ClusterAddress.of(info.context());
    }

    public Location location() {
        return new Location(address(), null, "", null);
    }

    public List<K8sObject> ofKind(String kind) {
        return objects.stream().filter(o -> o.kind().equals(kind)).toList();
    }

    /**
     * The objects the manifest checks judge: what a team declares. A Pod, ReplicaSet or Job that a
     * controller made would repeat its controller's findings, so only objects without a controlling owner
     * count (bare pods do); Kubernetes' own bootstrap roles and bindings are not the team's to change.
     */
    public List<K8sObject> judged() {
        return objects.stream().filter(o -> !controlled(o) && !bootstrap(o)).toList();
    }

    /** Whether an owner reference marks a controller, as Deployments mark their ReplicaSets. */
    public static boolean controlled(K8sObject object) {
        return object.metadata().flatMap(m -> m.seq("ownerReferences")).stream()
                .flatMap(s -> s.items().stream())
                .map(YNode::asMap).flatMap(java.util.Optional::stream)
                .anyMatch(ref -> ref.scalar("controller").map(YScalar::isTrue).orElse(false));
    }

    private static boolean bootstrap(K8sObject object) {
        return object.ref().apiVersion().startsWith("rbac.authorization.k8s.io/")
                && "rbac-defaults".equals(object.labels().get(BOOTSTRAP_LABEL));
    }

    /** Where a node of one of these objects is reported. */
    public static Location locate(K8sObject object, YNode node) {
        return object.sourceMap().locate(node, false);
    }
}
