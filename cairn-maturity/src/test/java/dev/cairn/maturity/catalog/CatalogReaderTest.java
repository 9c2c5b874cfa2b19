package dev.cairn.maturity.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.Tier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The reader is strict: every malformed catalog fails with a message that names the file and the entry. */
class CatalogReaderTest {
    private static final String CRITERION = """
              - id: PEO-1
                aspect: people
                subArea: Culture
                tier: core
                modes: [Q, R]
                automation: hybrid
                title: A first project
                criterion: A first project exists.
                evidence: A charter document or the answer.
                questions:
                  - id: PEO-1
                    text: Is there a first project?
                    help: Yes when it is scoped.
                learn: It lets the team learn on real work.
            """;
    private static final String LEVEL_TWO = """
            levelTwo:
              people: [ { title: Teams, description: Formal teams. } ]
              process: [ { title: Logs, description: Central logs. } ]
              policy: [ { title: Gaps, description: Close gaps. } ]
              technology: [ { title: GitOps, description: Operators deploy. } ]
              business-outcomes: [ { title: Value, description: Show value. } ]
            """;

    private static String catalog(String criteria) {
        return "version: \"1\"\ncriteria:\n" + criteria + LEVEL_TWO;
    }

    @Test
    void readsAMinimalCatalog() {
        Catalog c = CatalogReader.read(catalog(CRITERION), "test.yaml");

        assertThat(c.version()).isEqualTo("1");
        Criterion peo1 = c.criterion("PEO-1").orElseThrow();
        assertThat(peo1.aspect()).isEqualTo(Aspect.PEOPLE);
        assertThat(peo1.tier()).isEqualTo(Tier.CORE);
        assertThat(peo1.modes()).containsExactly(Mode.REPOSITORY, Mode.SELF_ASSESSMENT);
        assertThat(peo1.questions()).containsExactly(new Question("PEO-1", "PEO-1", "Is there a first project?", "Yes when it is scoped."));
        assertThat(peo1.levelTwo()).isNull();
        assertThat(peo1.scorecard()).isEmpty();
        assertThat(c.levelTwo(Aspect.BUSINESS_OUTCOMES)).singleElement()
                .satisfies(i -> assertThat(i.description()).isEqualTo("Show value."));
    }

    @Test
    void readsTheScorecardChecksACriterionJudges() {
        Catalog c = CatalogReader.read(catalog(CRITERION.replace("tier: core", "tier: core\n    scorecard: [Code-Review, SAST]")),
                "test.yaml");

        assertThat(c.criterion("PEO-1").orElseThrow().scorecard()).containsExactly("Code-Review", "SAST");
    }

    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.of("unknown key", catalog(CRITERION.replace("subArea:", "subarea:")),
                        "test.yaml: criterion PEO-1: unknown key 'subarea' (expected aspect, automation, criterion, evidence, id, "
                                + "learn, levelTwo, modes, optIn, questions, scorecard, subArea, tier, title)"),
                Arguments.of("missing field", catalog(CRITERION.replace("    learn: It lets the team learn on real work.\n", "")),
                        "test.yaml: criterion PEO-1: 'learn' missing"),
                Arguments.of("missing id", catalog(CRITERION.replace("- id: PEO-1\n", "- idd: PEO-1\n")),
                        "test.yaml: criteria[0]: 'id' missing"),
                Arguments.of("duplicate id", catalog(CRITERION + CRITERION),
                        "test.yaml: duplicate criterion id PEO-1"),
                Arguments.of("bad tier", catalog(CRITERION.replace("tier: core", "tier: must")),
                        "test.yaml: criterion PEO-1: 'tier' is 'must', expected one of core, supporting, optional, information"),
                Arguments.of("bad aspect", catalog(CRITERION.replace("aspect: people", "aspect: culture")),
                        "test.yaml: criterion PEO-1: 'aspect' is 'culture', expected one of people, process, policy, technology, business-outcomes"),
                Arguments.of("bad mode", catalog(CRITERION.replace("[Q, R]", "[Q, X]")),
                        "test.yaml: criterion PEO-1: unknown mode 'X' (expected R, M, G, L, F or Q)"),
                Arguments.of("mode twice", catalog(CRITERION.replace("[Q, R]", "[Q, R, Q]")),
                        "test.yaml: criterion PEO-1: mode Q listed twice"),
                Arguments.of("automation contradicts modes", catalog(CRITERION.replace("automation: hybrid", "automation: self")),
                        "test.yaml: invalid criterion PEO-1: automation must be hybrid for these modes, not self"),
                Arguments.of("Q without a question", catalog(CRITERION.replace("""
                                questions:
                                  - id: PEO-1
                                    text: Is there a first project?
                                    help: Yes when it is scoped.
                            """.indent(4).replace("        ", "    "), "")),
                        "test.yaml: invalid criterion PEO-1: mode Q needs at least one question"),
                Arguments.of("question without Q", catalog(CRITERION.replace("[Q, R]", "[R]").replace("hybrid", "auto")),
                        "test.yaml: invalid criterion PEO-1: questions need mode Q"),
                Arguments.of("lone question with a suffix", catalog(CRITERION.replace("  - id: PEO-1\n        text", "  - id: PEO-1.first\n        text")),
                        "test.yaml: invalid criterion PEO-1: question PEO-1.first is the only one: its id is the criterion id"),
                Arguments.of("question of another criterion", catalog(CRITERION.replace("  - id: PEO-1\n        text", "  - id: PEO-2\n        text")),
                        "test.yaml: criterion PEO-1: invalid question PEO-2: id must be PEO-1 or PEO-1.<kebab-case-suffix>, not PEO-2"),
                Arguments.of("question without question mark", catalog(CRITERION.replace("a first project?", "a first project")),
                        "test.yaml: criterion PEO-1: invalid question PEO-1: text must end with a question mark"),
                Arguments.of("title with a period", catalog(CRITERION.replace("title: A first project", "title: A first project.")),
                        "test.yaml: invalid criterion PEO-1: title must not end with a period"),
                Arguments.of("two paragraphs", catalog(CRITERION.replace("criterion: A first project exists.",
                                "criterion: |\n      A first project exists.\n\n      It is small.")),
                        "test.yaml: invalid criterion PEO-1: criterion must be one paragraph on one line"),
                Arguments.of("id of another aspect", catalog(CRITERION.replace("aspect: people", "aspect: technology")),
                        "test.yaml: invalid criterion PEO-1: id must be TEC-<number> for aspect Technology"),
                Arguments.of("opt-in on a core criterion", catalog(CRITERION.replace("tier: core", "tier: core\n    optIn: ai")),
                        "test.yaml: invalid criterion PEO-1: only optional criteria have an opt-in group"),
                Arguments.of("misspelt Scorecard check", catalog(CRITERION.replace("tier: core", "tier: core\n    scorecard: [Code-Review, Token-Permission]")),
                        "test.yaml: invalid criterion PEO-1: 'Token-Permission' is not an OpenSSF Scorecard check"),
                Arguments.of("optional without opt-in", catalog(CRITERION.replace("tier: core", "tier: optional")),
                        "test.yaml: invalid criterion PEO-1: an optional criterion names its opt-in group"),
                Arguments.of("text that is a number", catalog(CRITERION.replace("subArea: Culture", "subArea: 42")),
                        "test.yaml: criterion PEO-1: 'subArea' must be text, found '42'"),
                Arguments.of("missing Level 2 aspect", catalog(CRITERION).replace("  policy: [ { title: Gaps, description: Close gaps. } ]\n", ""),
                        "test.yaml: no Level 2 preview for Policy"),
                Arguments.of("unknown Level 2 aspect", catalog(CRITERION).replace("  policy:", "  polcy:"),
                        "test.yaml: levelTwo: unknown aspect 'polcy'"),
                Arguments.of("unknown top-level key", "revision: 2\n" + catalog(CRITERION),
                        "test.yaml: top level: unknown key 'revision' (expected criteria, levelTwo, version)"),
                Arguments.of("criterion that is not a mapping", catalog("  - PEO-1\n"),
                        "test.yaml: criteria[0]: expected a mapping, found 'PEO-1'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void rejectsWithAMessageNamingTheEntry(String name, String yaml, String message) {
        assertThatThrownBy(() -> CatalogReader.read(yaml, "test.yaml"))
                .isInstanceOf(CatalogException.class)
                .hasMessage(message);
    }

    @Test
    void rejectsDuplicateKeysAsInvalidYaml() {
        String yaml = catalog(CRITERION.replace("tier: core", "tier: core\n    tier: supporting"));
        assertThatThrownBy(() -> CatalogReader.read(yaml, "test.yaml"))
                .isInstanceOf(CatalogException.class)
                .hasMessageStartingWith("test.yaml: not valid YAML: ")
                .hasMessageContaining("found duplicate key tier");
    }
}
