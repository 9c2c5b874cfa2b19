package dev.cairn.maturity.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.assessment.Answer;
import dev.cairn.core.assessment.AnswerValue;
import dev.cairn.core.assessment.Answers;
import dev.cairn.core.model.Confidence;
import dev.cairn.core.model.CriterionResult;
import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.EvidenceKind;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.Outcome;
import dev.cairn.core.model.SourcePath;
import dev.cairn.maturity.catalog.Catalog;
import dev.cairn.maturity.catalog.Criterion;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** §5.2 item 2: how an observation and the answers combine, for every case. */
class VerdictsTest {
    private static final Catalog CATALOG = Catalog.level1();
    private static final Criterion TEC_8 = CATALOG.criterion("TEC-8").orElseThrow(); // no question: auto
    private static final Criterion POL_6 = CATALOG.criterion("POL-6").orElseThrow(); // one question
    private static final Criterion PEO_9 = CATALOG.criterion("PEO-9").orElseThrow(); // several questions
    private static final Criterion TEC_34 = CATALOG.criterion("TEC-34").orElseThrow(); // optional (ai)

    @ParameterizedTest(name = "{0} {1} + answer {2} -> {3} {4}")
    @CsvSource(nullValues = "-", value = {
            // observed, strength, answer, outcome, confidence, conflict?
            "MET,      DECISIVE, -,              MET,            OBSERVED,              false",
            "NOT_MET,  DECISIVE, -,              NOT_MET,        OBSERVED,              false",
            "UNKNOWN,  HINT,     -,              UNKNOWN,        OBSERVED,              false",
            "UNKNOWN,  HINT,     yes,            MET,            ATTESTED,              false",
            "UNKNOWN,  HINT,     partial,        PARTIAL,        ATTESTED,              false",
            "UNKNOWN,  HINT,     no,             NOT_MET,        ATTESTED,              false",
            "MET,      DECISIVE, yes,            MET,            OBSERVED_AND_ATTESTED, false",
            "NOT_MET,  DECISIVE, no,             NOT_MET,        OBSERVED_AND_ATTESTED, false",
            "NOT_MET,  DECISIVE, yes,            PARTIAL,        OBSERVED_AND_ATTESTED, true",
            "MET,      DECISIVE, no,             PARTIAL,        OBSERVED_AND_ATTESTED, true",
            "PARTIAL,  DECISIVE, yes,            PARTIAL,        OBSERVED_AND_ATTESTED, false",
            "MET,      HINT,     no,             NOT_MET,        ATTESTED,              false",
            "MET,      HINT,     yes,            MET,            OBSERVED_AND_ATTESTED, false",
            "NOT_MET,  HINT,     partial,        PARTIAL,        ATTESTED,              false",
    })
    void anObservationAndAnAnswerCombine(Outcome observed, Strength strength, String answer, Outcome outcome,
                                         Confidence confidence, boolean conflict) {
        Answers answers = answer == null ? Answers.none() : answers(Map.of("POL-6", answer));
        CriterionResult r = Verdicts.judge(POL_6, new Observation(observed, strength, "seen", List.of()), answers);
        assertThat(r.outcome()).isEqualTo(outcome);
        assertThat(r.confidence()).isEqualTo(confidence);
        assertThat(r.conflict() != null).isEqualTo(conflict);
        if (answer != null) {
            assertThat(r.evidence()).anyMatch(e -> e.kind() == EvidenceKind.ANSWER && "POL-6".equals(e.question()));
        }
    }

    @Test
    void absenceIsNoEvidenceWhereAQuestionCanSettleTheCriterion() {
        Observation nothingFound = new Observation(Outcome.NOT_MET, Strength.HINT, "no SLO document", List.of());
        CriterionResult unanswered = Verdicts.judge(POL_6, nothingFound, Answers.none());
        assertThat(unanswered.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(unanswered.summary()).isEqualTo("no SLO document");
        // where the repository is the only place the catalog looks, absence counts
        assertThat(Verdicts.judge(TEC_8, nothingFound, Answers.none()).outcome()).isEqualTo(Outcome.NOT_MET);
        // a hint that shows what it saw is evidence
        Observation seen = new Observation(Outcome.NOT_MET, Strength.HINT, "SLO without target",
                List.of(EvidenceItem.file(Location.file(SourcePath.of("docs/slo.md")), "SLO")));
        assertThat(Verdicts.judge(POL_6, seen, Answers.none()).outcome()).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void aConflictSaysWhatWasAnsweredAndWhatWasSeen() {
        CriterionResult r = Verdicts.judge(POL_6, Observation.notMet("no SLO file found"), answers(Map.of("POL-6", "yes")));
        assertThat(r.conflict()).isEqualTo("answered yes, but cairn observed: no SLO file found");
    }

    @Test
    void severalQuestionsCombineAllYesAllNoElsePartial() {
        List<String> ids = PEO_9.questions().stream().map(q -> q.id()).toList();
        assertThat(ids).hasSizeGreaterThan(1);
        assertThat(judge(PEO_9, ids, "yes").outcome()).isEqualTo(Outcome.MET);
        assertThat(judge(PEO_9, ids, "no").outcome()).isEqualTo(Outcome.NOT_MET);
        Map<String, String> mixed = new LinkedHashMap<>();
        ids.forEach(id -> mixed.put(id, "yes"));
        mixed.put(ids.get(0), "no");
        assertThat(Verdicts.judge(PEO_9, Observation.unknown("-"), answers(mixed)).outcome()).isEqualTo(Outcome.PARTIAL);
        // one question answered, the rest open: the answer given decides
        assertThat(Verdicts.judge(PEO_9, Observation.unknown("-"), answers(Map.of(ids.get(1), "partial"))).outcome())
                .isEqualTo(Outcome.PARTIAL);
    }

    @Test
    void notApplicableNeedsAReason() {
        Answers withReason = new Answers(Map.of("TEC-8", answer("TEC-8", AnswerValue.NOT_APPLICABLE, "no containers: serverless only")), Set.of());
        CriterionResult exempt = Verdicts.judge(TEC_8, Observation.notMet("privileged container"), withReason);
        assertThat(exempt.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(exempt.summary()).isEqualTo("declared not applicable: no containers: serverless only");

        Answers bare = new Answers(Map.of("TEC-8", answer("TEC-8", AnswerValue.NOT_APPLICABLE, null)), Set.of());
        CriterionResult ignored = Verdicts.judge(TEC_8, Observation.notMet("privileged container"), bare);
        assertThat(ignored.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(ignored.conflict()).contains("without a reason");
    }

    @Test
    void optionalCriteriaCountOnlyWhenOptedIn() {
        Observation gpu = Observation.met("GPU requests in manifests", List.of());
        assertThat(Verdicts.judge(TEC_34, gpu, Answers.none()).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(Verdicts.judge(TEC_34, gpu, new Answers(Map.of(), Set.of("ai"))).outcome()).isEqualTo(Outcome.MET);
    }

    private static CriterionResult judge(Criterion c, List<String> ids, String value) {
        Map<String, String> all = new LinkedHashMap<>();
        ids.forEach(id -> all.put(id, value));
        return Verdicts.judge(c, Observation.unknown("-"), answers(all));
    }

    private static Answers answers(Map<String, String> values) {
        Map<String, Answer> out = new LinkedHashMap<>();
        values.forEach((id, v) -> out.put(id, answer(id, AnswerValue.parse(v).orElseThrow(), null)));
        return new Answers(out, Set.of());
    }

    private static Answer answer(String id, AnswerValue value, String note) {
        return new Answer(id, value, note, "ana@acme.io", LocalDate.of(2026, 11, 2), null, null);
    }
}
