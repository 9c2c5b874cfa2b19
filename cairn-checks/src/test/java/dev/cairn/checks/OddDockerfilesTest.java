package dev.cairn.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.check.CheckRunner;
import dev.cairn.core.check.ConfiguredCheck;
import dev.cairn.core.check.FileKind;
import dev.cairn.core.model.CheckStatus;
import dev.cairn.core.model.SourcePath;
import dev.cairn.ingest.discovery.DiscoveredFile;
import dev.cairn.ingest.manifest.FileEvidence;
import dev.cairn.ingest.manifest.ManifestReader;
import dev.cairn.ingest.yaml.YamlLimits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Dockerfile check on the Dockerfiles of every check's fixtures, broken one line at a time: the line
 * left out, cut to its keyword, given empty flags, or ended with a dangling continuation. Half-written
 * Dockerfiles are common in a repository, and a check that throws loses its verdict for the whole scan.
 */
class OddDockerfilesTest {
    /** Ways to break one line of a Dockerfile. */
    private static final List<UnaryOperator<String>> BREAKS = List.of(
            line -> null, // left out
            line -> line.strip().split("\\s+", 2)[0], // the keyword alone
            line -> line.strip().split("\\s+", 2)[0] + " --from= --mount= --chown= \"\" '' [\"\"]",
            line -> line + " \\");

    @TempDir
    Path tmp;

    @Test
    void noDockerfileCheckFailsOnABrokenLine() throws Exception {
        Path root = Path.of(OddDockerfilesTest.class.getResource("/dev/cairn/checks").toURI());
        List<Path> dockerfiles;
        try (Stream<Path> files = Files.walk(root)) {
            dockerfiles = files.filter(p -> p.getFileName().toString().endsWith("Dockerfile")).sorted().toList();
        }
        ManifestReader reader = new ManifestReader(YamlLimits.defaults());
        CheckRunner runner = new CheckRunner(BuiltInChecks.registry().all().stream().map(ConfiguredCheck::withDefaults).toList());
        int variants = 0;
        for (Path dockerfile : dockerfiles) {
            List<String> lines = Files.readAllLines(dockerfile, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                for (UnaryOperator<String> broken : BREAKS) {
                    List<String> variant = new ArrayList<>(lines);
                    String replacement = broken.apply(lines.get(i));
                    if (replacement == null) variant.remove(i);
                    else variant.set(i, replacement);
                    Path file = tmp.resolve("v" + variants++ + ".Dockerfile");
                    Files.write(file, variant, StandardCharsets.UTF_8);
                    FileEvidence evidence = reader.read(new DiscoveredFile(file, SourcePath.of(file.getFileName().toString()),
                            Files.size(file), FileKind.DOCKERFILE));
                    runner.onSource(evidence.source());
                }
            }
        }

        assertThat(variants).isGreaterThan(1_000);
        assertThat(runner.results(List.of()).stream().filter(r -> r.status() == CheckStatus.ERROR)
                .map(r -> r.checkId() + ": " + r.error()).toList()).isEmpty();
    }
}
