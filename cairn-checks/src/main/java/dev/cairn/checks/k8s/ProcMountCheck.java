package dev.cairn.checks.k8s;

import static dev.cairn.core.check.ComplianceRef.pss;

import dev.cairn.checks.template.ContainerCheck;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.ContainerView;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YScalar;

/**
 * The runtime masks parts of {@code /proc} (kcore, timer lists, sysrq-trigger...) and makes others
 * read-only; {@code procMount: Unmasked} removes that, which only nested container runtimes need.
 */
public final class ProcMountCheck extends ContainerCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-018", "proc-mount-unmasked")
            .title("Container unmasks /proc")
            .severity(Severity.MEDIUM)
            .criteria("TEC-8")
            .compliance(pss("baseline", "/proc Mount Type"))
            .equivalent(Peer.POLARIS, "procMount")
            .equivalent(Peer.KUBE_LINTER, "unsafe-proc-mount")
            .equivalent(Peer.TRIVY, "KSV-0027")
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    protected void check(ContainerView container, FindingSink sink) {
        container.securityContext().flatMap(sc -> sc.entry("procMount"))
                .filter(e -> e.value().asScalar().flatMap(YScalar::string).orElse("").equals("Unmasked"))
                .ifPresent(e -> sink.report(e, describe(container) + " mounts /proc unmasked (procMount: Unmasked),"
                        + " exposing the node's kernel interfaces: remove procMount or set it to Default"));
    }
}
