package dev.cairn.maturity.criteria.technology;

import dev.cairn.core.ci.StepKind;
import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Location;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import java.util.ArrayList;
import java.util.List;

/**
 * TEC-15: images are built by CI, not on laptops.
 * <ul>
 *   <li>MET: a CI pipeline builds an image ({@code docker build}, buildx, {@code docker/build-push-action},
 *       buildah, podman, kaniko, Jib, ko, pack, {@code spring-boot:build-image}, Tekton or GitLab image builds, as
 *       the pipeline model classifies them);</li>
 *   <li>PARTIAL: only scripts a person runs build images (a Makefile or shell script);</li>
 *   <li>NOT_MET: nothing builds an image in CI or scripts.</li>
 * </ul>
 * Whether the job succeeds needs forge access and is not judged.
 */
public final class CiImageBuildEvaluator implements Evaluator {
    @Override
    public String criterion() {
        return "TEC-15";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        List<CiSteps.Found> inCi = CiSteps.inPipelines(evidence.pipelines(), StepKind.IMAGE_BUILD);
        if (!inCi.isEmpty()) {
            return Observation.met("CI builds the images: " + inCi.get(0).describe(),
                    inCi.stream().limit(5).map(f -> f.evidence("image build")).toList());
        }
        List<TextMatch> inScripts = CiSteps.inScripts(evidence.files(), StepKind.IMAGE_BUILD);
        if (!inScripts.isEmpty()) {
            return Observation.partial("images are built by " + inScripts.get(0).path() + ", which runs on whoever's"
                    + " machine calls it: build them in a CI job", inScripts.stream().limit(5)
                    .map(m -> EvidenceItem.file(m.location(), "image build: " + m.text().strip())).toList());
        }
        List<EvidenceItem> items = new ArrayList<>();
        evidence.files().matching(ContainerBuildFiles.DOCKERFILES).stream().limit(3)
                .forEach(p -> items.add(EvidenceItem.file(Location.file(p), "container build definition no pipeline uses")));
        String pipelines = evidence.pipelines().isEmpty() ? "no CI pipeline found"
                : Wording.count(evidence.pipelines().size(), "CI pipeline") + ", none of which builds an image";
        return Observation.notMet(pipelines + ": add a CI job that builds the image from the Dockerfile", items);
    }
}
