package dev.cairn.checks.k8s;

import static dev.cairn.core.check.ComplianceRef.cis;
import static dev.cairn.core.check.ComplianceRef.pss;

import dev.cairn.checks.template.ContainerCheck;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.ContainerView;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import java.util.Optional;

/**
 * Without a seccomp profile a container may make every system call, including the rarely needed ones most
 * kernel exploits go through. Kubernetes applies the container's {@code seccompProfile} (or, on older
 * clusters, its {@code container.seccomp.security.alpha.kubernetes.io} annotation), else the pod's (or the
 * pod annotation); unset means Unconfined unless the kubelet runs with {@code --seccomp-default}, which a
 * manifest cannot show.
 */
public final class SeccompProfileCheck extends ContainerCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-015", "seccomp-profile")
            .title("Container runs without a RuntimeDefault or Localhost seccomp profile")
            .severity(Severity.MEDIUM)
            .criteria("TEC-8")
            .compliance(cis("5.7.2", "Ensure that the seccomp profile is set to docker/default in your pod definitions"),
                    pss("baseline", "Seccomp"),
                    pss("restricted", "Seccomp"))
            .equivalent(Peer.KUBE_SCORE, "container-seccomp-profile")
            .equivalent(Peer.KUBESCAPE, "C-0210")
            .equivalent(Peer.CHECKOV, "CKV_K8S_31")
            .equivalent(Peer.TRIVY, "KSV-0030")
            .equivalent(Peer.TRIVY, "KSV-0104")
            .build();

    private static final String CONTAINER_ANNOTATION = "container.seccomp.security.alpha.kubernetes.io/";
    private static final String POD_ANNOTATION = "seccomp.security.alpha.kubernetes.io/pod";
    private static final String FIX = ": set securityContext.seccompProfile.type: RuntimeDefault (best on the pod)";

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(ContainerView container, FindingSink sink) {
        if (container.pod().isWindows()) {
            return;
        }
        // Kubernetes' order: the container's field, its legacy annotation (copied into the field by older
        // API servers), the pod's field, the pod's legacy annotation.
        Optional<YEntry> own = container.securityContext().flatMap(sc -> sc.entry("seccompProfile"));
        if (own.isPresent()) {
            judgeField(container, own.get(), "", sink);
            return;
        }
        Optional<YEntry> ownAnnotation = podAnnotation(container.pod(), CONTAINER_ANNOTATION, container.name());
        if (ownAnnotation.isPresent()) {
            judgeAnnotation(container, ownAnnotation.get(), sink);
            return;
        }
        Optional<YEntry> pod = container.pod().securityContext().flatMap(sc -> sc.entry("seccompProfile"));
        if (pod.isPresent()) {
            judgeField(container, pod.get(), ", set on the pod", sink);
            return;
        }
        Optional<YEntry> podAnnotation = podAnnotation(container.pod(), POD_ANNOTATION);
        if (podAnnotation.isPresent()) {
            judgeAnnotation(container, podAnnotation.get(), sink);
            return;
        }
        YNode at = container.securityContext().map(m -> (YNode) m).orElse(container.node());
        sink.report(at, describe(container) + " has no seccomp profile, on the container or the pod" + FIX);
    }

    private void judgeField(ContainerView container, YEntry profile, String where, FindingSink sink) {
        Optional<YEntry> type = profile.value().asMap().flatMap(m -> m.entry("type"));
        String value = type.flatMap(e -> e.value().asScalar()).flatMap(YScalar::string).orElse("");
        if (value.equals("RuntimeDefault") || value.equals("Localhost")) {
            return;
        }
        if (value.equals("Unconfined")) {
            sink.report(type.get(), describe(container) + " runs without seccomp (type: Unconfined" + where + ")" + FIX);
        } else {
            sink.report(type.orElse(profile), describe(container)
                    + " has a seccompProfile without a RuntimeDefault or Localhost type" + where + FIX);
        }
    }

    private void judgeAnnotation(ContainerView container, YEntry annotation, FindingSink sink) {
        String value = annotation.value().asScalar().flatMap(YScalar::string).orElse("");
        if (value.equals("runtime/default") || value.equals("docker/default") || value.startsWith("localhost/")) {
            return;
        }
        sink.report(annotation, describe(container) + " runs without seccomp (annotation \"" + value + "\")" + FIX
                + " instead of the annotation");
    }
}
