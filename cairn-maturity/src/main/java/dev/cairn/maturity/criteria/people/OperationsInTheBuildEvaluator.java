package dev.cairn.maturity.criteria.people;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.criteria.CodeOwners;
import dev.cairn.maturity.kpi.delivery.DeliveryPaths;
import java.util.List;
import java.util.regex.Pattern;

/**
 * PEO-3: the people who will run the platform take part while it is built. Their reviews on pull requests
 * need a forge, which cairn does not read; what the repository shows is whether {@code CODEOWNERS} asks an
 * operations or platform team ({@code @org/platform}, {@code @org/sre}, {@code @org/devops}, ...) to review
 * changes to delivery paths ({@link DeliveryPaths}: manifests, infrastructure code, pipelines).
 * <ul>
 *   <li>PARTIAL, as a hint: such a rule exists (reviews are requested; whether they join planning, only the
 *       answer tells);</li>
 *   <li>UNKNOWN: otherwise.</li>
 * </ul>
 */
public final class OperationsInTheBuildEvaluator implements Evaluator {
    private static final Pattern OPS_TEAM = Pattern.compile(
            "(?i)[/_-](ops|devops|dev-ops|platform|sre|infra|infrastructure|cloud|kubernetes|k8s|operations|reliability)([-_]|$)");

    @Override
    public String criterion() {
        return "PEO-3";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        List<EvidenceItem> rules = CodeOwners.read(evidence.files()).stream()
                .flatMap(o -> o.rules(OperationsInTheBuildEvaluator::deliveryPattern).stream())
                .flatMap(r -> r.owners().stream().filter(o -> CodeOwners.isTeam(o) && OPS_TEAM.matcher(o).find()).limit(1)
                        .map(o -> EvidenceItem.file(r.location(), o + " reviews " + r.pattern())))
                .limit(5).toList();
        if (rules.isEmpty()) {
            return Observation.unknown("operations' part in the build shows in reviews and meetings, not in files: answer PEO-3");
        }
        return Observation.partial("CODEOWNERS asks an operations team to review delivery files (" + rules.get(0).summary()
                + "); whether operations also join planning, the answer tells", rules).asHint();
    }

    /** A CODEOWNERS pattern that names delivery paths: tried as a path, and as a folder holding files. */
    static boolean deliveryPattern(String pattern) {
        String p = pattern.replaceFirst("^/", "").replace("**", "x").replace("*", "x");
        if (p.isEmpty() || p.equals("x")) {
            return false;
        }
        return DeliveryPaths.matches(p) || DeliveryPaths.matches(p.endsWith("/") ? p + "x" : p + "/x");
    }
}
