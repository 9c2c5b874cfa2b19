package dev.cairn.checks.k8s;

import static dev.cairn.core.check.ComplianceRef.pss;

import dev.cairn.checks.template.ContainerCheck;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.ContainerView;
import dev.cairn.core.k8s.ContainerView.Setting;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YScalar;
import java.util.Optional;
import java.util.Set;

/**
 * On SELinux nodes the runtime labels each container {@code container_t} with its own categories. A
 * custom type (such as {@code spc_t}, "super privileged container"), user or role replaces that
 * confinement. Setting {@code level} is allowed. The container's {@code seLinuxOptions} replaces the pod's.
 */
public final class SeLinuxOptionsCheck extends ContainerCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-017", "selinux-options")
            .title("Container sets a custom SELinux type, user or role")
            .severity(Severity.MEDIUM)
            .criteria("TEC-8")
            .compliance(pss("baseline", "SELinux"))
            .equivalent(Peer.TRIVY, "KSV-0025")
            .build();

    /** The types the Baseline profile accepts. */
    private static final Set<String> TYPES = Set.of("container_t", "container_init_t", "container_kvm_t", "container_engine_t");

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(ContainerView container, FindingSink sink) {
        if (container.pod().isWindows()) {
            return;
        }
        Optional<Setting> options = container.effectiveSecurity("seLinuxOptions");
        Optional<YMap> map = options.flatMap(s -> s.value().asMap());
        if (map.isEmpty()) {
            return;
        }
        String where = options.get().fromPod() ? ", set on the pod" : "";
        for (String field : new String[] {"type", "user", "role"}) {
            Optional<YEntry> entry = map.get().entry(field);
            String value = entry.flatMap(e -> e.value().asScalar()).flatMap(YScalar::string).orElse("");
            if (value.isEmpty() || field.equals("type") && TYPES.contains(value)) {
                continue;
            }
            String what = value.equals("spc_t") ? " (unconfined: \"super privileged container\")" : "";
            sink.report(entry.get(), describe(container) + " sets SELinux " + field + " \"" + value + "\"" + what + where
                    + ": remove seLinuxOptions." + field + " and let the runtime label the container"
                    + (field.equals("type") ? " (container_t)" : ""));
        }
    }
}
