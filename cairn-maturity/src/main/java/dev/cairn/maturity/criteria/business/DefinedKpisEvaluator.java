package dev.cairn.maturity.criteria.business;

import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.KpiId;
import dev.cairn.core.model.KpiTarget;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.SourcePath;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * BIZ-3: first KPIs are defined, each with a baseline, a target, an owner, a data source and the business
 * goal it serves. The one home of KPI definitions is {@code kpis.targets} in {@code .cairn.yaml}
 * ({@code AssessmentEvidence.kpiConfig()}); a KPI document ({@code docs/kpis.md}, an OKR file) counts only
 * as partial. A hint throughout (cnmm-level1.md §2.6): the answer confirms the list.
 * <ul>
 *   <li>MET: targets are declared, each with baseline, target, owner, source and goal;</li>
 *   <li>PARTIAL: targets are declared but some lack one of the five; or only a KPI document exists;</li>
 *   <li>UNKNOWN: neither (the KPIs may be kept elsewhere; the answer tells).</li>
 * </ul>
 */
public final class DefinedKpisEvaluator implements Evaluator {
    static final String CONFIG = ".cairn.yaml";
    private static final String[] KPI_DOCUMENTS = {"kpi*.md", "KPI*.md", "okr*.md", "OKR*.md", "kpi*.adoc", "okr*.adoc"};

    @Override
    public String criterion() {
        return "BIZ-3";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        Map<KpiId, KpiTarget> targets = evidence.kpiConfig().targets();
        if (targets.isEmpty()) {
            List<SourcePath> documents = evidence.files().matching(KPI_DOCUMENTS);
            if (documents.isEmpty()) {
                return Observation.unknown("no KPI is declared under kpis.targets in .cairn.yaml: declare the first KPIs there"
                        + " (cairn init writes a template) or answer BIZ-3");
            }
            return Observation.partial("KPIs are written in " + documents.get(0) + ", but not declared under kpis.targets in"
                    + " .cairn.yaml, where cairn measures them against their targets",
                    documents.stream().limit(3).map(p -> EvidenceItem.file(Location.file(p), "KPI document")).toList()).asHint();
        }
        List<EvidenceItem> items = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        targets.forEach((id, target) -> {
            List<String> missing = missing(target);
            items.add(EvidenceItem.file(declaration(evidence, id), id.id() + (missing.isEmpty() ? " declared with all five"
                    : " lacks " + String.join(", ", missing))));
            if (!missing.isEmpty()) {
                gaps.add(id.id() + " has no " + String.join(", ", missing));
            }
        });
        if (gaps.isEmpty()) {
            return Observation.met(targets.size() + (targets.size() == 1 ? " KPI is" : " KPIs are") + " declared in .cairn.yaml,"
                    + " each with baseline, target, owner, data source and goal", items).asHint();
        }
        return Observation.partial(gaps.size() + " of " + targets.size() + " declared KPIs lack part of their definition ("
                + String.join("; ", gaps.subList(0, Math.min(2, gaps.size()))) + "): give each a baseline, target, owner,"
                + " source and goal", items).asHint();
    }

    private static List<String> missing(KpiTarget t) {
        List<String> missing = new ArrayList<>();
        if (t.baseline() == null) missing.add("baseline");
        if (t.target() == null) missing.add("target");
        if (t.owner() == null || t.owner().isBlank()) missing.add("owner");
        if (t.source() == null || t.source().isBlank()) missing.add("source");
        if (t.goal() == null || t.goal().isBlank()) missing.add("goal");
        return missing;
    }

    /** The {@code kpi: <id>} line of the declaration in .cairn.yaml, or the file when its text was not read. */
    static Location declaration(AssessmentEvidence evidence, KpiId id) {
        Pattern line = Pattern.compile("\\bkpi\\s*:\\s*[\"']?" + Pattern.quote(id.id()) + "[\"']?(?![\\w-])");
        return evidence.files().find(line, "/" + CONFIG).map(m -> m.location()).orElse(Location.file(SourcePath.of(CONFIG)));
    }
}
