package dev.cairn.checks.rbac;

import static dev.cairn.core.check.ComplianceRef.cis;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.ObjectCheck;
import dev.cairn.core.check.Peer;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.k8s.PodSpecView;
import dev.cairn.core.k8s.Rbac;
import dev.cairn.core.model.Severity;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YScalar;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every pod that names no ServiceAccount runs as {@code default}, so permissions given to it leak to all of
 * them, and a workload's API access cannot be told apart from its neighbours'. Workloads that turn the token
 * off ({@code automountServiceAccountToken: false} on the pod) have no API identity to share and pass.
 * Bindings that grant a role to a {@code default} ServiceAccount are findings too.
 */
public final class DefaultServiceAccountCheck implements ObjectCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-048", "default-service-account")
            .title("Workload or binding uses the default ServiceAccount")
            .severity(Severity.LOW)
            .criteria("TEC-5")
            .compliance(cis("5.1.5", "Ensure that default service accounts are not actively used"))
            .equivalent(Peer.KUBE_LINTER, "default-service-account")
            .equivalent(Peer.KUBESCAPE, "C-0189")
            .equivalent(Peer.CHECKOV, "CKV_K8S_41")
            .equivalent(Peer.CHECKOV, "CKV_K8S_42")
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    private static final Set<String> KINDS = Stream.concat(Rbac.BINDING_KINDS.stream(), PodSpecView.WORKLOAD_KINDS.stream())
            .collect(Collectors.toUnmodifiableSet());

    @Override
    public Set<String> kinds() {
        return KINDS;
    }

    @Override
    public boolean appliesTo(K8sObject object) {
        return RoleRules.isBinding(object) || (PodSpecView.of(object).isPresent() && !object.kind().equals("PodTemplate"));
    }

    @Override
    public void check(K8sObject object, FindingSink sink) {
        if (RoleRules.isBinding(object)) {
            checkBinding(object, sink);
            return;
        }
        PodSpecView pod = PodSpecView.of(object).orElseThrow();
        boolean noToken = pod.spec().scalar("automountServiceAccountToken").map(YScalar::isFalse).orElse(false);
        if (noToken) {
            return;
        }
        Optional<YEntry> named = pod.spec().entry("serviceAccountName")
                .filter(e -> e.value().asScalar().flatMap(YScalar::string).filter(s -> !s.isEmpty()).isPresent())
                .or(() -> pod.spec().entry("serviceAccount")
                        .filter(e -> e.value().asScalar().flatMap(YScalar::string).filter(s -> !s.isEmpty()).isPresent()));
        String who = RoleRules.describe(object.ref());
        String fix = ": create a ServiceAccount for it and set serviceAccountName, or set"
                + " automountServiceAccountToken: false when it does not call the API";
        if (named.isEmpty()) {
            sink.report(pod.spec(), who + " names no ServiceAccount, so it runs as \"default\"" + fix);
        } else if (named.get().value().asScalar().map(s -> s.text().equals("default")).orElse(false)) {
            sink.report(named.get(), who + " runs as the \"default\" ServiceAccount" + fix);
        }
    }

    private static void checkBinding(K8sObject binding, FindingSink sink) {
        for (BindingSubjects subject : BindingSubjects.of(binding)) {
            if (subject.kind().equals("ServiceAccount") && subject.name().equals("default")) {
                String message = RoleRules.describe(binding.ref()) + " grants " + BindingSubjects.roleRefKind(binding)
                        + " " + BindingSubjects.roleRefName(binding) + " to the \"default\" ServiceAccount"
                        + ", and so to every pod of that namespace that names no ServiceAccount"
                        + ": bind it to a ServiceAccount of the workload that needs it";
                subject.nameEntry().ifPresentOrElse(e -> sink.report(e, message), () -> sink.report(subject.node(), message));
            }
        }
    }
}
