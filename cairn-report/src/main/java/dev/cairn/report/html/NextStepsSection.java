package dev.cairn.report.html;

import dev.cairn.core.model.CheckResult;
import dev.cairn.core.model.NextStep;
import dev.cairn.core.model.ScanReport;
import java.util.List;

/** The ranked next steps, each with the criterion it serves and where to start. */
final class NextStepsSection {
    private NextStepsSection() {}

    static Section of(ScanReport report, CheckLinks checks) {
        if (report.nextSteps().isEmpty()) {
            return new Section("next-steps", "Next steps", List.of(Section.empty(
                    "No next steps in this report: they come from the Level 1 assessment, which has not ranked any.")));
        }
        Element list = Element.of("ol").cls("steps");
        for (NextStep step : report.nextSteps()) {
            Element item = Element.of("li").attr("value", String.valueOf(step.rank()));
            Element heading = Element.of("p").cls("step-title");
            if (step.criterion() != null) {
                heading.add(Element.of("span", step.criterion()).cls("criterion")).add(new Text(" "));
            }
            item.add(heading.add(Element.of("strong", step.title())));
            if (step.location() == null && step.hint() == null && step.checkId() == null) {
                list.add(item);
                continue;
            }
            Element where = Element.of("p").cls("step-where");
            if (step.location() != null) {
                where.add(Tables.path(step.location().display()));
            }
            if (step.hint() != null) {
                where.add(new Text((step.location() != null ? " " : "") + step.hint()));
            }
            if (step.checkId() != null) {
                String slug = report.checks().stream().filter(c -> c.checkId().equals(step.checkId()))
                        .map(CheckResult::slug).findFirst().orElse(null);
                where.add(new Text(" ")).add(checks.name(step.checkId(), slug));
            }
            item.add(where);
            list.add(item);
        }
        return new Section("next-steps", "Next steps", List.of(list));
    }
}
