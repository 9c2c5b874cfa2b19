package dev.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.cli.assess.Console;
import dev.cairn.core.assessment.AnswerValue;
import dev.cairn.core.assessment.Answers;
import dev.cairn.ingest.assessment.AnswersFile;
import dev.cairn.maturity.assess.Assessment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cairn assess} end to end: keystrokes typed into a real JLine terminal over streams (with its line
 * discipline, so Ctrl-C is an interrupt as on a console), the real scan, and the answers file on disk.
 */
class AssessCommandTest {
    private static final char CTRL_C = 3;

    @TempDir
    Path repo;

    @Test
    void answersAreSavedAsTheyAreGivenAndAnInterruptedSessionResumes() throws Exception {
        Files.writeString(repo.resolve("README.md"), "# orders\n\nThe orders service.\n");
        Path answers = repo.resolve(".cairn/assessment.yaml");

        // Session 1: yes with a note, then skip, then Ctrl-C
        String first = type("y\n", "checkout POC, sponsor VP Eng\n", "s\n", String.valueOf(CTRL_C));
        assertThat(first).contains("[1/").contains("PEO-1").contains("cairn found:");
        assertThat(first).contains("Stopped. 1 answer(s) saved");
        Answers afterFirst = AnswersFile.load(answers, ".cairn/assessment.yaml", Assessment::acceptsAnswerTo);
        assertThat(afterFirst.byQuestion()).containsOnlyKeys("PEO-1");
        assertThat(afterFirst.answer("PEO-1").orElseThrow().value()).isEqualTo(AnswerValue.YES);
        assertThat(afterFirst.answer("PEO-1").orElseThrow().note()).isEqualTo("checkout POC, sponsor VP Eng");
        assertThat(afterFirst.answer("PEO-1").orElseThrow().by()).isEqualTo("ana@acme.io");
        assertThat(afterFirst.answer("PEO-1").orElseThrow().date()).isEqualTo(LocalDate.of(2026, 11, 23));

        // Session 2 resumes: PEO-1 is not asked again; the skipped question comes first; a wrong key is explained
        String second = type("maybe\n", "a\n", "\n", "we have no security team yet\n", "q\n");
        assertThat(second).doesNotContain("PEO-1 ");
        assertThat(second).contains("answer y, p, n or a");
        assertThat(second).contains("not-applicable needs a reason");
        assertThat(second).contains("Stopped. 1 answer(s) saved");
        Answers afterSecond = AnswersFile.load(answers, ".cairn/assessment.yaml", Assessment::acceptsAnswerTo);
        assertThat(afterSecond.byQuestion()).hasSize(2).containsKey("PEO-1");
        String secondId = afterSecond.byQuestion().keySet().stream().filter(id -> !id.equals("PEO-1")).findFirst().orElseThrow();
        assertThat(first).contains(secondId.replaceAll("\\..*", "")); // the question skipped in session 1
        assertThat(afterSecond.answer(secondId).orElseThrow().value()).isEqualTo(AnswerValue.NOT_APPLICABLE);
        assertThat(afterSecond.answer(secondId).orElseThrow().note()).isEqualTo("we have no security team yet");

        // The scan reads the answers: PEO-1 is met on the team's word
        Cli.Run maturity = Cli.run("maturity", repo.toString(), "--format", "json");
        assertThat(maturity.exit()).isZero();
        assertThat(maturity.out()).containsPattern("\"id\" : \"PEO-1\",[^}]*\"outcome\" : \"met\",\\s*\"confidence\" : \"attested\"");
    }

    @Test
    void withoutATerminalItSaysWhatToDoInstead() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Environment env = new Environment(Cli.CLOCK, Terminal.plain(), () -> null);
        int exit = CairnCommand.commandLine(env, new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("assess", repo.toString());
        assertThat(exit).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("cairn assess is interactive").contains("--answers FILE");
    }

    /** Runs {@code cairn assess} with the keystrokes as terminal input; returns what the terminal showed. */
    private String type(String... keys) {
        byte[] input = String.join("", keys).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        Console console = () -> TerminalBuilder.builder().system(false).type("xterm").encoding(StandardCharsets.UTF_8)
                .streams(new ByteArrayInputStream(input), screen).build();
        Environment env = new Environment(Cli.CLOCK, Terminal.plain(), console);
        StringWriter err = new StringWriter();
        int exit = CairnCommand.commandLine(env, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
                .execute("assess", repo.toString(), "--by", "ana@acme.io");
        assertThat(exit).as(err.toString()).isZero();
        return screen.toString(StandardCharsets.UTF_8);
    }
}
