package dev.cairn.maturity.assess;

import dev.cairn.core.assessment.Answer;
import dev.cairn.core.assessment.AnswerValue;
import dev.cairn.core.assessment.Answers;
import dev.cairn.core.model.Confidence;
import dev.cairn.core.model.CriterionResult;
import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Outcome;
import dev.cairn.core.model.Tier;
import dev.cairn.maturity.catalog.Criterion;
import dev.cairn.maturity.catalog.Question;
import java.util.ArrayList;
import java.util.List;

/**
 * Weighs an observation against the self-assessment answers, the same way for every criterion
 * (cnmm-level1.md §5.2 items 1 and 2):
 * <ul>
 *   <li>an optional criterion the team did not opt into is not applicable;</li>
 *   <li>an answer {@code not-applicable} with a reason in its note is a declared exemption;</li>
 *   <li>a decisive observation stands; an answer that agrees adds attestation, one that contradicts it
 *       makes the criterion PARTIAL and is reported as a conflict;</li>
 *   <li>a hint (a document that merely mentions the practice) yields to an answer, which it corroborates;</li>
 *   <li>with no observation, an answer alone gives at most MET (attested);</li>
 *   <li>a hint of absence (nothing found, so no evidence to show) without an answer is UNKNOWN where a question can settle the
 *       criterion: the document may live in a wiki, so its absence from the repository is no evidence.
 *       Only where the repository is the sole place the catalog looks does absence count as NOT_MET.</li>
 * </ul>
 */
public final class Verdicts {
    private Verdicts() {}

    public static CriterionResult judge(Criterion criterion, Observation observed, Answers answers) {
        if (criterion.optIn() != null && !answers.optedIn(criterion.optIn())) {
            return result(criterion, Outcome.NOT_APPLICABLE, Confidence.OBSERVED,
                    "optional: counts only when the team opts into '" + criterion.optIn()
                            + "' (optIn in .cairn/assessment.yaml)", List.of(), null);
        }
        List<Answer> given = answers.answers(questionIds(criterion));
        if (given.isEmpty()) {
            Outcome outcome = absenceIsNoEvidence(criterion, observed) ? Outcome.UNKNOWN : observed.outcome();
            return result(criterion, outcome, Confidence.OBSERVED, observed.summary(), observed.evidence(), null);
        }
        List<EvidenceItem> evidence = new ArrayList<>(observed.evidence());
        given.forEach(a -> evidence.add(EvidenceItem.answer(a.questionId(), a.location(), describe(a))));
        AnswerValue combined = combine(given);
        if (combined == AnswerValue.NOT_APPLICABLE) {
            boolean reasoned = given.stream().allMatch(a -> a.note() != null && !a.note().isBlank());
            return reasoned
                    ? result(criterion, Outcome.NOT_APPLICABLE, Confidence.ATTESTED, "declared not applicable: "
                            + given.get(0).note(), evidence, null)
                    : result(criterion, observed.outcome(), Confidence.OBSERVED, observed.summary(), evidence,
                            "answered not-applicable without a reason in its note: the answer is ignored");
        }
        Outcome attested = outcomeOf(combined);
        if (observed.isUnknown() || observed.outcome() == Outcome.NOT_APPLICABLE && observed.strength() == Strength.HINT) {
            return result(criterion, attested, Confidence.ATTESTED, "answered " + combined.wireName(), evidence, null);
        }
        boolean agrees = observed.outcome() == attested;
        if (observed.strength() == Strength.HINT) {
            return result(criterion, attested, agrees ? Confidence.OBSERVED_AND_ATTESTED : Confidence.ATTESTED,
                    "answered " + combined.wireName() + "; " + observed.summary(), evidence, null);
        }
        if (agrees) {
            return result(criterion, observed.outcome(), Confidence.OBSERVED_AND_ATTESTED, observed.summary(), evidence, null);
        }
        if (contradicts(observed.outcome(), attested)) {
            return result(criterion, Outcome.PARTIAL, Confidence.OBSERVED_AND_ATTESTED, observed.summary(), evidence,
                    "answered " + combined.wireName() + ", but cairn observed: " + observed.summary());
        }
        // one side says partial: the observation stands and the answer is shown beside it
        return result(criterion, observed.outcome(), Confidence.OBSERVED_AND_ATTESTED, observed.summary(), evidence, null);
    }

    private static boolean absenceIsNoEvidence(Criterion criterion, Observation observed) {
        return observed.outcome() == Outcome.NOT_MET && observed.strength() == Strength.HINT
                && observed.evidence().isEmpty() && !criterion.questions().isEmpty();
    }

    /** The question ids an answer may use: the criterion's questions, or its own id for an exemption. */
    static List<String> questionIds(Criterion criterion) {
        List<String> ids = new ArrayList<>(criterion.questions().stream().map(Question::id).toList());
        if (!ids.contains(criterion.id())) {
            ids.add(0, criterion.id());
        }
        return ids;
    }

    /** Several questions of one criterion: all yes is yes, all no is no, anything mixed is partial. */
    static AnswerValue combine(List<Answer> answers) {
        List<AnswerValue> applicable = answers.stream().map(Answer::value).filter(v -> v != AnswerValue.NOT_APPLICABLE).toList();
        if (applicable.isEmpty()) {
            return AnswerValue.NOT_APPLICABLE;
        }
        if (applicable.stream().allMatch(v -> v == AnswerValue.YES)) return AnswerValue.YES;
        if (applicable.stream().allMatch(v -> v == AnswerValue.NO)) return AnswerValue.NO;
        return AnswerValue.PARTIAL;
    }

    private static boolean contradicts(Outcome observed, Outcome attested) {
        return observed == Outcome.MET && attested == Outcome.NOT_MET || observed == Outcome.NOT_MET && attested == Outcome.MET;
    }

    private static Outcome outcomeOf(AnswerValue value) {
        return switch (value) {
            case YES -> Outcome.MET;
            case PARTIAL -> Outcome.PARTIAL;
            case NO -> Outcome.NOT_MET;
            case NOT_APPLICABLE -> Outcome.NOT_APPLICABLE;
        };
    }

    private static String describe(Answer a) {
        StringBuilder s = new StringBuilder("answered ").append(a.value().wireName());
        if (a.note() != null && !a.note().isBlank()) s.append(": ").append(a.note());
        if (a.by() != null) s.append(" (").append(a.by()).append(a.date() != null ? ", " + a.date() : "").append(')');
        return s.toString();
    }

    private static CriterionResult result(Criterion c, Outcome outcome, Confidence confidence, String summary,
                                          List<EvidenceItem> evidence, String conflict) {
        Tier tier = c.tier();
        return new CriterionResult(c.id(), c.aspect(), tier, c.title(), outcome, confidence, summary, evidence, conflict);
    }
}
