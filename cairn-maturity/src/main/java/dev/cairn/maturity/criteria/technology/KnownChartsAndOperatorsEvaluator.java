package dev.cairn.maturity.criteria.technology;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Location;
import dev.cairn.core.repo.TextMatch;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.assess.manifest.ObjectFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * TEC-21: the Helm charts and operators (with their CRDs) in use are known and understood. Whether they are
 * understood, and who owns them, only the team can say, so the files are hints (cnmm-level1.md §2.6):
 * <ul>
 *   <li>MET (hint): the charts and operators in use are declared: {@code helmfile.yaml} releases, Flux
 *       {@code HelmRelease}, Argo CD {@code Application}/{@code ApplicationSet}, OLM {@code Subscription},
 *       {@code CustomResourceDefinition}s, or chart {@code dependencies:} in {@code Chart.yaml};</li>
 *   <li>UNKNOWN: none declared in the repository.</li>
 * </ul>
 */
public final class KnownChartsAndOperatorsEvaluator implements Evaluator {
    static final Pattern CHART_DEPENDENCIES = Pattern.compile("^dependencies:");

    @Override
    public String criterion() {
        return "TEC-21";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        List<EvidenceItem> items = new ArrayList<>();
        List<String> names = new ArrayList<>();
        evidence.files().matching("helmfile.yaml", "helmfile.yml", "helmfile.d/*.yaml").forEach(p -> {
            items.add(EvidenceItem.file(Location.file(p), "helmfile releases"));
            names.add(p.value());
        });
        for (TextMatch m : evidence.files().grep(CHART_DEPENDENCIES, "Chart.yaml")) {
            items.add(EvidenceItem.file(m.location(), "chart dependencies"));
            names.add("dependencies of " + m.path());
        }
        for (ObjectFacts o : evidence.manifests().ofType(KnownChartsAndOperatorsEvaluator::declaresChartOrOperator)) {
            items.add(EvidenceItem.manifest(o.ref(), o.location(), o.kind() + " " + o.ref().name()));
            names.add(o.kind() + " " + o.ref().name());
        }
        if (names.isEmpty()) {
            return Observation.unknown("no Helm releases, Argo CD applications, operator subscriptions or CRDs declared:"
                    + " answer TEC-21 if the cluster runs charts or operators");
        }
        return Observation.met(Wording.count(names.size(), "chart or operator declaration") + " in git ("
                + Wording.list(names, 3) + ")", items.stream().limit(10).toList()).asHint();
    }

    static boolean declaresChartOrOperator(String apiVersion, String kind) {
        return apiVersion.startsWith("helm.toolkit.fluxcd.io/") && kind.equals("HelmRelease")
                || apiVersion.startsWith("argoproj.io/") && (kind.equals("Application") || kind.equals("ApplicationSet"))
                || apiVersion.startsWith("operators.coreos.com/") && kind.equals("Subscription")
                || kind.equals("CustomResourceDefinition");
    }
}
