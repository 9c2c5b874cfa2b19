package dev.cairn.checks.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.model.SourcePath;
import dev.cairn.core.yaml.YMap;
import dev.cairn.ingest.yaml.YamlReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTypeTest {
    /** A plain scalar read by the real reader (YAML 1.1 as Kubernetes reads it), typed as kubectl converts it. */
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            8080            | INTEGER
            '\"8080\"'      | STRING
            3.0             | INTEGER
            1.0e+20         | INTEGER
            1.5             | NUMBER
            0755            | INTEGER
            0x1F            | INTEGER
            1_000           | INTEGER
            1e3             | INTEGER
            yes             | BOOLEAN
            Off             | BOOLEAN
            '\"true\"'      | STRING
            25%             | STRING
            '~'             | NONE
            null            | NONE
            99999999999999999999 | NONE
            .inf            | NONE
            -.Inf           | NONE
            .nan            | NONE
            1.0e+400        | NONE
            '[a]'           | ARRAY
            '{a: b}'        | OBJECT
            """)
    void typesScalarsAsKubectlConvertsThem(String yaml, JsonType expected) {
        var file = new YamlReader().read(SourcePath.of("t.yaml"), "v: " + yaml + "\n");
        YMap root = (YMap) file.documents().getFirst().root();
        assertThat(JsonType.of(root.get("v").orElseThrow())).isEqualTo(expected);
    }
}
