package dev.cairn.checks.k8s;

import static dev.cairn.core.check.ComplianceRef.cis;
import static dev.cairn.core.check.ComplianceRef.pss;

import dev.cairn.checks.template.PodSpecCheck;
import dev.cairn.core.check.Check;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.ParameterizedCheck;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.ContainerView;
import dev.cairn.core.k8s.PodSpecView;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import dev.cairn.core.yaml.YSeq;
import java.util.List;
import java.util.Optional;

/**
 * A hostPath volume exposes the node's file system to the pod; most applications need none. Paths a team
 * has reviewed (a log agent reading {@code /var/log}) can be allowed with the {@code allowedPaths} parameter.
 * The message says whether a container can write to it, the graver case (kube-linter and Kubescape report
 * only that one).
 */
public final class HostPathVolumeCheck extends PodSpecCheck implements ParameterizedCheck<HostPathVolumeCheck.Params> {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-005", "host-path-volume")
            .title("Pod mounts a hostPath volume")
            .severity(Severity.MEDIUM)
            .criteria("TEC-8")
            .compliance(cis("5.2.12", "Minimize the admission of HostPath volumes"),
                    pss("baseline", "HostPath Volumes"))
            .equivalent(Peer.POLARIS, "hostPathSet")
            .equivalent(Peer.KUBESCAPE, "C-0048")
            .equivalent(Peer.TRIVY, "KSV-0023")
            .equivalent(Peer.KUBE_LINTER, "writable-host-mount")
            .equivalent(Peer.KUBESCAPE, "C-0045")
            .build();

    /**
     * @param allowedPaths host paths that are accepted, exactly or as a parent directory
     */
    public record Params(List<String> allowedPaths) {
        public Params {
            allowedPaths = allowedPaths == null ? List.of() : List.copyOf(allowedPaths);
        }
    }

    private final Params params;

    public HostPathVolumeCheck() {
        this(new Params(List.of()));
    }

    private HostPathVolumeCheck(Params params) {
        this.params = params;
    }

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public Params params() {
        return params;
    }

    @Override
    public Check withParams(Params params) {
        return new HostPathVolumeCheck(params);
    }

    @Override
    protected void check(PodSpecView pod, FindingSink sink) {
        pod.spec().seq("volumes").ifPresent(volumes -> {
            for (YNode volume : volumes.items()) {
                volume.asMap().flatMap(v -> v.entry("hostPath")).ifPresent(entry -> {
                    String hostPath = entry.value().asMap().flatMap(h -> h.string("path")).orElse("");
                    if (!allowed(hostPath)) {
                        String name = volume.asMap().flatMap(v -> v.string("name")).orElse("");
                        YNode at = entry.value().asMap().flatMap(h -> h.get("path")).orElse(entry.value());
                        sink.report(at, describe(pod) + " mounts host path \"" + hostPath + "\" as volume \"" + name
                                + "\"" + access(pod, name) + ": use a ConfigMap, Secret, emptyDir or PersistentVolumeClaim instead");
                    }
                });
            }
        });
    }

    /**
     * {@code " writable by container \"x\""} when some container mounts the volume without {@code readOnly: true}
     * (it can then change the node), {@code ", read-only"} when every container that mounts it does so read-only,
     * and nothing when no container mounts it.
     */
    private static String access(PodSpecView pod, String volume) {
        boolean mounted = false;
        for (ContainerView container : pod.allContainers()) {
            for (YNode mount : container.node().seq("volumeMounts").map(YSeq::items).orElse(List.of())) {
                Optional<YMap> m = mount.asMap().filter(x -> x.string("name").filter(volume::equals).isPresent());
                if (m.isEmpty()) {
                    continue;
                }
                mounted = true;
                if (!m.get().scalar("readOnly").map(YScalar::isTrue).orElse(false)) {
                    return " writable by container \"" + container.name() + "\"";
                }
            }
        }
        return mounted ? ", read-only" : "";
    }

    private boolean allowed(String hostPath) {
        String normalized = hostPath.endsWith("/") && hostPath.length() > 1
                ? hostPath.substring(0, hostPath.length() - 1) : hostPath;
        return params.allowedPaths().stream().anyMatch(a -> normalized.equals(a) || normalized.startsWith(a.endsWith("/") ? a : a + "/"));
    }
}
