package dev.cairn.maturity.criteria.technology;

import dev.cairn.core.ci.StepKind;
import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Finding;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.Severity;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.kpi.delivery.DeliveryPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * TEC-26: deployments come from declarative manifests applied with kubectl and/or kustomize (ad hoc is fine at
 * Level 1).
 * <ul>
 *   <li>NOT_MET: no Kubernetes objects, kustomization or Helm chart in the repository; or a high or critical
 *       finding of the checks that serve TEC-26 (a manifest that does not parse, a removed API version, a field of
 *       the wrong type, a selector that matches no pods), since such manifests cannot be applied;</li>
 *   <li>PARTIAL: lesser findings (deprecated API versions or labels, unknown fields);</li>
 *   <li>MET: manifests that validate.</li>
 * </ul>
 * Parse errors count only in delivery files ({@link DeliveryPaths}, CI files aside): a broken issue template is
 * not a broken manifest. What applies the manifests is shown as evidence: a script ({@code kubectl apply -f|-k},
 * {@code kustomize build}), else a CI deploy step, else deployment instructions in the README or a delivery folder.
 */
public final class DeclarativeManifestsEvaluator implements Evaluator {
    static final String PARSE_ERROR = "CAIRN-001";
    static final Pattern APPLY = Pattern.compile("kubectl\\s+apply\\s+(--\\S+\\s+)*-[kf]|kustomize\\s+build|kubectl\\s+kustomize");
    static final String[] SCRIPTS = {"Makefile", "*.mk", "*.sh", "scripts/**", "Taskfile.yml", "justfile"};
    /** Deployment instructions: the root README and documents in delivery folders ({@code deploy/README.md}). */
    static final String[] INSTRUCTIONS = {"/README.md", "**/k8s/**/*.md", "**/deploy/**/*.md", "**/kubernetes/**/*.md",
            "**/manifests/**/*.md", "**/kustomize/**/*.md", "**/overlays/**/*.md"};

    @Override
    public String criterion() {
        return "TEC-26";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        List<SourcePath> kustomizations = evidence.files().matching(Kustomizations.GLOBS);
        List<SourcePath> charts = evidence.files().matching("Chart.yaml");
        int objects = evidence.manifests().objects().size();
        if (objects == 0 && kustomizations.isEmpty() && charts.isEmpty()) {
            return Observation.notMet("no declarative Kubernetes manifests: write the Deployment and Service as YAML in"
                    + " k8s/ or deploy/ and apply them with kubectl apply -k", List.of());
        }
        List<Finding> findings = evidence.checks().countedFindings(criterion()).stream()
                .filter(DeclarativeManifestsEvaluator::aboutManifests).toList();
        Optional<Location> apply = evidence.files().find(APPLY, SCRIPTS).map(TextMatch::location)
                .or(() -> CiSteps.inPipelines(evidence.pipelines(), StepKind.DEPLOY).stream().findFirst().map(CiSteps.Found::location))
                .or(() -> evidence.files().find(APPLY, INSTRUCTIONS).map(TextMatch::location));
        List<EvidenceItem> items = new ArrayList<>();
        findings.stream().limit(8).forEach(f -> items.add(EvidenceItem.check(f.checkId(), f.location(), f.message())));
        kustomizations.stream().limit(2).forEach(p -> items.add(EvidenceItem.file(Location.file(p), "kustomization")));
        apply.ifPresent(at -> items.add(EvidenceItem.file(at, "applies the manifests")));
        List<Finding> serious = findings.stream().filter(f -> f.severity().atLeast(Severity.HIGH)).toList();
        if (!serious.isEmpty()) {
            return Observation.notMet(Wording.count(serious.size(), "manifest problem") + " would stop kubectl apply, e.g. "
                    + serious.get(0).message(), items);
        }
        if (!findings.isEmpty()) {
            return Observation.partial(Wording.count(findings.size(), "finding") + " against the manifests, e.g. "
                    + findings.get(0).message(), items);
        }
        List<String> parts = new ArrayList<>();
        if (objects > 0) parts.add(Wording.count(objects, "object"));
        if (!kustomizations.isEmpty()) parts.add(Wording.count(kustomizations.size(), "kustomization"));
        if (!charts.isEmpty()) parts.add(Wording.count(charts.size(), "Helm chart"));
        return Observation.met("declarative manifests (" + String.join(", ", parts) + ") that validate"
                + (apply.isPresent() ? ", applied by " + apply.get().path() : ""), items);
    }

    /** Parse errors outside delivery files, or in CI files and Dockerfiles, are not about the manifests. */
    static boolean aboutManifests(Finding f) {
        if (!f.checkId().value().equals(PARSE_ERROR)) return true;
        String path = f.location().path().value();
        String name = f.location().path().fileName();
        boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
        return yaml && DeliveryPaths.matches(path) && !path.startsWith(".github/") && !path.startsWith(".gitlab")
                || Kustomizations.isKustomization(path);
    }
}
