package dev.cairn.maturity.catalog;

import static java.util.stream.Collectors.joining;

import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.LevelTwoItem;
import dev.cairn.core.model.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Generates docs/criteria/ from the catalog: an index by aspect and one page per aspect, so that the
 * documentation and {@code cairn checks explain} say the same thing and neither is edited by hand.
 */
final class CriteriaDocs {
    private static final String GENERATED =
            "<!-- Generated from cairn-maturity's criteria catalog (catalog/level1.yaml); do not edit. -->\n";

    private CriteriaDocs() {}

    /** File name to content, for the index and every aspect page. */
    static Map<String, String> render(Catalog catalog) {
        Map<String, String> out = new TreeMap<>();
        out.put("README.md", index(catalog));
        for (Aspect aspect : Aspect.values()) {
            out.put(page(aspect), aspectPage(catalog, aspect));
        }
        return out;
    }

    private static String index(Catalog catalog) {
        StringBuilder b = new StringBuilder(GENERATED);
        b.append("# Level 1 criteria\n\n");
        b.append("The ").append(catalog.criteria().size()).append(" criteria cairn assesses for Level 1 (\"Build\") of the CNCF ")
                .append("Cloud Native Maturity Model, catalog version ").append(catalog.version()).append(". Each aspect's page ")
                .append("gives every criterion's statement, how cairn looks for it, the self-assessment questions, why it ")
                .append("matters, and what Level 2 asks next. `cairn checks explain ID` prints a criterion in the terminal, ")
                .append("with the checks that serve it.\n\n");
        b.append("- **Modes** (where evidence comes from): ")
                .append(List.of(Mode.values()).stream().map(m -> m.letter() + " " + m.title()).collect(joining(", "))).append(".\n");
        b.append("- **Tiers**: core criteria are needed to attain Level 1 in an aspect; supporting ones add credit; ")
                .append("optional ones count only when the team opts in (`optIn: [ai]` in `.cairn/assessment.yaml`); ")
                .append("information is shown and never scored.\n");
        b.append("- **Automation**: auto (files decide), hybrid (files plus a confirming question), self (the answer alone). ")
                .append("Questions are answered yes, partial, no or not-applicable in `.cairn/assessment.yaml` ")
                .append("(schema: `schema/assessment-v1.json`).\n\n");
        b.append("| aspect | criteria | core | supporting | optional | information | auto | hybrid | self |\n");
        b.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Aspect aspect : Aspect.values()) {
            countsRow("[" + aspect.title() + "](" + page(aspect) + ")", catalog.criteria(aspect), b);
        }
        countsRow("**all**", catalog.criteria(), b);
        scorecard(catalog, b);
        for (Aspect aspect : Aspect.values()) {
            b.append("\n## ").append(aspect.title()).append("\n\n");
            b.append("| id | title | tier | modes | automation |\n|---|---|---|---|---|\n");
            for (Criterion c : catalog.criteria(aspect)) {
                b.append("| [").append(c.id()).append("](").append(page(aspect)).append("#").append(anchor(c)).append(") | ")
                        .append(c.title()).append(" | ").append(kebab(c.tier())).append(" | ").append(letters(c)).append(" | ")
                        .append(c.automation().id()).append(" |\n");
            }
        }
        return b.toString();
    }

    /**
     * For teams that come from OpenSSF Scorecard: which criterion judges each of its checks, and which checks
     * cairn leaves to Scorecard.
     */
    private static void scorecard(Catalog catalog, StringBuilder b) {
        b.append("\n## Coming from OpenSSF Scorecard\n\n");
        b.append("Scorecard's checks judge a repository's practices, as these criteria do; cairn's checks judge manifests")
                .append(" and Dockerfiles instead (see [coming from other tools](../checks/coming-from-other-tools.md)).")
                .append(" Each Scorecard check below is judged by the criteria named, with the evidence their pages")
                .append(" describe.\n\n| OpenSSF Scorecard | criteria |\n|---|---|\n");
        List<String> left = new ArrayList<>();
        for (String check : ScorecardChecks.ALL) {
            List<Criterion> judging = catalog.criteria().stream().filter(c -> c.scorecard().contains(check)).toList();
            if (judging.isEmpty()) {
                left.add("`" + check + "`");
                continue;
            }
            b.append("| `").append(check).append("` | ").append(judging.stream()
                    .map(c -> "[" + c.id() + "](" + page(c.aspect()) + "#" + anchor(c) + ") " + c.title())
                    .collect(joining(", "))).append(" |\n");
        }
        b.append("\nNot judged at Level 1: ").append(String.join(", ", left))
                .append(". Keep Scorecard for them, or for the badge. Known vulnerabilities are KPIs in cairn")
                .append(" (`vulnerabilities-critical`, `vulnerabilities-high`), counted from a scanner's output.\n");
    }

    private static void countsRow(String label, List<Criterion> criteria, StringBuilder b) {
        b.append("| ").append(label).append(" | ").append(criteria.size());
        for (Tier tier : Tier.values()) {
            b.append(" | ").append(count(criteria, c -> c.tier() == tier));
        }
        for (Automation automation : Automation.values()) {
            b.append(" | ").append(count(criteria, c -> c.automation() == automation));
        }
        b.append(" |\n");
    }

    private static String aspectPage(Catalog catalog, Aspect aspect) {
        List<Criterion> criteria = catalog.criteria(aspect);
        StringBuilder b = new StringBuilder(GENERATED);
        b.append("# ").append(aspect.title()).append("\n\n");
        b.append(criteria.size()).append(" criteria at Level 1: ")
                .append(List.of(Tier.values()).stream().filter(t -> count(criteria, c -> c.tier() == t) > 0)
                        .map(t -> count(criteria, c -> c.tier() == t) + " " + kebab(t)).collect(joining(", ")))
                .append(". [All aspects](README.md)\n");
        for (Criterion c : criteria) {
            criterion(c, b);
        }
        b.append("\n## Level 2 preview\n\nWhat comes next once ").append(aspect.title()).append(" has attained Level 1:\n\n");
        for (LevelTwoItem item : catalog.levelTwo(aspect)) {
            b.append("- **").append(item.title()).append(".** ").append(item.description()).append("\n");
        }
        return b.toString();
    }

    private static void criterion(Criterion c, StringBuilder b) {
        b.append("\n## ").append(c.id()).append("\n\n**").append(c.title()).append("**\n\n");
        b.append("| | |\n|---|---|\n");
        b.append("| sub-area | ").append(c.subArea()).append(" |\n");
        b.append("| tier | ").append(kebab(c.tier())).append(" |\n");
        b.append("| modes | ").append(c.modes().stream().map(m -> m.letter() + " " + m.title()).collect(joining(", "))).append(" |\n");
        b.append("| automation | ").append(c.automation().id()).append(" |\n");
        if (c.optIn() != null) {
            b.append("| opt-in | `").append(c.optIn()).append("`: not applicable unless the team opts in |\n");
        }
        if (!c.scorecard().isEmpty()) {
            b.append("| OpenSSF Scorecard | ").append(c.scorecard().stream().map(n -> "`" + n + "`").collect(joining(", ")))
                    .append(" |\n");
        }
        b.append("\n").append(c.criterion()).append("\n\n");
        b.append("**How cairn looks for it.** ").append(c.evidence()).append("\n");
        if (!c.questions().isEmpty()) {
            b.append("\n**").append(c.questions().size() == 1 ? "Question" : "Questions").append(".** Answer `yes`, `partial`, ")
                    .append("`no` or `not-applicable` under `answers:` in `.cairn/assessment.yaml`.\n\n");
            for (Question q : c.questions()) {
                b.append("- `").append(q.id()).append("`: ").append(q.text()).append("\n  - ").append(q.help()).append("\n");
            }
        }
        b.append("\n**Why it matters.** ").append(c.learn()).append("\n");
        if (c.levelTwo() != null) {
            b.append("\n**At Level 2.** ").append(c.levelTwo()).append("\n");
        }
    }

    static String page(Aspect aspect) {
        return kebab(aspect) + ".md";
    }

    /** The anchor GitHub gives a {@code ## PEO-1} heading. */
    private static String anchor(Criterion c) {
        return c.id().toLowerCase(Locale.ROOT);
    }

    private static String letters(Criterion c) {
        return c.modes().stream().map(Mode::letter).collect(joining(" "));
    }

    private static long count(List<Criterion> criteria, Predicate<Criterion> filter) {
        return criteria.stream().filter(filter).count();
    }

    private static String kebab(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
