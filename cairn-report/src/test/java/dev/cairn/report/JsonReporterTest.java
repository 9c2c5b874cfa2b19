package dev.cairn.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.cairn.core.model.CheckId;
import dev.cairn.core.model.ScanReport;
import dev.cairn.core.model.SourcePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class JsonReporterTest {
    private static final JsonMapper PLAIN = JsonMapper.builder().build();
    private static final String SCHEMA_TEXT = schemaText();
    private static final JsonNode SCHEMA_TREE = PLAIN.readTree(SCHEMA_TEXT);
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
            .getSchema(SCHEMA_TEXT);

    private final String json = Reports.render(new JsonReporter(), Reports.full());

    @Test
    void fullReportIsValidAgainstTheSchema() {
        assertThat(SCHEMA.validate(PLAIN.readTree(json))).isEmpty();
    }

    @Test
    void reportWithEmptyMaturitySectionsIsValid() {
        String small = Reports.render(new JsonReporter(), Reports.small());
        assertThat(SCHEMA.validate(PLAIN.readTree(small))).isEmpty();
        assertThat(small).contains("\"criteria\" : [ ],\n  \"aspects\" : [ ],");
    }

    @Test
    void schemaIdentifiesItself() {
        assertThat(SCHEMA_TREE.get("$id").asString()).isEqualTo("https://cairn.dev/schema/report-v1.json");
        assertThat(SCHEMA_TREE.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void enumsAreLowerCaseKebab() {
        assertThat(json)
                .contains("\"status\" : \"not-applicable\"")
                .contains("\"kind\" : \"skipped-large-file\"")
                .contains("\"aspect\" : \"business-outcomes\"")
                .contains("\"state\" : \"insufficient-evidence\"")
                .contains("\"outcome\" : \"not-met\"")
                .contains("\"status\" : \"on-track\"")
                .doesNotContain("NOT_APPLICABLE");
    }

    @Test
    void valueTypesDatesAndNullsAreWrittenAsTheSchemaSays() {
        assertThat(json)
                .contains("\"checkId\" : \"K8S-003\"")
                .contains("\"path\" : \"deploy/base/deployment.yaml\"")
                .contains("\"scannedAt\" : \"2026-03-01T09:30:00Z\"")
                .contains("\"expires\" : \"2026-06-30\"")
                .contains("\"score\" : null")
                .contains("\"suppressed\" : null");
    }

    @Test
    void findingIsWrittenExactlyWithFieldsInRecordOrder() {
        String expected = """
                    {
                      "checkId" : "K8S-003",
                      "slug" : "run-as-non-root",
                      "severity" : "high",
                      "aspect" : "technology",
                      "criteria" : [
                        "TEC-8"
                      ],
                      "message" : "container \\"web\\" may run as root: set securityContext.runAsNonRoot: true",
                      "location" : {
                        "path" : "deploy/base/deployment.yaml",
                        "span" : {
                          "startLine" : 21,
                          "startColumn" : 11,
                          "endLine" : 21,
                          "endColumn" : 30
                        },
                        "pointer" : "/spec/template/spec/containers/0",
                        "document" : 0
                      },
                      "object" : {
                        "apiVersion" : "apps/v1",
                        "kind" : "Deployment",
                        "namespace" : "shop",
                        "name" : "web"
                      },
                      "fingerprint" : "3f2c1ab9d0e4f5a6b7c8d9e0f1a2b3c4",
                      "suppressed" : null
                    },
                """;
        assertThat(json).contains(expected);
    }

    @Test
    void documentStartsWithSchemaVersionAndEndsWithOneNewline() {
        assertThat(json).startsWith("{\n  \"schemaVersion\" : \"1\",\n  \"tool\" : {\n    \"name\" : \"cairn\",");
        assertThat(json).endsWith("}\n").doesNotEndWith("\n\n").doesNotContain("\r");
    }

    /** Every object in the output mirrors its record: same names, same order, same values. */
    @Test
    void everyObjectMirrorsItsRecord() {
        assertMirrors(Reports.full(), PLAIN.readTree(json), "$");
    }

    /** The schema is written by hand; this keeps it in step with the records and enums of core. */
    @Test
    void schemaDefinesEveryRecordAndEnumOfTheModel() {
        Set<Class<?>> records = new LinkedHashSet<>();
        Set<Class<?>> enums = new LinkedHashSet<>();
        collectTypes(ScanReport.class, records, enums);
        assertThat(records).hasSizeGreaterThan(15);
        assertThat(enums).hasSizeGreaterThan(10);
        for (Class<?> type : records) {
            JsonNode def = type == ScanReport.class ? SCHEMA_TREE : SCHEMA_TREE.path("$defs").path(defName(type));
            List<String> components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
            assertThat(def.path("additionalProperties").isBoolean() && !def.path("additionalProperties").asBoolean())
                    .as("additionalProperties false on %s", type.getSimpleName()).isTrue();
            assertThat(new ArrayList<>(def.path("properties").propertyNames())).as("properties of %s", type.getSimpleName())
                    .containsExactlyElementsOf(components);
            assertThat(strings(def.path("required"))).as("required of %s", type.getSimpleName())
                    .containsExactlyElementsOf(components);
        }
        for (Class<?> type : enums) {
            List<String> kebab = Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
            assertThat(strings(SCHEMA_TREE.path("$defs").path(defName(type)).path("enum")))
                    .as("enum %s", type.getSimpleName()).containsExactlyElementsOf(kebab);
        }
    }

    static Stream<Arguments> brokenReports() {
        return Stream.of(
                broken("/checks/0/status", t -> obj(t, "/checks/0").put("status", "not_applicable")),
                broken("/notes/0/kind", t -> obj(t, "/notes/0").put("kind", "SKIPPED_LARGE_FILE")),
                broken("/aspects/1/aspect", t -> obj(t, "/aspects/1").put("aspect", "business_outcomes")),
                broken("/findings/0/checkId", t -> obj(t, "/findings/0").put("checkId", "K8S-3")),
                broken("/findings/0/fingerprint", t -> obj(t, "/findings/0").put("fingerprint", "3F2C1AB9D0E4F5A6B7C8D9E0F1A2B3C4")),
                broken("/findings/1/criteria/0", t -> ((ArrayNode) t.at("/findings/1/criteria")).set(0, "TEC-100")),
                broken("/findings/1/severity", t -> obj(t, "/findings/1").putNull("severity")),
                broken("/findings/0", t -> obj(t, "/findings/0").put("line", 21)),
                broken("/target/scannedAt", t -> obj(t, "/target").put("scannedAt", "yesterday")),
                broken("/findings/3/suppressed/expires", t -> obj(t, "/findings/3/suppressed").put("expires", "30/06/2026")),
                broken("/findings/2/location/path", t -> obj(t, "/findings/2/location").put("path", "../etc/passwd")),
                broken("", t -> ((ObjectNode) t).remove("kpis")),
                broken("/schemaVersion", t -> ((ObjectNode) t).put("schemaVersion", "2")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenReports")
    void schemaRejectsWhatTheReporterNeverWrites(String instanceLocation, Consumer<JsonNode> breakIt) {
        JsonNode tree = PLAIN.readTree(json);
        breakIt.accept(tree);
        List<Error> errors = SCHEMA.validate(tree);
        assertThat(errors).extracting(e -> e.getInstanceLocation().toString()).contains(instanceLocation);
    }

    @Test
    void leavesTheWriterOpen() throws IOException {
        boolean[] closed = {false};
        Writer out = new StringWriter() {
            @Override
            public void close() throws IOException {
                closed[0] = true;
                super.close();
            }
        };
        new JsonReporter().write(Reports.small(), out);
        assertThat(closed[0]).isFalse();
        assertThat(out.toString()).endsWith("}\n");
    }

    @Test
    void writeFailuresSurfaceAsIoException() {
        Writer broken = new Writer() {
            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        assertThatThrownBy(() -> new JsonReporter().write(Reports.small(), broken))
                .isExactlyInstanceOf(IOException.class).hasMessage("disk full");
    }

    private static Arguments broken(String where, Consumer<JsonNode> change) {
        return Arguments.of(where, change);
    }

    private static ObjectNode obj(JsonNode tree, String pointer) {
        return (ObjectNode) tree.at(pointer);
    }

    private static void assertMirrors(Object value, JsonNode node, String where) {
        switch (value) {
            case null -> assertThat(node.isNull()).as(where).isTrue();
            case CheckId id -> assertThat(node.asString()).as(where).isEqualTo(id.value());
            case SourcePath path -> assertThat(node.asString()).as(where).isEqualTo(path.value());
            case Enum<?> e -> assertThat(node.asString()).as(where)
                    .isEqualTo(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            case Instant i -> assertThat(node.asString()).as(where).isEqualTo(i.toString());
            case LocalDate d -> assertThat(node.asString()).as(where).isEqualTo(d.toString());
            case String s -> assertThat(node.isString() ? node.asString() : null).as(where).isEqualTo(s);
            case Integer n -> assertThat(node.isInt() ? node.asInt() : null).as(where).isEqualTo(n);
            case Long n -> assertThat(node.isIntegralNumber() ? node.asLong() : null).as(where).isEqualTo(n);
            case Double n -> assertThat(node.isNumber() ? node.asDouble() : null).as(where).isEqualTo(n);
            case List<?> list -> {
                assertThat(node.isArray() ? node.size() : -1).as(where).isEqualTo(list.size());
                for (int i = 0; i < list.size(); i++) {
                    assertMirrors(list.get(i), node.get(i), where + "[" + i + "]");
                }
            }
            case Record r -> {
                RecordComponent[] components = r.getClass().getRecordComponents();
                assertThat(new ArrayList<>(node.propertyNames())).as(where)
                        .containsExactly(Arrays.stream(components).map(RecordComponent::getName).toArray(String[]::new));
                for (RecordComponent c : components) {
                    try {
                        assertMirrors(c.getAccessor().invoke(r), node.get(c.getName()), where + "." + c.getName());
                    } catch (ReflectiveOperationException e) {
                        throw new AssertionError(e);
                    }
                }
            }
            default -> throw new AssertionError(where + ": no rule for " + value.getClass());
        }
    }

    private static void collectTypes(Type type, Set<Class<?>> records, Set<Class<?>> enums) {
        if (type instanceof ParameterizedType p) {
            Arrays.stream(p.getActualTypeArguments()).forEach(a -> collectTypes(a, records, enums));
            return;
        }
        if (!(type instanceof Class<?> c) || c == CheckId.class || c == SourcePath.class) {
            return;
        }
        if (c.isEnum()) {
            enums.add(c);
        } else if (c.isRecord() && records.add(c)) {
            for (RecordComponent rc : c.getRecordComponents()) {
                collectTypes(rc.getGenericType(), records, enums);
            }
        }
    }

    private static String defName(Class<?> type) {
        return Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    private static String schemaText() {
        try (InputStream in = JsonReporterTest.class.getResourceAsStream("/schema/report-v1.json")) {
            if (in == null) {
                throw new AssertionError("schema/report-v1.json is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
