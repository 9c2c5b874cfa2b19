package dev.cairn.maturity.criteria.technology;

import dev.cairn.core.check.ObjectSummary;
import dev.cairn.core.k8s.Rbac;
import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.assess.manifest.Feature;
import dev.cairn.maturity.assess.manifest.ObjectFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * TEC-4: people reach the cluster through an identity provider mapped to RBAC, not through shared static
 * credentials. Who really logs in is visible only in a cluster, so the answer decides and the files are
 * hints (cnmm-level1.md §2.6):
 * <ul>
 *   <li>MET (hint): signs of identity-provider access and no static credential: RBAC bindings to groups
 *       (other than {@code system:} groups) or to e-mail or {@code oidc:} users, an EKS {@code aws-auth} mapping or
 *       access entries, a kubeconfig using an exec plugin or auth provider, or scripts and docs that get
 *       credentials through kubelogin, {@code aws eks get-token}/{@code update-kubeconfig},
 *       {@code gke-gcloud-auth-plugin}/{@code gcloud container clusters get-credentials} or {@code az aks get-credentials};</li>
 *   <li>PARTIAL (hint): such signs beside a kubeconfig holding a static token, password or client key;</li>
 *   <li>NOT_MET (hint): only a kubeconfig with a static credential;</li>
 *   <li>UNKNOWN: none of these.</li>
 * </ul>
 */
public final class IdentityProviderAccessEvaluator implements Evaluator {
    static final Pattern IDP_LOGIN = Pattern.compile("kubelogin|oidc-login|aws eks (get-token|update-kubeconfig)|"
            + "gke-gcloud-auth-plugin|gcloud container clusters get-credentials|az aks get-credentials|"
            + "resource\\s+\"aws_eks_access_entry\"");
    static final String[] SCRIPTS_AND_DOCS = {"*.md", "*.adoc", "*.sh", "Makefile", "*.mk", "Taskfile.yml", "justfile",
            "*.tf", "scripts/**"};
    private static final Pattern IDP_USER = Pattern.compile("^(oidc:|.+@.+\\..+)");

    @Override
    public String criterion() {
        return "TEC-4";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        List<EvidenceItem> idp = new ArrayList<>();
        for (ObjectSummary binding : evidence.index().objects()) {
            Rbac rbac = binding.rbac();
            if (rbac == null || rbac.roleRef() == null) continue;
            rbac.subjects().stream().filter(IdentityProviderAccessEvaluator::fromIdentityProvider).findFirst()
                    .ifPresent(s -> idp.add(EvidenceItem.manifest(binding.ref(), binding.location(), binding.ref().kind()
                            + " " + binding.ref().name() + " grants " + rbac.roleRef().name() + " to " + s.kind() + " " + s.name())));
        }
        evidence.manifests().ofKind("ConfigMap").stream()
                .filter(o -> o.ref().name().equals("aws-auth") && "kube-system".equals(o.ref().namespace()))
                .forEach(o -> idp.add(EvidenceItem.manifest(o.ref(), o.location(), "EKS maps IAM roles and users to RBAC groups")));
        evidence.manifests().with(Feature.KUBECONFIG_EXEC_AUTH).forEach(o -> idp.add(EvidenceItem.manifest(o.ref(), o.location(),
                "kubeconfig authenticates through an exec plugin or auth provider")));
        for (TextMatch m : evidence.files().grep(IDP_LOGIN, SCRIPTS_AND_DOCS).stream().limit(3).toList()) {
            idp.add(EvidenceItem.file(m.location(), "credentials from the identity provider: " + m.text().strip()));
        }
        List<ObjectFacts> staticConfigs = evidence.manifests().with(Feature.KUBECONFIG_STATIC_CREDENTIAL);
        List<EvidenceItem> items = new ArrayList<>(idp.stream().limit(8).toList());
        staticConfigs.stream().limit(2).forEach(o -> items.add(EvidenceItem.manifest(o.ref(), o.location(),
                "kubeconfig with a static token, password or client key")));
        if (!idp.isEmpty() && staticConfigs.isEmpty()) {
            return Observation.met("access goes through the identity provider (" + idp.get(0).summary() + ")", items).asHint();
        }
        if (!idp.isEmpty()) {
            return Observation.partial("identity-provider access is set up, but a kubeconfig with a static credential is"
                    + " committed: remove it and give people IdP logins", items).asHint();
        }
        if (!staticConfigs.isEmpty()) {
            return Observation.notMet("a kubeconfig with a static credential is committed: give people identity-provider"
                    + " logins mapped to RBAC groups instead", items).asHint();
        }
        return Observation.unknown("how people authenticate shows only in the cluster: answer TEC-4");
    }

    private static boolean fromIdentityProvider(Rbac.Subject subject) {
        return subject.kind().equals("Group") && !subject.name().startsWith("system:")
                || subject.kind().equals("User") && IDP_USER.matcher(subject.name()).find();
    }
}
