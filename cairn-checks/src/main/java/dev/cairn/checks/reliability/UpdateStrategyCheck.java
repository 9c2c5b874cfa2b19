package dev.cairn.checks.reliability;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.ObjectCheck;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.k8s.PodSpecView;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YScalar;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A rollout that is not rolling: a Deployment with {@code strategy.type: Recreate} stops every pod before the
 * new ones start, and a StatefulSet or DaemonSet with {@code updateStrategy.type: OnDelete} keeps the old pods
 * until someone deletes them by hand. Reported at the {@code type}; an unset strategy is the rolling default.
 * Recreate is the right choice, and not reported, for a Deployment whose pods mount a PersistentVolumeClaim
 * (a ReadWriteOnce volume takes one pod at a time) or claim an extended resource such as
 * {@code nvidia.com/gpu} (a surge pod would wait for a second accelerator).
 */
public final class UpdateStrategyCheck implements ObjectCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-072", "rolling-update-strategy")
            .title("Workload does not roll out its updates")
            .severity(Severity.LOW)
            .criteria("TEC-24")
            .equivalent(Peer.KUBE_LINTER, "no-rolling-update-strategy")
            .equivalent(Peer.KUBE_SCORE, "deployment-strategy")
            .equivalent(Peer.KUBESCAPE, "C-0305")
            .build();

    private static final Set<String> KINDS = Set.of("Deployment", "StatefulSet", "DaemonSet");

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public Set<String> kinds() {
        return KINDS;
    }

    @Override
    public boolean appliesTo(K8sObject object) {
        return KINDS.contains(object.kind()) && object.ref().apiVersion().startsWith("apps/");
    }

    @Override
    public void check(K8sObject object, FindingSink sink) {
        boolean deployment = object.kind().equals("Deployment");
        if (deployment && object.podSpec().filter(UpdateStrategyCheck::needsOnePodAtATime).isPresent()) {
            return;
        }
        String name = object.ref().describe();
        object.root().path("spec", deployment ? "strategy" : "updateStrategy").flatMap(s -> s.asMap())
                .flatMap(s -> s.entry("type"))
                .filter(e -> e.value() instanceof YScalar type && type.text().equals(deployment ? "Recreate" : "OnDelete"))
                .ifPresent(e -> sink.report(e, deployment
                        ? name + " uses the Recreate strategy, which stops every pod before the new ones start, so each"
                                + " rollout is downtime: use RollingUpdate (the default), or suppress with the reason when a"
                                + " ReadWriteOnce volume or a migration needs one version at a time"
                        : name + " uses the OnDelete update strategy, so its pods keep the old template until someone deletes"
                                + " them by hand and a new image never rolls out by itself: use RollingUpdate (the default)"));
    }

    private static boolean needsOnePodAtATime(PodSpecView pod) {
        boolean claim = pod.spec().seq("volumes").stream().flatMap(v -> v.items().stream())
                .anyMatch(v -> v.asMap().flatMap(m -> m.get("persistentVolumeClaim")).isPresent());
        return claim || pod.allContainers().stream().anyMatch(c -> c.node().map("resources").stream()
                .flatMap(r -> Stream.of("limits", "requests").flatMap(k -> r.map(k).stream()))
                .anyMatch(amounts -> amounts.entries().stream().anyMatch(e -> e.key().text().contains("/"))));
    }
}
