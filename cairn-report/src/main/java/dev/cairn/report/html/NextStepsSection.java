package dev.cairn.report.html;

import dev.cairn.core.model.CheckResult;
import dev.cairn.core.model.NextStep;
import dev.cairn.core.model.ScanReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
            Element item = Element.of("li").attr("value", String.valueOf(step.rank())).add(title(step));
            where(report, step, checks).ifPresent(item::add);
            list.add(item);
        }
        return new Section("next-steps", "Next steps", List.of(list));
    }

    private static Element title(NextStep step) {
        Element title = Element.of("p").cls("step-title");
        if (step.criterion() != null) {
            title.add(Element.of("span", step.criterion()).cls("criterion")).add(new Text(" "));
        }
        return title.add(Element.of("strong", step.title()));
    }

    /** The location to open, the hint and the check, separated by spaces; empty when the step names none. */
    private static Optional<Element> where(ScanReport report, NextStep step, CheckLinks checks) {
        List<Node> parts = new ArrayList<>();
        if (step.location() != null) {
            parts.add(Tables.path(step.location().display()));
        }
        if (step.hint() != null) {
            parts.add(new Text(step.hint()));
        }
        if (step.checkId() != null) {
            String slug = report.checks().stream().filter(c -> c.checkId().equals(step.checkId()))
                    .map(CheckResult::slug).findFirst().orElse(null);
            parts.add(checks.name(step.checkId(), slug));
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        Element where = Element.of("p").cls("step-where");
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                where.add(new Text(" "));
            }
            where.add(parts.get(i));
        }
        return Optional.of(where);
    }
}
