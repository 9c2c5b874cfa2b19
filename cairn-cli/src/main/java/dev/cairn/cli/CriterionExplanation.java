package dev.cairn.cli;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.maturity.catalog.Criterion;
import dev.cairn.maturity.catalog.Mode;
import dev.cairn.maturity.catalog.Question;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What {@code cairn checks explain POL-6} prints: the criterion, its evidence, questions, lesson and checks. */
final class CriterionExplanation {
    private CriterionExplanation() {}

    /** @param serving the checks whose spec cites this criterion, in catalog order */
    static void print(Criterion c, List<CheckSpec> serving, PrintWriter out) {
        out.println(c.id() + " · " + c.aspect().title() + " · " + kebab(c.tier()) + " · modes "
                + c.modes().stream().map(Mode::letter).collect(Collectors.joining(" ")) + " · " + c.automation().id());
        out.println(c.title());
        out.println();
        out.println(c.criterion());
        if (c.optIn() != null) {
            out.println();
            out.println("Optional: not applicable unless the team opts in with 'optIn: [" + c.optIn()
                    + "]' in .cairn/assessment.yaml.");
        }
        section("How cairn looks for it", c.evidence(), out);
        if (!c.questions().isEmpty()) {
            section(c.questions().size() == 1 ? "Question" : "Questions",
                    "Answer yes, partial, no or not-applicable under 'answers:' in .cairn/assessment.yaml.", out);
            out.println();
            for (Question q : c.questions()) {
                out.println("- " + q.id() + ": " + q.text());
                out.println("  " + q.help());
            }
        }
        section("Why it matters", c.learn(), out);
        if (c.levelTwo() != null) {
            section("At Level 2", c.levelTwo(), out);
        }
        out.println();
        out.println("## Checks that serve it");
        out.println();
        if (serving.isEmpty()) {
            out.println("No built-in check serves this criterion.");
        }
        for (CheckSpec s : serving) {
            out.println("- " + s.id() + " " + s.slug() + " · " + s.severity().id() + " · " + s.title());
        }
        if (!c.scorecard().isEmpty()) {
            section("In OpenSSF Scorecard", "The same practice is judged by " + String.join(", ", c.scorecard()) + ".", out);
        }
    }

    private static void section(String heading, String text, PrintWriter out) {
        out.println();
        out.println("## " + heading);
        out.println();
        out.println(text);
    }

    private static String kebab(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
