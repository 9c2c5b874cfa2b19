package dev.cairn.engine;

import dev.cairn.core.check.CheckRunner;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.ObjectIndex;
import dev.cairn.core.check.ObjectSummary;
import dev.cairn.core.cluster.ClusterSnapshot;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Finding;
import dev.cairn.core.model.Note;
import dev.cairn.core.model.NoteKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Judges what was read from a cluster: the manifest checks on the objects a team declares (not the pods
 * and ReplicaSets their controllers made), the cross-object checks over the cluster's own index (never
 * mixed with the repository's: a policy in the cluster does not cover a manifest) when every kind each needs
 * could be listed (otherwise "nothing selects it" proves nothing, and a note names the checks left out), then
 * the cluster-only checks.
 */
final class ClusterStage {
    private ClusterStage() {}

    /** The cluster's notes, and which cross-object checks did not judge it, and why, when some did not. */
    static List<Note> notes(ClusterSnapshot cluster, CheckRunner runner) {
        List<Note> notes = new ArrayList<>(cluster.notes());
        List<CheckSpec> notRun = cluster.complete() ? List.of() : runner.indexChecksNotRun(cluster.kindsNotRead());
        if (!notRun.isEmpty()) {
            notes.add(Note.file(cluster.address(), NoteKind.CLUSTER_NOT_READ, "cross-object checks not run on the cluster,"
                    + " because " + String.join(", ", new TreeSet<>(cluster.kindsNotRead())) + " could not be listed: "
                    + notRun.stream().map(s -> s.id().value() + " " + s.slug()).collect(Collectors.joining(", "))));
        }
        return notes;
    }

    static List<Finding> check(ClusterSnapshot cluster, CheckRunner runner, LocalDate today) {
        List<Finding> findings = new ArrayList<>();
        List<ObjectSummary> summaries = new ArrayList<>();
        for (K8sObject object : cluster.judged()) {
            findings.addAll(runner.onObject(object));
            summaries.add(ObjectSummary.of(object));
        }
        // on a partial read, only the cross-object checks that need none of the kinds missed
        findings.addAll(runner.onIndex(new ObjectIndex(summaries), cluster.kindsNotRead()));
        findings.addAll(runner.onCluster(cluster, today));
        return findings;
    }
}
