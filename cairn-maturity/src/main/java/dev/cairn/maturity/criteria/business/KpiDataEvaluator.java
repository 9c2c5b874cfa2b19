package dev.cairn.maturity.criteria.business;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.KpiId;
import dev.cairn.core.model.KpiValue;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * BIZ-4: the data each chosen KPI needs is available, and a first measurement serves as the baseline. A KPI
 * is chosen when it is declared under {@code kpis.targets} in {@code .cairn.yaml}; it has data when this
 * scan measured a value for it (DORA from git, request coverage and cost from manifests, vulnerability
 * counts from scanner output; {@code AssessmentEvidence.kpis()}).
 * <ul>
 *   <li>MET: every declared KPI has a value;</li>
 *   <li>PARTIAL: some declared KPIs have none; or none is declared, but cairn measured some KPIs, which
 *       could serve as baselines;</li>
 *   <li>NOT_MET: no declared KPI has a value, or none is declared and cairn could measure none.</li>
 * </ul>
 */
public final class KpiDataEvaluator implements Evaluator {
    @Override
    public String criterion() {
        return "BIZ-4";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        Map<String, KpiValue> values = evidence.kpis().stream()
                .collect(Collectors.toMap(KpiValue::id, Function.identity(), (a, b) -> a));
        List<KpiId> declared = List.copyOf(evidence.kpiConfig().targets().keySet());
        if (declared.isEmpty()) {
            List<KpiValue> measured = evidence.kpis().stream().filter(v -> v.value() != null).toList();
            if (measured.isEmpty()) {
                return Observation.notMet("no KPI is declared under kpis.targets in .cairn.yaml, and cairn could measure"
                        + " none here: declare KPIs and give cairn git history, manifests or scanner output to measure them");
            }
            return Observation.partial("cairn measured " + measured.size() + " KPIs (" + measured.stream().limit(3)
                    .map(KpiDataEvaluator::value).collect(Collectors.joining(", ")) + (measured.size() > 3 ? ", ..." : "")
                    + "), but none is declared under"
                    + " kpis.targets in .cairn.yaml: choose the KPIs that matter and record these values as baselines",
                    List.of());
        }
        List<EvidenceItem> items = new ArrayList<>();
        List<String> withData = new ArrayList<>();
        List<String> without = new ArrayList<>();
        for (KpiId id : declared) {
            Optional<KpiValue> value = Optional.ofNullable(values.get(id.id())).filter(v -> v.value() != null);
            String why = value.map(KpiDataEvaluator::describe).orElseGet(() -> id.id() + " has no data"
                    + Optional.ofNullable(values.get(id.id())).flatMap(v -> v.caveats().stream().findFirst())
                            .map(c -> " (" + c + ")").orElse(""));
            items.add(EvidenceItem.file(DefinedKpisEvaluator.declaration(evidence, id), why));
            (value.isPresent() ? withData : without).add(value.isPresent() ? describe(value.get()) : why);
        }
        if (without.isEmpty()) {
            return Observation.met("every declared KPI has data: " + String.join(", ", withData), items);
        }
        String missing = String.join("; ", without.subList(0, Math.min(2, without.size())));
        if (withData.isEmpty()) {
            return Observation.notMet("no declared KPI has data: " + missing, items);
        }
        return Observation.partial(without.size() + " of " + declared.size() + " declared KPIs have no data: " + missing, items);
    }

    /** "deployment-frequency 1.5 per-week (git tags matching v*)". */
    private static String describe(KpiValue v) {
        return value(v) + (v.estimatedFrom() == null ? "" : " (" + v.estimatedFrom() + ")");
    }

    /** "deployment-frequency 1.5 per-week". */
    private static String value(KpiValue v) {
        return v.id() + " " + BigDecimal.valueOf(v.value()).stripTrailingZeros().toPlainString() + " " + v.unit();
    }
}
