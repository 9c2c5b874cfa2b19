package dev.cairn.maturity.criteria.technology;

import dev.cairn.core.ci.StepKind;
import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Finding;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.assess.manifest.Feature;
import dev.cairn.maturity.assess.manifest.ImageUse;
import dev.cairn.maturity.assess.manifest.ManifestFacts;
import dev.cairn.maturity.assess.manifest.ObjectFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * TEC-16: built images are pushed to a container registry the cluster pulls from.
 * <ul>
 *   <li>MET: a CI pipeline pushes images (a push step, {@code push: true}, Jib to a registry) and the workloads
 *       pull images, with no finding of the registry allow-list check that serves TEC-16;</li>
 *   <li>PARTIAL: one side only (CI pushes but no manifests show what the cluster pulls; or CI only logs in to a
 *       registry; or only a script pushes), or allow-list findings;</li>
 *   <li>NOT_MET: workloads or Dockerfiles, but nothing pushes images;</li>
 *   <li>UNKNOWN: no workloads, Dockerfiles or pipelines. {@code ImagePullBackOff} needs a cluster.</li>
 * </ul>
 * The registries the workloads pull from and their {@code imagePullSecrets} are shown as evidence.
 */
public final class RegistryPushEvaluator implements Evaluator {
    /**
     * Images written as templates ({@code $REGION-docker.pkg.dev}, {@code <PROJECT_ID>}, {@code REGION-docker.pkg.dev})
     * name no registry yet: real registry hosts are written in lower case.
     */
    static final Pattern PLACEHOLDER = Pattern.compile("[$<{]|^[^/]*[A-Z][^/]*/");

    @Override
    public String criterion() {
        return "TEC-16";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        List<CiSteps.Found> pushes = CiSteps.inPipelines(evidence.pipelines(), StepKind.IMAGE_PUSH);
        List<CiSteps.Found> logins = CiSteps.inPipelines(evidence.pipelines(), StepKind.REGISTRY_LOGIN);
        List<TextMatch> scriptPushes = CiSteps.inScripts(evidence.files(), StepKind.IMAGE_PUSH);
        ManifestFacts manifests = evidence.manifests();
        List<ObjectFacts> pulling = manifests.runningImage(anyImage -> true);
        List<Finding> findings = evidence.checks().countedFindings(criterion());
        boolean dockerfiles = evidence.files().exists(ContainerBuildFiles.DOCKERFILES);
        if (pushes.isEmpty() && logins.isEmpty() && scriptPushes.isEmpty() && pulling.isEmpty() && !dockerfiles
                && evidence.pipelines().isEmpty()) {
            return Observation.unknown("no images are built, pushed or deployed here");
        }
        List<EvidenceItem> items = new ArrayList<>();
        pushes.stream().limit(3).forEach(f -> items.add(f.evidence("image push")));
        logins.stream().limit(2).forEach(f -> items.add(f.evidence("registry login")));
        scriptPushes.stream().limit(2).forEach(m -> items.add(EvidenceItem.file(m.location(), "image push: " + m.text().strip())));
        findings.stream().limit(3).forEach(f -> items.add(EvidenceItem.check(f.checkId(), f.location(), f.message())));
        List<String> registries = manifests.images().stream().filter(i -> !PLACEHOLDER.matcher(i).find()).map(ImageUse::registry)
                .distinct().sorted().toList();
        manifests.with(Feature.IMAGE_PULL_SECRETS).stream().filter(o -> !o.images().isEmpty()).limit(1).forEach(o -> items.add(
                EvidenceItem.manifest(o.ref(), o.location(), o.kind() + " " + o.ref().name() + " pulls with imagePullSecrets")));
        pulling.stream().limit(2).forEach(o -> items.add(EvidenceItem.manifest(o.ref(), o.location(), o.kind() + " " + o.ref().name()
                + " pulls " + o.images().get(0).image())));
        String from = registries.isEmpty() ? "" : " from " + Wording.list(registries, 3);
        if (!pushes.isEmpty() && !pulling.isEmpty()) {
            if (!findings.isEmpty()) {
                return Observation.partial("CI pushes images, but the workloads pull from registries outside the allowed"
                        + " list, e.g. " + findings.get(0).message(), items);
            }
            return Observation.met("CI pushes images (" + pushes.get(0).describe() + ") and the workloads pull them" + from, items);
        }
        if (!pushes.isEmpty()) {
            return Observation.partial("CI pushes images (" + pushes.get(0).describe() + "), but no manifests show the"
                    + " cluster pulling them", items);
        }
        if (!logins.isEmpty()) {
            return Observation.partial("CI logs in to a registry (" + logins.get(0).describe() + ") but no step pushes an"
                    + " image: push the images CI builds", items);
        }
        if (!scriptPushes.isEmpty()) {
            return Observation.partial("only " + scriptPushes.get(0).path() + " pushes images, from whoever's machine runs"
                    + " it: push from CI", items);
        }
        return Observation.notMet("nothing pushes images to a registry" + (pulling.isEmpty() ? "" : " (the workloads pull"
                + from + ")") + ": push the images CI builds to the registry the cluster pulls from", items);
    }
}
