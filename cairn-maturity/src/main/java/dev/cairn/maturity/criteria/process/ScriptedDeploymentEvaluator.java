package dev.cairn.maturity.criteria.process;

import dev.cairn.core.ci.Job;
import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.ci.StepClassifier;
import dev.cairn.core.ci.StepKind;
import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.model.Span;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.assess.manifest.ObjectFacts;
import dev.cairn.maturity.criteria.CiPipelines;
import dev.cairn.maturity.criteria.DocumentSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * PRC-10: deployment to a pre-production cluster is scripted, even if a person starts it. Scripted means a CI
 * step or job that deploys ({@code kubectl apply}, {@code helm upgrade --install}, {@code skaffold run},
 * {@code argocd app sync}, {@code flux reconcile}, ... as the step classifier knows them) or targets an
 * environment; a Makefile recipe or script line the same classifier calls a deployment (not one that applies
 * manifests from a URL, which installs a third-party component); a Skaffold or
 * helmfile configuration; or a GitOps controller's resource (Argo CD {@code Application}, Flux
 * {@code Kustomization}/{@code HelmRelease}) that applies the manifests.
 * <ul>
 *   <li>MET: any of these;</li>
 *   <li>PARTIAL: deployment commands only in a document, typed by hand;</li>
 *   <li>NOT_MET: none.</li>
 * </ul>
 */
public final class ScriptedDeploymentEvaluator implements Evaluator {
    private static final String[] SCRIPTS = {"Makefile", "GNUmakefile", "*.mk", "*.sh", "*.bash", "scripts/**", "Taskfile.yml",
            "Taskfile.yaml", "justfile"};
    private static final String[] DEPLOY_CONFIG = {"skaffold.yaml", "skaffold.yml", "helmfile.yaml", "helmfile.yml"};
    private static final Set<String> GITOPS_GROUPS = Set.of("argoproj.io/", "kustomize.toolkit.fluxcd.io/", "helm.toolkit.fluxcd.io/");
    private static final Set<String> GITOPS_KINDS = Set.of("Application", "ApplicationSet", "Kustomization", "HelmRelease");
    private static final Pattern COMMENT = Pattern.compile("^\\s*#");
    /** Applying manifests from a URL installs someone else's component (cert-manager, an operator), not the app. */
    private static final Pattern REMOTE_MANIFEST = Pattern.compile("(-f|--filename)[ =]+https?://");

    @Override
    public String criterion() {
        return "PRC-10";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        List<EvidenceItem> items = new ArrayList<>();
        List<Pipeline> deploying = CiPipelines.doing(CiPipelines.of(evidence), StepKind.DEPLOY);
        items.addAll(CiPipelines.evidence(deploying, StepKind.DEPLOY, "deployment in CI", 3));
        for (Pipeline p : CiPipelines.of(evidence)) {
            for (Job job : p.jobs()) {
                if (job.environment() != null && items.size() < 6) {
                    items.add(EvidenceItem.file(job.locationOf("environment"), "job " + job.name() + " deploys to " + job.environment()));
                }
            }
        }
        items.addAll(scriptLines(evidence));
        evidence.files().matching(DEPLOY_CONFIG).stream().limit(2)
                .forEach(p -> items.add(EvidenceItem.file(Location.file(p), "deployment tool configuration")));
        List<ObjectFacts> gitOps = evidence.manifests().ofType((apiVersion, kind) -> GITOPS_KINDS.contains(kind)
                && GITOPS_GROUPS.stream().anyMatch(apiVersion::startsWith));
        for (ObjectFacts o : gitOps) {
            if (items.size() < 10) {
                items.add(EvidenceItem.manifest(o.ref(), o.location(), "GitOps " + o.kind() + " " + o.ref().name()));
            }
        }
        if (!items.isEmpty()) {
            EvidenceItem first = items.get(0);
            String where = first.location().path().value() + (first.location().span() == null ? "" : ":" + first.location().span().startLine());
            return Observation.met("deployment is scripted: " + first.summary() + " (" + where + ")", items.stream().limit(10).toList());
        }
        List<EvidenceItem> documented = new ArrayList<>();
        DocumentSearch docs = DocumentSearch.of(evidence);
        for (SourcePath doc : docs.documents()) {
            List<String> lines = evidence.files().text(doc).orElse(List.of());
            for (int i = 0; i < lines.size() && documented.size() < 3; i++) {
                if (StepClassifier.classifyLine(stripPrompt(lines.get(i))).contains(StepKind.DEPLOY)) {
                    documented.add(EvidenceItem.file(lineAt(doc, i, lines.get(i)), "deployment command typed by hand"));
                }
            }
        }
        if (!documented.isEmpty()) {
            return Observation.partial("deployment commands are only documented (" + documented.get(0).location().path()
                    + "): put them in a script, Makefile target or CI job", documented);
        }
        return Observation.notMet("no scripted deployment (CI deploy job, Makefile or script with kubectl apply, helm"
                + " upgrade, skaffold run; GitOps Application): script the deployment to a pre-production cluster");
    }

    /** Makefile recipes and scripts whose lines the step classifier calls a deployment. */
    private static List<EvidenceItem> scriptLines(AssessmentEvidence evidence) {
        List<EvidenceItem> out = new ArrayList<>();
        for (SourcePath path : evidence.files().matching(SCRIPTS)) {
            List<String> lines = evidence.files().text(path).orElse(List.of());
            for (int i = 0; i < lines.size() && out.size() < 3; i++) {
                String line = lines.get(i);
                boolean command = !COMMENT.matcher(line).find() && !REMOTE_MANIFEST.matcher(line).find();
                // a Makefile recipe's @ (silent) and - (ignore errors) prefixes are make's, not the command's
                if (command && StepClassifier.classifyLine(line.strip().replaceFirst("^[@-]+", "")).contains(StepKind.DEPLOY)) {
                    out.add(EvidenceItem.file(lineAt(path, i, line), "deployment script: " + line.strip()));
                }
            }
        }
        return out;
    }

    private static String stripPrompt(String line) {
        return line.strip().replaceFirst("^\\$\\s+", "");
    }

    private static Location lineAt(SourcePath path, int index, String line) {
        return Location.at(path, new Span(index + 1, 1, index + 1, line.length() + 1));
    }
}
