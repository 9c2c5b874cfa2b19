package dev.cairn.ingest.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.assessment.Answer;
import dev.cairn.core.assessment.AnswerValue;
import dev.cairn.core.assessment.Answers;
import dev.cairn.core.config.ConfigException;
import dev.cairn.core.model.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswersFileTest {
    private static final Predicate<String> KNOWN = Set.of("PEO-1", "PEO-9.k8s-basics", "TEC-8")::contains;

    @Test
    void readsTheFormatOfProductMd() {
        Answers a = AnswersFile.parse("""
                optIn: [ai]
                answers:
                  PEO-1:   { answer: yes, note: "checkout service POC, sponsor: VP Eng", by: ana@acme.io, date: 2026-11-02 }
                  PEO-9.k8s-basics: { answer: partial, note: "4 of 7 developers trained" }
                  TEC-8: not-applicable
                """, ".cairn/assessment.yaml", KNOWN);
        Answer peo1 = a.answer("PEO-1").orElseThrow();
        assertThat(peo1.value()).isEqualTo(AnswerValue.YES);
        assertThat(peo1.note()).isEqualTo("checkout service POC, sponsor: VP Eng");
        assertThat(peo1.by()).isEqualTo("ana@acme.io");
        assertThat(peo1.date()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(peo1.location().path().value()).isEqualTo(".cairn/assessment.yaml");
        assertThat(peo1.location().span().startLine()).isEqualTo(3);
        assertThat(a.answer("PEO-9.k8s-basics").orElseThrow().value()).isEqualTo(AnswerValue.PARTIAL);
        assertThat(a.answer("TEC-8").orElseThrow().value()).isEqualTo(AnswerValue.NOT_APPLICABLE);
        assertThat(a.optedIn("ai")).isTrue();
    }

    @Test
    void aBareYamlBooleanIsYesOrNo() {
        Answers a = AnswersFile.parse("answers:\n  PEO-1: { answer: no }\n  TEC-8: yes\n", "a.yaml", KNOWN);
        assertThat(a.answer("PEO-1").orElseThrow().value()).isEqualTo(AnswerValue.NO);
        assertThat(a.answer("TEC-8").orElseThrow().value()).isEqualTo(AnswerValue.YES);
    }

    @Test
    void mistakesNameTheirLineAndColumn() {
        assertError("answers:\n  PEO-2: yes\n", new Span(2, 3, 2, 8), "unknown question id 'PEO-2'");
        assertError("answers:\n  PEO-1: { answer: maybe }\n", new Span(2, 20, 2, 25), "answer must be yes, partial, no or not-applicable");
        assertError("answers:\n  PEO-1: { answer: yes, when: today }\n", new Span(2, 25, 2, 29), "unknown key in the answer to PEO-1 'when'");
        assertError("answers:\n  PEO-1: { answer: yes, date: 02.11.2026 }\n", new Span(2, 31, 2, 41), "date must be YYYY-MM-DD");
        assertError("optIn: [ml]\n", new Span(1, 9, 1, 11), "unknown optIn group 'ml'");
        assertError("answer:\n  PEO-1: yes\n", new Span(1, 1, 1, 7), "unknown top-level key 'answer'");
    }

    @Test
    void writesWhatItReadsAtomically(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(".cairn/assessment.yaml");
        Answers written = new Answers(Map.of(
                "PEO-1", new Answer("PEO-1", AnswerValue.YES, "POC \"checkout\"\nsponsor: VP", "ana@acme.io", LocalDate.of(2026, 11, 2), null, null),
                "TEC-8", new Answer("TEC-8", AnswerValue.NOT_APPLICABLE, "no containers", null, null, null, null)), Set.of("ai"));
        AnswersFile.write(file, written);
        Answers read = AnswersFile.load(file, ".cairn/assessment.yaml", KNOWN);
        assertThat(read.answer("PEO-1").orElseThrow().note()).isEqualTo("POC \"checkout\"\nsponsor: VP");
        assertThat(read.answer("PEO-1").orElseThrow().date()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(read.answer("TEC-8").orElseThrow().value()).isEqualTo(AnswerValue.NOT_APPLICABLE);
        assertThat(read.optIn()).containsExactly("ai");
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("assessment.yaml");
        }
    }

    @Test
    void noFileMeansNoAnswers(@TempDir Path dir) throws Exception {
        assertThat(AnswersFile.loadFromRoot(dir, KNOWN).byQuestion()).isEmpty();
    }

    private static void assertError(String text, Span span, String message) {
        assertThatThrownBy(() -> AnswersFile.parse(text, "a.yaml", KNOWN))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.getMessage()).contains(message);
                    assertThat(e.span()).isEqualTo(span);
                });
    }
}
