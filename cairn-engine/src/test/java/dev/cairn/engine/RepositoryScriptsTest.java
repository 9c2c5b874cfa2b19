package dev.cairn.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.ci.Step;
import dev.cairn.core.ci.StepKind;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.SourcePath;
import dev.cairn.ingest.ci.PipelineReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CI steps followed into the repository scripts they run, and only into those. */
class RepositoryScriptsTest {
    @TempDir Path repo;
    @TempDir Path elsewhere;

    @Test
    void aStepTakesTheKindsOfTheScriptItRunsWithTheScriptsLines() throws IOException {
        write("ci/run", "#!/bin/sh\nset -eu\n\n./mvnw -B \\\n  verify\n");
        Step step = onlyStep("bash ci/run");
        assertThat(step.kinds()).contains(StepKind.UNIT_TEST);
        assertThat(step.evidence(StepKind.UNIT_TEST)).extracting(Location::display).containsExactly("ci/run:4:1");
    }

    @Test
    void scriptsThatCallEachOtherAreReadOnce() throws IOException {
        write("a.sh", "./b.sh\n");
        write("b.sh", "./a.sh\ngo test ./...\n");
        Step step = onlyStep("./a.sh");
        assertThat(step.commands()).extracting(c -> c.text()).containsExactly("./a.sh", "./b.sh", "./a.sh", "go test ./...");
        assertThat(step.evidence(StepKind.UNIT_TEST)).extracting(Location::display).containsExactly("b.sh:2:1");
    }

    @Test
    void aLinkOutOfTheRepositoryIsNotFollowed() throws IOException {
        Files.writeString(elsewhere.resolve("secret.sh"), "go test ./...\n");
        Files.createSymbolicLink(repo.resolve("run.sh"), elsewhere.resolve("secret.sh"));
        assertThat(onlyStep("bash run.sh").kinds()).doesNotContain(StepKind.UNIT_TEST);
    }

    @Test
    void aScriptTooLargeOrNotUtf8IsLeftAlone() throws IOException {
        write("big.sh", "go test ./...\n" + "#".repeat((int) RepositoryScripts.MAX_BYTES));
        Files.write(repo.resolve("latin1.sh"), new byte[] {'g', 'o', ' ', 't', 'e', 's', 't', ' ', (byte) 0xE9, '\n'});
        assertThat(onlyStep("bash big.sh").kinds()).isEmpty();
        assertThat(onlyStep("bash latin1.sh").kinds()).isEmpty();
        assertThat(onlyStep("bash missing.sh").kinds()).isEmpty();
    }

    @Test
    void aCommandTheRulesKnowIsNotFollowed() throws IOException {
        write("mvnw", "exec java -jar wrapper.jar \"$@\"\nkubectl apply -f k8s/\n");
        Step step = onlyStep("./mvnw -B verify");
        assertThat(step.commands()).hasSize(1);
        assertThat(step.kinds()).doesNotContain(StepKind.DEPLOY);
    }

    private Step onlyStep(String run) {
        String workflow = "on: push\njobs:\n  ci:\n    runs-on: ubuntu-latest\n    steps:\n      - run: " + run + "\n";
        List<Pipeline> read = new PipelineReader().read(SourcePath.of(".github/workflows/ci.yml"), workflow).pipelines();
        return new RepositoryScripts(repo).follow(read).getFirst().steps().getFirst();
    }

    private void write(String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
