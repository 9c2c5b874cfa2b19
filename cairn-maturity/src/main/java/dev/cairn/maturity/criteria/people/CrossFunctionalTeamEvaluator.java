package dev.cairn.maturity.criteria.people;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.criteria.CodeOwners;
import dev.cairn.maturity.criteria.GitActivity;
import dev.cairn.maturity.kpi.delivery.DeliveryPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * PEO-2: a cross-functional group does the work, not one specialist. Over the last {@value #DAYS} days of git
 * history (cnmm-level1.md §2.1) cairn counts the people (bots never count) whose commits change delivery
 * paths ({@link DeliveryPaths}: Dockerfiles, Kubernetes, Helm, kustomize and Terraform folders, CI files) —
 * the same people as the {@code delivery-people} KPI — beside those who change application code
 * ({@link CodeFiles}), and reads {@code CODEOWNERS} for teams ({@code @org/team}).
 * <ul>
 *   <li>MET: at least {@value #PEOPLE} people changed delivery paths;</li>
 *   <li>PARTIAL: one person did, but CODEOWNERS names at least {@value #PEOPLE} teams; or, as a hint, no
 *       delivery change is in the window (or there is no git) and CODEOWNERS names at least {@value #PEOPLE}
 *       teams;</li>
 *   <li>NOT_MET: one person did, and CODEOWNERS names fewer teams;</li>
 *   <li>UNKNOWN: no delivery change by a person in the window (or no git), and no such CODEOWNERS.</li>
 * </ul>
 */
public final class CrossFunctionalTeamEvaluator implements Evaluator {
    static final int DAYS = 90;
    static final int PEOPLE = 2;
    private static final int MAX_EVIDENCE = 10;

    @Override
    public String criterion() {
        return "PEO-2";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        Map<String, CodeOwners.Rule> teams = CodeOwners.read(evidence.files()).map(CodeOwners::teams).orElse(Map.of());
        List<EvidenceItem> teamEvidence = teams.entrySet().stream().limit(MAX_EVIDENCE / 2)
                .map(e -> EvidenceItem.file(e.getValue().location(), "CODEOWNERS names " + e.getKey())).toList();
        boolean teamsNamed = teams.size() >= PEOPLE;
        Optional<GitActivity> activity = evidence.git().map(h -> GitActivity.of(h, evidence.today(), DAYS));
        List<GitActivity.Author> delivery = activity.map(a -> a.touching(DeliveryPaths::matches).authors()).orElse(List.of());

        if (delivery.size() >= PEOPLE) {
            int codePeople = activity.get().touching(CodeFiles::isCode).authors().size();
            List<EvidenceItem> items = new ArrayList<>();
            delivery.stream().limit(MAX_EVIDENCE).forEach(a -> items.add(a.evidence("changed delivery files")));
            return Observation.met(delivery.size() + " people changed delivery files (Dockerfiles, manifests, CI) in the last "
                    + DAYS + " days (" + GitActivity.names(delivery, 3) + "); " + codePeople + " changed application code", items);
        }
        if (delivery.size() == 1) {
            GitActivity.Author only = delivery.get(0);
            List<EvidenceItem> items = new ArrayList<>();
            items.add(only.evidence("changed delivery files"));
            String alone = "only " + only.name() + " changed delivery files (Dockerfiles, manifests, CI) in the last " + DAYS
                    + " days (" + only.count() + (only.count() == 1 ? " commit" : " commits") + ")";
            if (teamsNamed) {
                items.addAll(teamEvidence);
                return Observation.partial(alone + ", though CODEOWNERS names " + teams.size()
                        + " teams: have more of the team change delivery files", items);
            }
            return Observation.notMet(alone + ": share delivery work across developers and operations", items);
        }
        String why = activity.isEmpty() ? "outside git cairn cannot see who changes delivery files"
                : "no one changed delivery files in the last " + DAYS + " days";
        if (teamsNamed) {
            return Observation.partial("CODEOWNERS names " + teams.size() + " teams (" + String.join(", ", teams.keySet().stream()
                    .limit(3).toList()) + "), but " + why, teamEvidence).asHint();
        }
        return Observation.unknown(why + ", and no CODEOWNERS names two teams: answer PEO-2 with the roles on the team");
    }
}
