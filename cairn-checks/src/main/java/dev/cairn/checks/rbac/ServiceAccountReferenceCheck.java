package dev.cairn.checks.rbac;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.IndexCheck;
import dev.cairn.core.check.ObjectIndex;
import dev.cairn.core.check.ObjectSummary;
import dev.cairn.core.check.Peer;
import dev.cairn.core.model.Severity;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A pod whose ServiceAccount does not exist is never created: the controller retries and the rollout
 * stalls. The check runs only when the repository defines ServiceAccounts at all; otherwise they are
 * evidently managed elsewhere. A namespace left unspecified matches only another unspecified one.
 */
public final class ServiceAccountReferenceCheck implements IndexCheck {
    /**
     * What the API server accepts as a ServiceAccount name. Anything else ({@code $KSA_NAME},
     * {@code ${SA}}, {@code {{ .Values.sa }}}) is a template placeholder replaced before anything is applied,
     * which no scanned manifest could define (a false positive found on real manifests).
     */
    private static final Pattern DNS_SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final CheckSpec SPEC = CheckSpec.builder("K8S-049", "missing-service-account")
            .title("Workload names a ServiceAccount that no manifest defines")
            .severity(Severity.LOW)
            .criteria("TEC-5")
            .equivalent(Peer.KUBE_LINTER, "non-existent-service-account")
            .equivalent(Peer.KUBESCAPE, "C-0307")
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public boolean appliesTo(ObjectIndex index) {
        return !index.ofKind("ServiceAccount").isEmpty() && index.objects().stream().anyMatch(Workloads::running);
    }

    /** Without every ServiceAccount, each account named would look undefined; missing workloads only go unjudged. */
    @Override
    public Set<String> needsEvery() {
        return Set.of("ServiceAccount");
    }

    @Override
    public void check(ObjectIndex index, FindingSink sink) {
        Set<List<String>> defined = new HashSet<>();
        index.ofKind("ServiceAccount").forEach(sa -> defined.add(key(sa.namespace(), sa.ref().name())));
        for (ObjectSummary workload : index.objects()) {
            String account = workload.serviceAccount();
            if (!Workloads.running(workload) || account == null || account.equals("default")
                    || !DNS_SUBDOMAIN.matcher(account).matches() || defined.contains(key(workload.namespace(), account))) {
                continue;
            }
            String where = workload.namespace() == null ? "without a namespace" : "in namespace " + workload.namespace();
            sink.report(workload, RoleRules.describe(workload.ref())
                    + " runs as ServiceAccount \"" + account + "\", which no scanned manifest defines " + where
                    + ": add the ServiceAccount or correct serviceAccountName");
        }
    }

    private static List<String> key(String namespace, String name) {
        return Arrays.asList(namespace, name);
    }
}
