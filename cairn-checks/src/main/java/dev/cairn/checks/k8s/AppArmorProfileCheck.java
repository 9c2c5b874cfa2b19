package dev.cairn.checks.k8s;

import static dev.cairn.core.check.ComplianceRef.pss;

import dev.cairn.checks.template.ContainerCheck;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.ContainerView;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YScalar;
import java.util.Optional;

/**
 * On nodes with AppArmor the runtime confines every container with its default profile; an explicit
 * {@code Unconfined} switches that off. Unset is fine (the runtime default applies). Kubernetes reads the
 * container's {@code appArmorProfile}, else its legacy annotation
 * {@code container.apparmor.security.beta.kubernetes.io/<container>}, else the pod's {@code appArmorProfile}.
 */
public final class AppArmorProfileCheck extends ContainerCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-016", "apparmor-unconfined")
            .title("Container overrides AppArmor to unconfined")
            .severity(Severity.MEDIUM)
            .criteria("TEC-8")
            .compliance(pss("baseline", "AppArmor"))
            .equivalent(Peer.TRIVY, "KSV-0002")
            .build();

    private static final String ANNOTATION = "container.apparmor.security.beta.kubernetes.io/";
    private static final String FIX = ": remove the override so the runtime's default profile applies, or use a Localhost profile";

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(ContainerView container, FindingSink sink) {
        if (container.pod().isWindows()) {
            return;
        }
        // Kubernetes' order: the container's field, its legacy annotation (copied into the field by the API
        // server), the pod's field.
        Optional<YEntry> own = container.securityContext().flatMap(sc -> sc.entry("appArmorProfile"));
        if (own.isPresent()) {
            judgeField(container, own.get(), "", sink);
            return;
        }
        Optional<YEntry> annotation = podAnnotation(container.pod(), ANNOTATION, container.name());
        if (annotation.isPresent()) {
            if (annotation.get().value().asScalar().flatMap(YScalar::string).orElse("").equals("unconfined")) {
                sink.report(annotation.get(), describe(container) + " runs without AppArmor (annotation \"unconfined\")" + FIX);
            }
            return;
        }
        container.pod().securityContext().flatMap(sc -> sc.entry("appArmorProfile"))
                .ifPresent(pod -> judgeField(container, pod, ", set on the pod", sink));
    }

    private void judgeField(ContainerView container, YEntry profile, String where, FindingSink sink) {
        Optional<YEntry> type = profile.value().asMap().flatMap(m -> m.entry("type"));
        if (type.flatMap(e -> e.value().asScalar()).flatMap(YScalar::string).orElse("").equals("Unconfined")) {
            sink.report(type.get(), describe(container) + " runs without AppArmor (appArmorProfile.type: Unconfined"
                    + where + ")" + FIX);
        }
    }
}
