package dev.cairn.maturity.criteria.policy;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.assess.manifest.Feature;
import dev.cairn.maturity.assess.manifest.ManifestFacts;
import dev.cairn.maturity.assess.manifest.ObjectFacts;
import dev.cairn.maturity.criteria.DocumentSearch;
import dev.cairn.maturity.criteria.DocumentSearch.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * POL-7: minimum production requirements (secrets management first, access, backup) are agreed and tracked.
 * A production-readiness checklist ({@code docs/production-readiness*}, go-live or launch checklists) states
 * them; managed secrets in the manifests (External Secrets, Sealed Secrets, SOPS, Vault agent injection,
 * the Secrets Store CSI driver) show the first requirement in place.
 * <ul>
 *   <li>MET: a checklist that covers secrets, access and backup;</li>
 *   <li>PARTIAL (hint): a checklist that covers less, or managed secrets without a checklist;</li>
 *   <li>NOT_MET (hint): neither (the agreement may live elsewhere; the answer decides).</li>
 * </ul>
 */
public final class ProductionRequirementsEvaluator implements Evaluator {
    private static final Pattern CHECKLIST = Pattern.compile(
            "(^|/)[^/]*(production[-_]?readiness|prod[-_]readiness|readiness[-_]checklist|go[-_]?live|launch[-_]checklist)[^/]*$");
    private static final List<Topic> TOPICS = List.of(
            new Topic("secrets", Pattern.compile("(?i)\\bsecrets?\\b|credentials?|\\bvault\\b")),
            new Topic("access", Pattern.compile("(?i)\\baccess\\b|\\brbac\\b|permissions?|least[- ]privilege")),
            new Topic("backup", Pattern.compile("(?i)\\bbackups?\\b|\\brestore\\b|disaster recovery|\\brpo\\b")));
    private static final String[] MANAGED_SECRET_KINDS = {"ExternalSecret", "ClusterExternalSecret", "SealedSecret",
            "SecretProviderClass", "VaultStaticSecret", "VaultDynamicSecret"};

    @Override
    public String criterion() {
        return "POL-7";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        DocumentSearch docs = DocumentSearch.of(evidence);
        Optional<SourcePath> checklist = docs.named(CHECKLIST).stream().findFirst();
        Map<String, TextMatch> covered = checklist.map(p -> docs.topics(List.of(p), TOPICS)).orElse(Map.of());
        List<EvidenceItem> items = new ArrayList<>();
        covered.forEach((topic, m) -> items.add(EvidenceItem.file(m.location(), "production requirement: " + topic)));
        if (checklist.isPresent() && covered.isEmpty()) {
            items.add(DocumentSearch.evidence(checklist.get(), "production-readiness checklist"));
        }
        ManifestFacts manifests = evidence.manifests();
        List<ObjectFacts> managed = manifests.anyOf(manifests.ofKind(MANAGED_SECRET_KINDS), manifests.with(Feature.SOPS_ENCRYPTED),
                manifests.with(Feature.VAULT_INJECTION));
        managed.stream().limit(3).forEach(o ->
                items.add(EvidenceItem.manifest(o.ref(), o.location(), "managed secret: " + o.kind() + " " + o.ref().name())));
        Optional<SourcePath> sops = evidence.files().first(".sops.yaml", ".sops.yml");
        sops.ifPresent(p -> items.add(EvidenceItem.file(Location.file(p), "SOPS configuration")));
        boolean managedSecrets = !managed.isEmpty() || sops.isPresent();

        if (checklist.isPresent() && covered.size() == TOPICS.size()) {
            return Observation.met(checklist.get() + " lists the minimum production requirements: secrets, access and backup"
                    + (managedSecrets ? ", and secrets are managed" : ""), items);
        }
        if (checklist.isPresent()) {
            List<String> missing = TOPICS.stream().map(Topic::name).filter(t -> !covered.containsKey(t)).toList();
            return Observation.partial(checklist.get() + " does not cover " + String.join(", ", missing)
                    + ": add them to the production-readiness checklist", items).asHint();
        }
        if (managedSecrets) {
            return Observation.partial("secrets are managed (" + items.get(0).summary() + "), but no production-readiness"
                    + " checklist records the minimum requirements (secrets, access, backup)", items).asHint();
        }
        return Observation.notMet("no production-readiness checklist (secrets, access, backup) and no managed secrets"
                + " (External Secrets, Sealed Secrets, SOPS, Vault)").asHint();
    }
}
