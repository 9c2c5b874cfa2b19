package dev.cairn.maturity.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Fails when docs/criteria/ differs from what the catalog generates. To regenerate:
 * {@code ./mvnw -q -o -pl cairn-maturity -am test -Dtest=CriteriaDocsTest -Dsurefire.failIfNoSpecifiedTests=false -Dcairn.docs.write=true}.
 */
class CriteriaDocsTest {
    private static final Path DOCS = Path.of(System.getProperty("basedir", "."), "..", "docs", "criteria").normalize();

    @Test
    void committedCriteriaDocsAreCurrent() throws IOException {
        Map<String, String> generated = CriteriaDocs.render(Catalog.level1());
        if (Boolean.getBoolean("cairn.docs.write")) {
            write(generated);
        }
        TreeSet<String> committed = new TreeSet<>();
        if (Files.isDirectory(DOCS)) {
            try (Stream<Path> files = Files.list(DOCS)) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).forEach(committed::add);
            }
        }
        String hint = "docs/criteria is stale: run ./mvnw -q -o -pl cairn-maturity -am test -Dtest=CriteriaDocsTest "
                + "-Dsurefire.failIfNoSpecifiedTests=false -Dcairn.docs.write=true";
        assertThat(committed).as(hint).containsExactlyElementsOf(new TreeSet<>(generated.keySet()));
        for (var e : generated.entrySet()) {
            assertThat(Files.readString(DOCS.resolve(e.getKey()), StandardCharsets.UTF_8)).as(hint + " (" + e.getKey() + ")")
                    .isEqualTo(e.getValue());
        }
    }

    @Test
    void indexLinksEveryCriterionAndPagesCarryEveryQuestion() {
        Map<String, String> docs = CriteriaDocs.render(Catalog.level1());

        assertThat(docs).containsOnlyKeys("README.md", "people.md", "process.md", "policy.md", "technology.md",
                "business-outcomes.md");
        for (Criterion c : Catalog.level1().criteria()) {
            String page = CriteriaDocs.page(c.aspect());
            assertThat(docs.get("README.md")).contains("| [" + c.id() + "](" + page + "#" + c.id().toLowerCase(java.util.Locale.ROOT) + ") | "
                    + c.title() + " |");
            assertThat(docs.get(page)).contains("\n## " + c.id() + "\n\n**" + c.title() + "**\n").contains(c.criterion())
                    .contains(c.evidence()).contains(c.learn());
            c.questions().forEach(q -> assertThat(docs.get(page)).contains("- `" + q.id() + "`: " + q.text() + "\n  - " + q.help()));
        }
        assertThat(docs.get("README.md")).contains("| **all** | 80 | 49 | 27 | 3 | 1 | 39 | 36 | 5 |");
        assertThat(docs.get("people.md")).contains("12 criteria at Level 1: 7 core, 3 supporting, 1 optional, 1 information.");
        assertThat(docs.get("technology.md")).contains("| opt-in | `ai`: not applicable unless the team opts in |");
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
