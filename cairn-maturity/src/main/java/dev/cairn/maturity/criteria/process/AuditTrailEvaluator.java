package dev.cairn.maturity.criteria.process;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.assess.manifest.Feature;
import dev.cairn.maturity.assess.manifest.ObjectFacts;
import dev.cairn.maturity.criteria.LandedChange;
import dev.cairn.maturity.criteria.Mainline;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * PRC-16: a minimal audit trail exists for configuration changes and cluster access. Configuration: the
 * deployment configuration ({@link DeploymentConfig}) is in git, so every change has an author and a date.
 * Cluster access: API server audit logging is switched on where the repository configures the cluster:
 * Terraform or Bicep ({@code enabled_cluster_log_types} with {@code audit} on EKS, the {@code kube-audit}
 * diagnostic category on AKS, {@code google_project_iam_audit_config} on GKE), eksctl {@code clusterLogging},
 * kind or kubeadm configuration, or a {@code kube-apiserver} with {@code --audit-log-path} or
 * {@code --audit-policy-file}. Whether a running cluster logs audit events needs a live cluster.
 * <ul>
 *   <li>MET: both;</li>
 *   <li>PARTIAL (hint, the answer covers clusters cairn cannot see): one of them;</li>
 *   <li>UNKNOWN: neither can be seen (no deployment configuration, or outside git, and no audit setting).</li>
 * </ul>
 */
public final class AuditTrailEvaluator implements Evaluator {
    private static final Pattern AUDIT_SETTING = Pattern.compile("(?i)kube-audit|--audit-(log-path|policy-file|webhook-config-file)"
            + "|google_project_iam_audit_config|(log_types|enableTypes|clusterLogging|logging_types?)\\b.*\\baudit\\b|^\\s*\"audit\",?\\s*$"
            + "|\\baudit-policy\\.ya?ml");
    private static final String[] CLUSTER_CONFIG = {"*.tf", "*.tfvars", "*.bicep", "*.hcl", "eksctl*.yaml", "eksctl*.yml",
            "kind*.yaml", "kind*.yml", "k3d*.yaml", "*.sh", "Makefile"};

    @Override
    public String criterion() {
        return "PRC-16";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        List<EvidenceItem> items = new ArrayList<>();
        List<TextMatch> settings = evidence.files().grep(AUDIT_SETTING, CLUSTER_CONFIG);
        settings.stream().limit(3).forEach(m -> items.add(EvidenceItem.file(m.location(), "API server audit logging: " + m.text().strip())));
        List<ObjectFacts> apiServers = evidence.manifests().with(Feature.API_SERVER_AUDIT);
        apiServers.stream().limit(3).forEach(o -> items.add(EvidenceItem.manifest(o.ref(), o.location(), "kube-apiserver with audit logging")));
        boolean auditLogging = !settings.isEmpty() || !apiServers.isEmpty();
        String auditWhere = !settings.isEmpty() ? settings.get(0).path().value() : apiServers.isEmpty() ? null : apiServers.get(0).ref().display();

        DeploymentConfig config = new DeploymentConfig(evidence);
        boolean trail = evidence.git().isPresent() && config.presentIn(evidence);
        String trailText = "";
        if (trail) {
            List<LandedChange> changes = Mainline.changes(evidence.git().get(), evidence.today()).stream()
                    .filter(config::touchedBy).toList();
            changes.stream().limit(3).forEach(c -> items.add(EvidenceItem.commit(c.commit().id(), c.commit().subject())));
            trailText = "deployment configuration changes are recorded in git with author and date (" + changes.size()
                    + " in " + Mainline.WINDOW_DAYS + " days)";
        }
        if (trail && auditLogging) {
            return Observation.met(trailText + ", and API server audit logging is configured (" + auditWhere + ")", items);
        }
        if (trail) {
            return Observation.partial(trailText + "; no API server audit logging configuration found: switch it on"
                    + " (EKS log type audit, AKS kube-audit, a kube-apiserver audit policy) or confirm it in the answer", items).asHint();
        }
        if (auditLogging) {
            return Observation.partial("API server audit logging is configured (" + auditWhere + "), but "
                    + (evidence.git().isEmpty() ? "outside git" : "without deployment configuration in the repository")
                    + " cairn cannot see who changed the deployment configuration", items).asHint();
        }
        return Observation.unknown(evidence.git().isEmpty()
                ? "outside git cairn cannot see a trail of configuration changes, and no API server audit logging configuration was found"
                : "no deployment configuration or API server audit logging configuration in the repository");
    }
}
