package dev.cairn.maturity.criteria.process;

import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.ci.StepKind;
import dev.cairn.core.ci.Trigger;
import dev.cairn.core.model.EvidenceItem;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.criteria.CiPipelines;
import java.util.List;

/**
 * PRC-8: a CI pipeline builds the application automatically on push or pull request. A build is a step that
 * compiles or packages ({@code mvn verify}, {@code ./gradlew build}, {@code go build}, {@code npm ci}) or
 * builds an image; "on every change" is a push or pull-request trigger, declared or the system's default.
 * <ul>
 *   <li>MET: a pipeline that builds runs on every change;</li>
 *   <li>PARTIAL: builds only on tags, schedules or by hand, or pipelines on every change that build nothing
 *       cairn recognises;</li>
 *   <li>NOT_MET: no CI pipeline.</li>
 * </ul>
 */
public final class ContinuousBuildEvaluator implements Evaluator {
    @Override
    public String criterion() {
        return "PRC-8";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        List<Pipeline> pipelines = CiPipelines.of(evidence);
        if (pipelines.isEmpty()) {
            return Observation.notMet("no CI pipeline definition (GitHub Actions, GitLab CI, Jenkinsfile, ...): build the"
                    + " application on every push and pull request");
        }
        List<Pipeline> building = CiPipelines.doing(pipelines, StepKind.BUILD, StepKind.IMAGE_BUILD);
        List<Pipeline> continuous = building.stream().filter(CiPipelines::onEveryChange).toList();
        if (!continuous.isEmpty()) {
            Pipeline p = continuous.get(0);
            return Observation.met(p.path() + " builds the application on every " + changeKind(p), evidence(continuous));
        }
        if (!building.isEmpty()) {
            return Observation.partial(building.get(0).path() + " builds the application, but only on tags, schedules or"
                    + " by hand: run it on every push and pull request", evidence(building));
        }
        List<EvidenceItem> items = pipelines.stream().limit(3).map(p -> EvidenceItem.file(p.location(), "pipeline")).toList();
        return Observation.partial(pipelines.size() + " CI pipeline(s), but none builds the application (mvn verify,"
                + " gradle build, go build, npm ci, docker build)", items);
    }

    private static String changeKind(Pipeline p) {
        boolean push = p.triggeredBy(Trigger.PUSH);
        boolean pr = p.triggeredBy(Trigger.PULL_REQUEST);
        return push && pr ? "push and pull request" : push ? "push" : "pull request";
    }

    /** Each pipeline's build steps, else its image builds. */
    private static List<EvidenceItem> evidence(List<Pipeline> pipelines) {
        return pipelines.stream().flatMap(p -> (p.has(StepKind.BUILD) ? CiPipelines.evidence(List.of(p), StepKind.BUILD, "build", 3)
                : CiPipelines.evidence(List.of(p), StepKind.IMAGE_BUILD, "image build", 3)).stream()).limit(5).toList();
    }
}
