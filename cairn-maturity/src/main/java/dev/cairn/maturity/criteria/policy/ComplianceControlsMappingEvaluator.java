package dev.cairn.maturity.criteria.policy;

import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.ci.Step;
import dev.cairn.core.ci.StepKind;
import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.assess.manifest.ManifestFacts;
import dev.cairn.maturity.assess.manifest.ObjectFacts;
import dev.cairn.maturity.criteria.CiPipelines;
import dev.cairn.maturity.criteria.DocumentSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * POL-5: a first mapping links the applicable regimes to concrete container and Kubernetes controls or
 * benchmarks; enforcing them is not expected yet. The mapping shows as policy as code, enforced or not
 * (Kyverno {@code ClusterPolicy}/{@code Policy}, Gatekeeper {@code ConstraintTemplate} and constraints,
 * {@code ValidatingAdmissionPolicy}, Kubewarden policies, Rego files), as a benchmark run (a kube-bench or
 * kubescape workload, or a CI configuration scan running kube-bench or a kubescape framework such as
 * {@code nsa}, {@code cis-*} or {@code mitre}), or as a checklist or mapping document that names a benchmark (NIST SP 800-190, the
 * CIS Kubernetes Benchmark, the NSA/CISA hardening guide, MITRE ATT&amp;CK for containers).
 * <ul>
 *   <li>MET: any of these;</li>
 *   <li>PARTIAL: a benchmark only named in other documents;</li>
 *   <li>NOT_MET: none.</li>
 * </ul>
 */
public final class ComplianceControlsMappingEvaluator implements Evaluator {
    /** apiVersion group prefix -> kinds that are policies (null: every kind of the group). */
    private static final Map<String, List<String>> POLICY_KINDS = Map.of(
            "kyverno.io/", List.of("ClusterPolicy", "Policy", "ValidatingPolicy"),
            "templates.gatekeeper.sh/", List.of("ConstraintTemplate"),
            "constraints.gatekeeper.sh/", List.of(),
            "admissionregistration.k8s.io/", List.of("ValidatingAdmissionPolicy", "MutatingAdmissionPolicy"),
            "policies.kubewarden.io/", List.of("ClusterAdmissionPolicy", "AdmissionPolicy"));
    private static final Pattern BENCHMARK_IMAGE = Pattern.compile("(?i)aquasec/kube-bench|kubescape");
    private static final Pattern BENCHMARK = Pattern.compile("(?i)800-190|CIS (Kubernetes|Docker|EKS|GKE|AKS)[\\w ]*Benchmark|kube-bench"
            + "|NSA.{0,20}(Kubernetes|hardening)|Kubernetes Hardening Guid|MITRE ATT&CK|kubescape");
    private static final Pattern BENCHMARK_STEP = Pattern.compile("(?i)kube-bench|kubescape\\b.*\\b(framework|nsa|cis|mitre)");
    private static final Pattern MAPPING_DOC = Pattern.compile("(^|/)[^/]*(mapping|controls?|checklist|800-190|benchmark|hardening)[^/]*$");

    @Override
    public String criterion() {
        return "POL-5";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        List<EvidenceItem> items = new ArrayList<>();
        ManifestFacts manifests = evidence.manifests();
        for (ObjectFacts o : manifests.anyOf(manifests.ofType(ComplianceControlsMappingEvaluator::isPolicy),
                manifests.runningImage(BENCHMARK_IMAGE.asPredicate()))) {
            String what = isPolicy(o.ref().apiVersion(), o.kind()) ? "" : " runs a benchmark";
            items.add(EvidenceItem.manifest(o.ref(), o.location(), o.kind() + " " + o.ref().name() + what));
        }
        for (Pipeline p : CiPipelines.of(evidence)) {
            for (Step step : p.steps()) {
                String text = String.join(" ", Objects.toString(step.uses(), ""), Objects.toString(step.run(), ""),
                        String.join(" ", step.with().values()));
                if (step.has(StepKind.CONFIG_SCAN) && BENCHMARK_STEP.matcher(text).find()) {
                    step.evidence(StepKind.CONFIG_SCAN).stream().limit(1)
                            .forEach(l -> items.add(EvidenceItem.file(l, "benchmark scan in CI: " + step.label())));
                }
            }
        }
        evidence.files().paths().stream().filter(p -> p.value().toLowerCase(Locale.ROOT).endsWith(".rego"))
                .forEach(p -> items.add(EvidenceItem.file(Location.file(p), "Rego policy")));
        DocumentSearch docs = DocumentSearch.of(evidence);
        List<SourcePath> mappingDocs = docs.named(MAPPING_DOC);
        List<TextMatch> mapped = docs.lines(mappingDocs, BENCHMARK);
        mapped.stream().limit(3).forEach(m -> items.add(EvidenceItem.file(m.location(), "controls mapped to a benchmark")));
        if (!items.isEmpty()) {
            return Observation.met(describe(items.get(0)) + (items.size() > 1 ? " and " + (items.size() - 1) + " more" : ""),
                    items.stream().limit(10).toList());
        }
        List<TextMatch> named = docs.lines(BENCHMARK);
        if (!named.isEmpty()) {
            return Observation.partial("a benchmark is named (" + named.get(0).path() + ":" + named.get(0).line()
                    + "), but no policy as code, benchmark run or control mapping: map the regimes to Kubernetes controls,"
                    + " e.g. Kyverno policies in audit mode or a kube-bench job", DocumentSearch.evidence(named, "benchmark named", 3));
        }
        return Observation.notMet("no policy as code (Kyverno, Gatekeeper, ValidatingAdmissionPolicy, Rego), benchmark run"
                + " (kube-bench, kubescape) or control mapping: map the regimes to Kubernetes controls");
    }

    private static boolean isPolicy(String apiVersion, String kind) {
        return apiVersion != null && POLICY_KINDS.entrySet().stream().anyMatch(e -> apiVersion.startsWith(e.getKey())
                && (e.getValue().isEmpty() || e.getValue().contains(kind)));
    }

    private static String describe(EvidenceItem item) {
        return item.object() != null ? "policy as code: " + item.summary()
                : item.summary().startsWith("benchmark scan in CI") ? item.summary() + " (" + item.location().path() + ")"
                : item.location().path() + (item.summary().equals("Rego policy") ? " holds Rego policy" : " maps controls to a benchmark");
    }
}
