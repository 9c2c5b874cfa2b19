package dev.cairn.maturity.catalog;

import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.Tier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One Level 1 criterion of the catalog: what must be true, where cairn looks for it, what it asks, and
 * why it matters. The compact constructor rejects a criterion that contradicts itself, so that the
 * catalog's invariants hold wherever a criterion exists.
 *
 * @param id         stable id, the aspect's prefix and a number ({@code TEC-8})
 * @param modes      where the evidence comes from, in the order of {@link Mode}
 * @param automation follows from the modes ({@link Automation#of})
 * @param title      a table-sized name without a trailing period
 * @param criterion  one sentence: what must be true
 * @param evidence   how cairn looks for it, naming files and kinds
 * @param questions  the self-assessment questions; present exactly when the modes include {@link Mode#SELF_ASSESSMENT}
 * @param learn      why the practice matters at Level 1, for someone new to it
 * @param levelTwo   what it grows into at Level 2, or null
 * @param optIn      the opt-in group an optional criterion belongs to ({@code ai}), null for every other tier
 * @param scorecard  the OpenSSF Scorecard checks that judge the same practice ({@link ScorecardChecks}), for
 *                   teams that come from Scorecard; empty for most criteria
 */
public record Criterion(
        String id,
        Aspect aspect,
        String subArea,
        Tier tier,
        Set<Mode> modes,
        Automation automation,
        String title,
        String criterion,
        String evidence,
        List<Question> questions,
        String learn,
        String levelTwo,
        String optIn,
        List<String> scorecard) {

    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]?");
    private static final Pattern GROUP = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Criterion {
        modes = modes == null || modes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(modes));
        questions = questions == null ? List.of() : List.copyOf(questions);
        scorecard = scorecard == null ? List.of() : List.copyOf(scorecard);
        List<String> problems = new ArrayList<>();
        identity(id, aspect, problems);
        if (tier == null) problems.add("tier missing");
        Texts.requireParagraph("subArea", subArea, problems);
        if (Texts.requireParagraph("title", title, problems) && title.endsWith(".")) {
            problems.add("title must not end with a period");
        }
        Texts.requireSentences("criterion", criterion, problems);
        Texts.requireSentences("evidence", evidence, problems);
        Texts.requireSentences("learn", learn, problems);
        if (levelTwo != null) Texts.requireSentences("levelTwo", levelTwo, problems);
        evidenceSources(modes, automation, problems);
        questions(id, modes, questions, problems);
        optIn(tier, optIn, problems);
        scorecard.stream().filter(name -> !ScorecardChecks.isCheck(name))
                .forEach(name -> problems.add("'" + name + "' is not an OpenSSF Scorecard check"));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid criterion " + id + ": " + String.join("; ", problems));
        }
    }

    /** Whether a person is asked (hybrid and self criteria). */
    public boolean asks() {
        return modes.contains(Mode.SELF_ASSESSMENT);
    }

    private static void identity(String id, Aspect aspect, List<String> problems) {
        if (aspect == null) {
            problems.add("aspect missing");
            return;
        }
        String prefix = aspect.criterionPrefix() + "-";
        if (id == null || !id.startsWith(prefix) || !NUMBER.matcher(id.substring(prefix.length())).matches()) {
            problems.add("id must be " + prefix + "<number> for aspect " + aspect.title());
        }
    }

    private static void evidenceSources(Set<Mode> modes, Automation automation, List<String> problems) {
        if (modes.isEmpty()) {
            problems.add("modes missing");
        } else if (automation != Automation.of(modes)) {
            problems.add("automation must be " + Automation.of(modes).id() + " for these modes, not "
                    + (automation == null ? "missing" : automation.id()));
        }
    }

    private static void questions(String id, Set<Mode> modes, List<Question> questions, List<String> problems) {
        boolean asks = modes.contains(Mode.SELF_ASSESSMENT);
        if (asks && questions.isEmpty()) problems.add("mode Q needs at least one question");
        if (!asks && !questions.isEmpty()) problems.add("questions need mode Q");
        Set<String> seen = new HashSet<>();
        for (Question q : questions) {
            if (!q.criterionId().equals(id)) problems.add("question " + q.id() + " belongs to " + q.criterionId());
            if (!seen.add(q.id())) problems.add("duplicate question id " + q.id());
            if (questions.size() > 1 && !q.hasSuffix()) {
                problems.add("question " + q.id() + " needs a suffix: the criterion asks several questions");
            }
            if (questions.size() == 1 && q.hasSuffix()) {
                problems.add("question " + q.id() + " is the only one: its id is the criterion id");
            }
        }
    }

    private static void optIn(Tier tier, String optIn, List<String> problems) {
        if (tier == Tier.OPTIONAL && optIn == null) problems.add("an optional criterion names its opt-in group");
        if (tier != Tier.OPTIONAL && optIn != null) problems.add("only optional criteria have an opt-in group");
        if (optIn != null && !GROUP.matcher(optIn).matches()) problems.add("opt-in group must be kebab-case: " + optIn);
    }
}
