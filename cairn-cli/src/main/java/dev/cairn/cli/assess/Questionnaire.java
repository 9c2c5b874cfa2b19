package dev.cairn.cli.assess;

import dev.cairn.core.assessment.Answer;
import dev.cairn.core.assessment.AnswerValue;
import dev.cairn.core.model.EvidenceItem;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;

/**
 * The interactive self-assessment: one question at a time, showing what cairn found for its criterion,
 * and saving each answer the moment it is given, so that Ctrl-C, Ctrl-D or {@code q} lose nothing and
 * the next run resumes with the questions still open.
 */
public final class Questionnaire {
    /** Where each answer goes as soon as it is given. */
    @FunctionalInterface
    public interface AnswerSink {
        void save(Answer answer) throws IOException;
    }

    /** @param interrupted true when the person stopped before the last question */
    public record Outcome(int answered, int skipped, boolean interrupted) {}

    private static final int EVIDENCE_SHOWN = 3;

    private final LineReader reader;
    private final PrintWriter out;
    private final AnswerSink sink;
    private final String by;
    private final LocalDate today;

    public Questionnaire(LineReader reader, PrintWriter out, AnswerSink sink, String by, LocalDate today) {
        this.reader = reader;
        this.out = out;
        this.sink = sink;
        this.by = by;
        this.today = today;
    }

    public Outcome run(List<PendingQuestion> questions) throws IOException {
        int answered = 0;
        int skipped = 0;
        for (int i = 0; i < questions.size(); i++) {
            PendingQuestion q = questions.get(i);
            show(q, i + 1, questions.size());
            Optional<AnswerValue> value;
            String note;
            try {
                Optional<Choice> choice = choose(q);
                if (choice.isEmpty()) {
                    return stopped(answered, skipped);
                }
                value = choice.get().value();
                if (value.isEmpty()) {
                    skipped++;
                    continue;
                }
                note = note(value.get(), q.current());
            } catch (UserInterruptException | EndOfFileException e) {
                return stopped(answered, skipped);
            }
            sink.save(new Answer(q.question().id(), value.get(), note, by, today, null, null));
            answered++;
        }
        out.println();
        out.println("All questions answered or skipped. See where you stand: cairn maturity");
        out.flush();
        return new Outcome(answered, skipped, false);
    }

    private Outcome stopped(int answered, int skipped) {
        out.println();
        out.println("Stopped. " + answered + " answer(s) saved; run cairn assess again to continue where you left off.");
        out.flush();
        return new Outcome(answered, skipped, true);
    }

    private void show(PendingQuestion q, int index, int total) {
        out.println();
        out.printf("[%d/%d] %s  %s (%s)%n", index, total, q.criterion().id(), q.criterion().title(),
                q.criterion().tier().name().toLowerCase(Locale.ROOT));
        out.println("  cairn found: " + q.found().summary());
        q.found().evidence().stream().limit(EVIDENCE_SHOWN).forEach(e -> out.println("    - " + describe(e)));
        if (q.current() != null) {
            out.println("  current answer: " + q.current().value().wireName()
                    + (q.current().note() == null ? "" : " (" + q.current().note() + ")"));
        }
        out.println("  " + q.question().text());
        if (q.question().help() != null) {
            out.println("  " + q.question().help());
        }
        out.flush();
    }

    /** A choice, or empty to quit; a choice without a value is a skip. */
    private record Choice(Optional<AnswerValue> value) {}

    private Optional<Choice> choose(PendingQuestion q) {
        while (true) {
            String line = reader.readLine("  [y]es [p]artial [n]o n[a] [s]kip [q]uit > ").strip().toLowerCase(Locale.ROOT);
            switch (line) {
                case "y", "yes" -> { return Optional.of(new Choice(Optional.of(AnswerValue.YES))); }
                case "p", "partial" -> { return Optional.of(new Choice(Optional.of(AnswerValue.PARTIAL))); }
                case "n", "no" -> { return Optional.of(new Choice(Optional.of(AnswerValue.NO))); }
                case "a", "na", "n/a", "not-applicable" -> { return Optional.of(new Choice(Optional.of(AnswerValue.NOT_APPLICABLE))); }
                case "", "s", "skip" -> { return Optional.of(new Choice(Optional.empty())); }
                case "q", "quit" -> { return Optional.empty(); }
                default -> {
                    out.println("  answer y, p, n or a (not applicable); s skips, q stops and keeps what you answered");
                    out.flush();
                }
            }
        }
    }

    /** A note is optional, except that not-applicable needs the reason. */
    private String note(AnswerValue value, Answer current) {
        while (true) {
            String prompt = value == AnswerValue.NOT_APPLICABLE ? "  why does it not apply? > " : "  note (optional) > ";
            String note = reader.readLine(prompt).strip();
            if (!note.isEmpty()) {
                return note;
            }
            if (value != AnswerValue.NOT_APPLICABLE) {
                return current != null && current.value() == value ? current.note() : null;
            }
            out.println("  not-applicable needs a reason, so that a reader of the report knows why");
            out.flush();
        }
    }

    private static String describe(EvidenceItem e) {
        String where = e.location() != null ? e.location().display() + "  "
                : e.commit() != null ? e.commit().substring(0, Math.min(7, e.commit().length())) + "  " : "";
        return where + e.summary();
    }
}
