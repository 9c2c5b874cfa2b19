package dev.cairn.checks.k8s;

import dev.cairn.checks.template.ContainerCheck;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.ContainerKind;
import dev.cairn.core.k8s.ContainerView;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import java.util.Optional;
import java.util.Set;

/**
 * A writable root file system lets an intruder drop tools and change the application's own files. It is a
 * hardening step beyond the Level 1 baseline, hence low. Ephemeral debug containers and Windows pods
 * (which do not support it) are out of scope.
 */
public final class ReadOnlyRootFilesystemCheck extends ContainerCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-020", "read-only-root-filesystem")
            .title("Container root file system is writable")
            .severity(Severity.LOW)
            .criteria("TEC-8")
            .equivalent(Peer.POLARIS, "notReadOnlyRootFilesystem")
            .equivalent(Peer.KUBE_LINTER, "no-read-only-root-fs")
            .equivalent(Peer.KUBE_SCORE, "container-security-context-readonlyrootfilesystem")
            .equivalent(Peer.KUBESCAPE, "C-0017")
            .equivalent(Peer.CHECKOV, "CKV_K8S_22")
            .equivalent(Peer.TRIVY, "KSV-0014")
            .build();

    private static final String FIX = ": set securityContext.readOnlyRootFilesystem: true and mount an emptyDir"
            + " where the process must write (e.g. /tmp)";

    public ReadOnlyRootFilesystemCheck() {
        super(Set.of(ContainerKind.CONTAINER, ContainerKind.INIT));
    }

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(ContainerView container, FindingSink sink) {
        if (container.pod().isWindows()) {
            return;
        }
        Optional<YEntry> setting = container.securityContext().flatMap(sc -> sc.entry("readOnlyRootFilesystem"));
        if (setting.isPresent() && setting.get().value() instanceof YScalar s && s.isTrue()) {
            return;
        }
        if (setting.isPresent()) {
            sink.report(setting.get(), describe(container) + " has a writable root file system" + FIX);
        } else {
            YNode at = container.securityContext().map(m -> (YNode) m).orElse(container.node());
            sink.report(at, describe(container) + " does not make its root file system read-only" + FIX);
        }
    }
}
