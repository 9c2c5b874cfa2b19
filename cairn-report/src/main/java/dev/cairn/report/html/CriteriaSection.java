package dev.cairn.report.html;

import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.CriterionResult;
import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.ScanReport;
import dev.cairn.report.Display;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every Level 1 criterion with its verdict, confidence and evidence, grouped by aspect. */
final class CriteriaSection {
    private static final List<String> COLUMNS = List.of("Id", "Criterion", "Tier", "Outcome", "Confidence", "Why, and the evidence");

    private CriteriaSection() {}

    static Section of(ScanReport report, CheckLinks checks) {
        if (report.criteria().isEmpty()) {
            return new Section("criteria", "Level 1 criteria", List.of(Section.empty(
                    "No criterion verdicts in this report: the Level 1 assessment has not judged any criterion.")));
        }
        Map<Aspect, List<CriterionResult>> byAspect = new TreeMap<>();
        for (CriterionResult c : report.criteria()) {
            byAspect.computeIfAbsent(c.aspect(), a -> new ArrayList<>()).add(c);
        }
        Element table = Tables.table("criteria-table", "Verdict and evidence of each Level 1 criterion, by aspect", COLUMNS);
        byAspect.forEach((aspect, criteria) -> {
            Element group = Tables.group(aspect.title() + " (" + criteria.size()
                    + (criteria.size() == 1 ? " criterion)" : " criteria)"), COLUMNS.size());
            for (CriterionResult c : criteria) {
                group.add(Element.of("tr")
                        .add(Element.of("th", c.id()).attr("scope", "row"))
                        .add(Tables.cell(c.title()))
                        .add(Tables.cell(Display.words(c.tier())))
                        .add(Element.of("td").add(Badge.outcome(c.outcome())))
                        .add(Tables.cell(Display.words(c.confidence())))
                        .add(evidence(c, checks)));
            }
            table.add(group);
        });
        return new Section("criteria", "Level 1 criteria", List.of(table));
    }

    private static Element evidence(CriterionResult c, CheckLinks checks) {
        Element cell = Element.of("td");
        if (c.summary() != null && !c.summary().isEmpty()) {
            cell.add(Element.of("p", c.summary()).cls("summary"));
        }
        if (c.evidence().isEmpty()) {
            cell.add(Element.of("span", "no evidence").cls("muted"));
        } else {
            Element list = Element.of("ul").cls("evidence");
            for (EvidenceItem e : c.evidence()) {
                list.add(item(e, checks));
            }
            cell.add(list);
        }
        if (c.conflict() != null) {
            cell.add(Element.of("p").cls("conflict").add(Element.of("strong", "Conflict: ")).add(new Text(c.conflict())));
        }
        return cell;
    }

    private static Element item(EvidenceItem e, CheckLinks checks) {
        Element li = Element.of("li").add(Element.of("span", Display.words(e.kind())).cls("kind"))
                .add(new Text(" " + (e.summary() == null ? "" : e.summary())));
        if (e.location() != null) {
            li.add(new Text(" ")).add(Tables.path(e.location().display()));
        }
        if (e.object() != null) {
            li.add(new Text(" ")).add(Tables.path(e.object().display()));
        }
        if (e.commit() != null) {
            li.add(new Text(" commit ")).add(Tables.code(Display.shortCommit(e.commit())).attr("title", e.commit()));
        }
        if (e.question() != null) {
            li.add(new Text(" question ")).add(Tables.code(e.question()));
        }
        if (e.checkId() != null) {
            li.add(new Text(" ")).add(checks.name(e.checkId(), null));
        }
        return li;
    }
}
