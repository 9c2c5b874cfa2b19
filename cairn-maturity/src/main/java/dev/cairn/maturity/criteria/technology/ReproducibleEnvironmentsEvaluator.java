package dev.cairn.maturity.criteria.technology;

import dev.cairn.core.ci.Command;
import dev.cairn.core.history.Commit;
import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.assess.manifest.ObjectFacts;
import dev.cairn.maturity.kpi.delivery.DeliveryPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * TEC-12: environments can be recreated and torn down from version control.
 * <ul>
 *   <li>MET: environment variants are declared (kustomize overlays, per-environment Helm values or tfvars, an
 *       {@code environments/} or {@code envs/} tree) and something both creates and removes them: Terraform,
 *       skaffold, Tilt, helmfile, a kind or k3d cluster configuration, or create and delete targets or
 *       commands in a Makefile, Taskfile, justfile or script;</li>
 *   <li>PARTIAL: only one of the two (variants nobody automates, or automation of a single environment), or
 *       automation that creates but never removes;</li>
 *   <li>NOT_MET: neither.</li>
 * </ul>
 * A drift check in CI ({@code terraform plan -detailed-exitcode}, {@code kubectl diff}, ...) and the latest commit that
 * changed delivery files in the window are shown as evidence that the definitions are kept true.
 */
public final class ReproducibleEnvironmentsEvaluator implements Evaluator {
    static final String[] VARIANT_FILES = {"**/overlays/*/kustomization.yaml", "**/overlays/*/kustomization.yml",
            "**/environments/*/**", "**/envs/*/**", "values-*.yaml", "values-*.yml", "values.*.yaml", "*.tfvars"};
    static final String[] LIFECYCLE_TOOLS = {"*.tf", "*.tofu", "skaffold.yaml", "skaffold.yml", "Tiltfile", "helmfile.yaml",
            "helmfile.yml"};
    static final String[] TASK_FILES = {"Makefile", "GNUmakefile", "*.mk", "Taskfile.yml", "Taskfile.yaml", "justfile",
            "*.sh", "scripts/**"};
    static final Pattern CREATE = Pattern.compile("^\\s*" + target("up|deploy|install|create|apply|provision|bootstrap")
            + "|\\b(kind create cluster|k3d cluster create|kubectl apply -[kf]|helm (upgrade --install|install)|terraform apply|skaffold (run|dev)|tilt up)\\b");
    static final Pattern REMOVE = Pattern.compile("^\\s*" + target("down|destroy|teardown|tear-down|undeploy|uninstall|delete")
            + "|\\b(kind delete cluster|k3d cluster delete|kubectl delete -[kf]|helm (uninstall|delete)|terraform destroy|skaffold delete|tilt down)\\b");

    static final Pattern DRIFT_CHECK = Pattern.compile("\\b(terraform|tofu)\\b[^|;&]*\\splan\\b[^|;&]*-detailed-exitcode|kubectl\\s+diff\\b"
            + "|argocd\\s+app\\s+diff\\b|flux\\s+diff\\b|helm\\s+diff\\b");

    @Override
    public String criterion() {
        return "TEC-12";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        List<SourcePath> variants = evidence.files().matching(VARIANT_FILES).stream()
                .filter(p -> !p.fileName().equals("values.yaml")).toList();
        List<SourcePath> tools = evidence.files().matching(LIFECYCLE_TOOLS);
        List<ObjectFacts> localClusters = evidence.manifests().inGroup(List.of("kind.x-k8s.io/", "k3d.io/"));
        Optional<TextMatch> create = evidence.files().find(CREATE, TASK_FILES);
        Optional<TextMatch> remove = evidence.files().find(REMOVE, TASK_FILES);

        List<EvidenceItem> items = new ArrayList<>();
        variants.stream().limit(4).forEach(p -> items.add(EvidenceItem.file(Location.file(p), "environment variant")));
        tools.stream().filter(p -> !variants.contains(p)).limit(2).forEach(p -> items.add(EvidenceItem.file(Location.file(p), "creates and removes environments")));
        localClusters.stream().limit(1).forEach(o -> items.add(EvidenceItem.manifest(o.ref(), o.location(), "local cluster configuration")));
        create.ifPresent(m -> items.add(EvidenceItem.file(m.location(), "creates an environment: " + m.text().strip())));
        remove.ifPresent(m -> items.add(EvidenceItem.file(m.location(), "removes an environment: " + m.text().strip())));
        driftCheck(evidence).ifPresent(at -> items.add(EvidenceItem.file(at, "drift check in CI")));
        recentDeliveryChange(evidence).ifPresent(c -> items.add(EvidenceItem.commit(c.id(), "delivery files changed "
                + c.authorTime().toString().substring(0, 10) + ": " + c.subject())));

        boolean hasVariants = !variants.isEmpty();
        boolean lifecycle = !tools.isEmpty() || !localClusters.isEmpty() || create.isPresent() && remove.isPresent();
        if (hasVariants && lifecycle) {
            return Observation.met("environment variants (" + variants.get(0).parent() + ") and automation that creates"
                    + " and removes them are in git", items);
        }
        if (hasVariants) {
            return Observation.partial("environment variants are declared (" + variants.get(0).parent() + "), but nothing"
                    + " in git both creates and tears them down: add up/down targets or a skaffold, Tilt or Terraform setup", items);
        }
        if (lifecycle || create.isPresent()) {
            return Observation.partial(lifecycle
                    ? "environments can be created and removed from git, but no per-environment variants (overlays,"
                            + " values files) are declared"
                    : "an environment can be created from git but not torn down, and no per-environment variants"
                            + " (overlays, values files) are declared", items);
        }
        return Observation.notMet("no environment variants and no automation to create or tear environments down:"
                + " add kustomize overlays per environment and up/down targets", items);
    }

    /** A make or task target named by one of the words, alone or joined by - or _ ({@code cluster-up}, {@code deploy_dev}). */
    private static String target(String words) {
        return "(?:\\w+[-_])*(?:" + words + ")(?:[-_]\\w+)*:(?!=)";
    }

    /** A CI command that compares git with what runs: {@code terraform plan -detailed-exitcode}, kubectl/argocd/flux diff. */
    private static Optional<Location> driftCheck(AssessmentEvidence evidence) {
        return evidence.pipelines().stream().flatMap(p -> p.steps().stream()).flatMap(s -> s.commands().stream())
                .filter(c -> DRIFT_CHECK.matcher(c.text()).find()).map(Command::location).findFirst();
    }

    private static Optional<Commit> recentDeliveryChange(AssessmentEvidence evidence) {
        return evidence.git().flatMap(h -> h.commits().stream()
                .filter(c -> c.paths().stream().anyMatch(DeliveryPaths::matches)).findFirst());
    }
}
