package dev.cairn.cli;

import dev.cairn.cli.assess.PendingQuestion;
import dev.cairn.cli.assess.Questionnaire;
import dev.cairn.core.assessment.Answer;
import dev.cairn.core.assessment.Answers;
import dev.cairn.core.model.Confidence;
import dev.cairn.core.model.CriterionResult;
import dev.cairn.core.model.Outcome;
import dev.cairn.core.model.ScanReport;
import dev.cairn.engine.ScanFailedException;
import dev.cairn.ingest.assessment.AnswersFile;
import dev.cairn.maturity.catalog.Catalog;
import dev.cairn.maturity.catalog.Criterion;
import dev.cairn.maturity.catalog.Question;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cairn assess [PATH]}: the interactive self-assessment. It scans first and asks only what the
 * evidence could not settle (criteria still unknown), showing what it found; every answer is written to
 * {@code .cairn/assessment.yaml} at once, so an interrupted session resumes where it stopped.
 */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Answer the self-assessment questions that evidence could not settle; writes .cairn/assessment.yaml.",
        footer = {"", "In CI, commit the answers file (or pass --answers FILE to cairn scan) instead of running this."})
public final class AssessCommand implements Callable<Integer> {
    private final Environment env;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    RepositorySelection repository = new RepositorySelection();

    @Option(names = "--all", description = "Ask every question, also those evidence settled or that were answered before")
    boolean all;

    @Option(names = "--by", paramLabel = "WHO", description = "Who answers, recorded with each answer (e.g. an e-mail address)")
    String by;

    public AssessCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        RepositoryAssessment repo = repository.open(spec.commandLine());
        Answers answers = repo.answers(spec.commandLine());
        Terminal terminal = env.console().open();
        if (terminal == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cairn assess is interactive and this is not a"
                    + " terminal: edit " + AnswersFile.DEFAULT_PATH + " by hand, or pass --answers FILE to cairn scan");
        }
        ScanReport report;
        try {
            report = repo.scan(env, answers);
        } catch (ScanFailedException e) {
            spec.commandLine().getErr().println("cairn: " + e.getMessage());
            return ExitCode.FAILURE;
        }
        List<PendingQuestion> pending = pending(report, answers);
        try (terminal) {
            PrintWriter out = terminal.writer();
            out.println("cairn assess: " + pending.size() + " question(s) "
                    + (all ? "in all" : "that the evidence could not settle") + "; answers go to " + repo.answersFile);
            if (pending.isEmpty()) {
                out.println("Nothing to ask. See where you stand: cairn maturity");
                out.flush();
                return ExitCode.OK;
            }
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).build();
            Map<String, Answer> saved = new LinkedHashMap<>(answers.byQuestion());
            Questionnaire.AnswerSink sink = a -> {
                saved.put(a.questionId(), a);
                AnswersFile.write(repo.answersFile, new Answers(saved, answers.optIn()));
            };
            LocalDate today = LocalDate.ofInstant(env.clock().instant(), ZoneOffset.UTC);
            new Questionnaire(reader, out, sink, by, today).run(pending);
        }
        return ExitCode.OK;
    }

    /** Criteria in catalog order; their questions that are still open, or all of them with --all. */
    private List<PendingQuestion> pending(ScanReport report, Answers answers) {
        Map<String, CriterionResult> results = new LinkedHashMap<>();
        report.criteria().forEach(r -> results.put(r.id(), r));
        List<PendingQuestion> out = new ArrayList<>();
        for (Criterion c : Catalog.level1().criteria()) {
            CriterionResult found = results.get(c.id());
            if (found == null || found.outcome() == Outcome.NOT_APPLICABLE && c.optIn() != null) {
                continue; // optional criteria the team did not opt into
            }
            for (Question q : c.questions()) {
                Answer current = answers.answer(q.id()).orElse(null);
                // open: nothing observed, or settled only by answers so far (another question of it is answered)
                boolean open = current == null
                        && (found.outcome() == Outcome.UNKNOWN || found.confidence() == Confidence.ATTESTED);
                if (all || open) {
                    out.add(new PendingQuestion(c, q, found, current));
                }
            }
        }
        return out;
    }
}
