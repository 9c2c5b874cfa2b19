package dev.cairn.checks.k8s;

import dev.cairn.checks.template.ContainerCheck;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.ContainerView;
import dev.cairn.core.k8s.ContainerView.Setting;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YScalar;
import java.util.Optional;

/**
 * UIDs and GIDs below 10000 are the ones Linux distributions hand to system and login users, so a
 * container that escapes with such an id owns that user's files on the node; GID 0 is the root group.
 * UID 0 is {@link RunAsNonRootCheck}'s finding. Unset ids are not judged: the image decides them.
 */
public final class LowUserIdCheck extends ContainerCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-023", "low-user-id")
            .title("Container runs with a user or group id below 10000")
            .severity(Severity.LOW)
            .criteria("TEC-8")
            .equivalent(Peer.KUBE_SCORE, "container-security-context-user-group-id")
            .equivalent(Peer.CHECKOV, "CKV_K8S_40")
            .equivalent(Peer.TRIVY, "KSV-0020")
            .equivalent(Peer.TRIVY, "KSV-0021")
            .build();

    static final long THRESHOLD = 10000;

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(ContainerView container, FindingSink sink) {
        if (container.pod().isWindows()) {
            return;
        }
        Optional<Setting> user = container.effectiveSecurity("runAsUser");
        long uid = id(user);
        if (uid > 0 && uid < THRESHOLD) {
            sink.report(user.get().entry(), describe(container) + " runs as UID " + uid + inherited(user.get())
                    + ", which may belong to a user of the node: use a UID of 10000 or more, such as 10001");
        }
        Optional<Setting> group = container.effectiveSecurity("runAsGroup");
        long gid = id(group);
        if (gid >= 0 && gid < THRESHOLD) {
            sink.report(group.get().entry(), describe(container) + " runs with GID " + gid
                    + (gid == 0 ? " (the root group)" : "") + inherited(group.get())
                    + ": use a GID of 10000 or more, such as 10001");
        }
    }

    /** The id, or -1 when unset or not an integer. */
    private static long id(Optional<Setting> setting) {
        return setting.flatMap(s -> s.value().asScalar()).flatMap(YScalar::asLong).orElse(-1L);
    }

    private static String inherited(Setting s) {
        return s.fromPod() ? " (set on the pod)" : "";
    }
}
