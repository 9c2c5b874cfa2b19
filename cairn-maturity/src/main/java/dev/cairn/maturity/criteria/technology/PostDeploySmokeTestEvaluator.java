package dev.cairn.maturity.criteria.technology;

import dev.cairn.core.ci.Job;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * TEC-31: a post-deploy smoke test checks that the app is up and reachable.
 * <ul>
 *   <li>MET: a smoke test runs after a deployment: in CI, a step (or command) classified as a smoke test
 *       ({@code kubectl rollout status}, {@code kubectl wait}, curl or wget of a health URL, {@code helm test},
 *       Newman, k6) after a deploy step of the same job, or in a job that needs the deploying job; or, in a
 *       script, a smoke-test command after a deploy command;</li>
 *   <li>PARTIAL: smoke tests exist but run after no deployment: such CI steps or script lines without a deploy
 *       before them, {@code smoke*} scripts, a {@code tests/smoke/} folder, Helm chart tests
 *       ({@code templates/tests/}), Postman collections;</li>
 *   <li>NOT_MET: none.</li>
 * </ul>
 */
public final class PostDeploySmokeTestEvaluator implements Evaluator {
    static final String[] SMOKE_ASSETS = {"smoke*.sh", "smoke*.js", "smoke*.ts", "**/smoke/**", "**/smoke-test*/**",
            "**/templates/tests/*.yaml", "*.postman_collection.json"};

    @Override
    public String criterion() {
        return "TEC-31";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        Optional<CiSteps.Found> inCi = afterDeployInCi(evidence.pipelines());
        if (inCi.isPresent()) {
            return Observation.met("a smoke test runs after the deployment in " + inCi.get().describe(),
                    List.of(inCi.get().evidence("smoke test after deploy")));
        }
        Optional<TextMatch> inScript = afterDeployInScript(evidence);
        if (inScript.isPresent()) {
            return Observation.met("a smoke test runs after the deployment in " + inScript.get().path(),
                    List.of(EvidenceItem.file(inScript.get().location(), "smoke test after deploy: " + inScript.get().text().strip())));
        }
        List<EvidenceItem> items = new ArrayList<>();
        CiSteps.inPipelines(evidence.pipelines(), StepKind.SMOKE_TEST).stream().limit(3)
                .forEach(f -> items.add(f.evidence("smoke test without a deploy before it")));
        CiSteps.inScripts(evidence.files(), StepKind.SMOKE_TEST).stream().limit(3)
                .forEach(m -> items.add(EvidenceItem.file(m.location(), "smoke test: " + m.text().strip())));
        List<SourcePath> assets = evidence.files().matching(SMOKE_ASSETS);
        assets.stream().filter(p -> items.stream().noneMatch(i -> i.location().path().equals(p))).limit(3)
                .forEach(p -> items.add(EvidenceItem.file(Location.file(p), "smoke test")));
        if (!items.isEmpty()) {
            return Observation.partial("smoke tests exist but nothing runs them after a deployment: call them right after"
                    + " the deploy step", items);
        }
        return Observation.notMet("no smoke test after deployment: run kubectl rollout status and a health check"
                + " after each deploy", List.of());
    }

    /** The first smoke test in CI that follows a deploy in its job, or runs in a job needing a deploying job. */
    static Optional<CiSteps.Found> afterDeployInCi(List<Pipeline> pipelines) {
        for (Pipeline p : pipelines) {
            Map<String, Job> byId = new HashMap<>();
            p.jobs().forEach(j -> byId.put(j.id(), j));
            for (Job job : p.jobs()) {
                boolean deployed = needsDeploy(job, byId, new HashSet<>());
                for (Step step : job.steps()) {
                    boolean deploysHere = step.has(StepKind.DEPLOY);
                    if (step.has(StepKind.SMOKE_TEST) && (deployed || deploysHere && smokeAfterDeploy(step))) {
                        return Optional.of(new CiSteps.Found(p, job, step.evidence(StepKind.SMOKE_TEST).get(0)));
                    }
                    deployed |= deploysHere;
                }
            }
        }
        return Optional.empty();
    }

    /** Within one step: a smoke-test command after a deploy command, or a step that does both as a whole. */
    private static boolean smokeAfterDeploy(Step step) {
        if (step.commands().isEmpty()) return true;
        boolean deployed = false;
        for (var command : step.commands()) {
            if (deployed && command.kinds().contains(StepKind.SMOKE_TEST)) return true;
            deployed |= command.kinds().contains(StepKind.DEPLOY);
        }
        return false;
    }

    private static boolean needsDeploy(Job job, Map<String, Job> byId, Set<String> seen) {
        for (String need : job.needs()) {
            Job upstream = byId.get(need);
            if (upstream == null || !seen.add(need)) continue;
            if (upstream.has(StepKind.DEPLOY) || needsDeploy(upstream, byId, seen)) return true;
        }
        return false;
    }

    /**
     * The last smoke-test line of the first script that has one after a deploy line: a script that installs
     * add-ons before the app waits for those first, and for the app at the end.
     */
    private static Optional<TextMatch> afterDeployInScript(AssessmentEvidence evidence) {
        List<TextMatch> deploys = CiSteps.inScripts(evidence.files(), StepKind.DEPLOY);
        List<TextMatch> smokes = CiSteps.inScripts(evidence.files(), StepKind.SMOKE_TEST).stream()
                .filter(s -> deploys.stream().anyMatch(d -> d.path().equals(s.path()) && d.line() < s.line())).toList();
        return smokes.stream().filter(s -> s.path().equals(smokes.get(0).path())).reduce((a, b) -> b);
    }
}
