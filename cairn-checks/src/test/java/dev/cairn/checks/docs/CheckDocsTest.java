package dev.cairn.checks.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.checks.BuiltInChecks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Fails when docs/checks/ differs from what the specs, pages and fixtures generate. To regenerate:
 * {@code ./mvnw -q -pl cairn-checks test -Dtest=CheckDocsTest -Dcairn.docs.write=true}.
 */
class CheckDocsTest {
    private static final Path DOCS = Path.of("..", "docs", "checks");

    @Test
    void committedCheckDocsAreCurrent() throws IOException {
        Map<String, String> generated = CheckDocs.render(BuiltInChecks.registry().all());
        if (Boolean.getBoolean("cairn.docs.write")) {
            write(generated);
        }
        TreeSet<String> committed = new TreeSet<>();
        if (Files.isDirectory(DOCS)) {
            try (Stream<Path> files = Files.list(DOCS)) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).forEach(committed::add);
            }
        }
        String hint = "docs/checks is stale: run ./mvnw -q -pl cairn-checks test -Dtest=CheckDocsTest -Dcairn.docs.write=true";
        assertThat(committed).as(hint).containsExactlyElementsOf(new TreeSet<>(generated.keySet()));
        for (var e : generated.entrySet()) {
            assertThat(Files.readString(DOCS.resolve(e.getKey()), StandardCharsets.UTF_8)).as(hint + " (" + e.getKey() + ")")
                    .isEqualTo(e.getValue());
        }
    }

    private static void write(Map<String, String> generated) throws IOException {
        Files.createDirectories(DOCS);
        try (Stream<Path> old = Files.list(DOCS)) {
            for (Path p : old.filter(p -> p.toString().endsWith(".md")).toList()) {
                Files.delete(p);
            }
        }
        for (var e : generated.entrySet()) {
            Files.writeString(DOCS.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
    }
}
