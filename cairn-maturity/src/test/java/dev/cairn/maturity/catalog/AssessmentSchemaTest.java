package dev.cairn.maturity.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.cairn.core.assessment.AnswerValue;
import dev.cairn.core.model.Aspect;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** schema/assessment-v1.json and the catalog agree: answer values, question ids and opt-in groups. */
class AssessmentSchemaTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path FILE = Path.of(System.getProperty("basedir", "."), "..", "schema", "assessment-v1.json").normalize();
    private static final Catalog CATALOG = Catalog.level1();
    private static Schema schema;

    @Test
    void answerValuesAreTheAnswerEnum() throws IOException {
        List<String> values = new ArrayList<>();
        tree().at("/$defs/answer/properties/answer/enum").forEach(v -> values.add(v.asString()));
        assertThat(values).containsExactlyElementsOf(List.of(AnswerValue.values()).stream().map(AnswerValue::wireName).toList());
    }

    @Test
    void optInGroupsAreTheCatalogs() throws IOException {
        List<String> groups = new ArrayList<>();
        tree().at("/properties/optIn/items/enum").forEach(v -> groups.add(v.asString()));
        assertThat(groups).containsExactlyElementsOf(
                CATALOG.criteria().stream().map(Criterion::optIn).filter(Objects::nonNull).distinct().toList());
    }

    @Test
    void everyQuestionOfTheCatalogCanBeAnsweredWithEveryValue() throws IOException {
        ObjectNode answers = JSON.createObjectNode();
        List<Question> questions = CATALOG.questions();
        for (int i = 0; i < questions.size(); i++) {
            answers.putObject(questions.get(i).id()).put("answer", AnswerValue.values()[i % AnswerValue.values().length].wireName())
                    .put("by", "ana@example.org").put("date", "2026-11-02");
        }
        ObjectNode document = JSON.createObjectNode();
        document.set("answers", answers);
        document.putArray("optIn").add("ai");

        assertThat(schema().validate(document)).isEmpty();
    }

    @Test
    void criterionIdsTheSchemaAcceptsAreExactlyTheCatalogs() throws IOException {
        Schema schema = schema();
        for (Aspect aspect : Aspect.values()) {
            List<String> accepted = IntStream.range(0, 100).mapToObj(n -> aspect.criterionPrefix() + "-" + n)
                    .filter(id -> schema.validate(answer(id, "yes")).isEmpty()).toList();
            assertThat(accepted).as(aspect.title()).containsExactlyElementsOf(CATALOG.criteria(aspect).stream().map(Criterion::id).toList());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pol-6", "POL-06", "PEO-9.K8s-basics", "PEO-9.", "PEO-9.k8s_basics", "PEO-9.-k8s", "TEC-36", "K8S-003"})
    void rejectsIdsThatNameNoCriterion(String id) throws IOException {
        assertThat(schema().validate(answer(id, "yes"))).as(id).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "answers: { PEO-1: { answer: maybe } }",
        "answers: { PEO-1: { note: forgot the answer } }",
        "answers: { PEO-1: { answer: yes, comment: unknown field } }",
        "answers: { PEO-1: { answer: yes, date: 2.11.2026 } }",
        "answers: { PEO-1: yes }",
        "optIn: [ ml ]",
        "optIn: [ ai, ai ]",
        "answer: { PEO-1: { answer: yes } }"})
    void rejectsMalformedAnswers(String yaml) throws IOException {
        assertThat(schema().validate(yaml(yaml))).as(yaml).isNotEmpty();
    }

    @Test
    void acceptsTheFormatTheProductSpecShows() throws IOException {
        String yaml = """
                optIn: [ ai ]
                answers:
                  PEO-1:   { answer: yes, note: "checkout service POC, sponsor: VP Eng", by: ana@acme.io, date: 2026-11-02 }
                  PEO-9.k8s-basics: { answer: partial, note: "4 of 7 developers trained", by: ana@acme.io, date: 2026-11-02 }
                  POL-8:   { answer: not-applicable, note: "no AI work yet" }
                  BIZ-3:   { answer: no, evidence: https://wiki.example.org/kpis }
                """;
        assertThat(schema().validate(yaml(yaml))).isEmpty();
    }

    private static JsonNode answer(String id, String value) {
        ObjectNode document = JSON.createObjectNode();
        document.putObject("answers").putObject(id).put("answer", value);
        return document;
    }

    private static JsonNode yaml(String text) {
        return JSON.valueToTree(new Load(LoadSettings.builder().build()).loadFromString(text));
    }

    private static JsonNode tree() throws IOException {
        return JSON.readTree(Files.readString(FILE, StandardCharsets.UTF_8));
    }

    private static synchronized Schema schema() throws IOException {
        if (schema == null) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(Files.readString(FILE, StandardCharsets.UTF_8));
        }
        return schema;
    }
}
