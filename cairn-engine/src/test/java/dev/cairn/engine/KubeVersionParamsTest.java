package dev.cairn.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.cairn.checks.k8s.KubeVersionParams;
import dev.cairn.core.config.CairnConfig;
import dev.cairn.core.config.ConfigException;
import dev.cairn.ingest.config.ConfigLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code kubeVersion} of the API version checks: bound from .cairn.yaml as written, and the schema agrees. */
class KubeVersionParamsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final ConfigLoader loader = new ConfigLoader(Trees.builtIns());

    @Test
    void boundBySlugOrIdAndAnUnquotedVersionKeepsItsDigits() {
        CairnConfig config = loader.parse("""
                checks:
                  params:
                    api-version-removed: { kubeVersion: "1.29" }
                    K8S-061: { kubeVersion: 1.30 }
                """, ".cairn.yaml");

        assertThat(config.params()).isEqualTo(Map.of(
                "K8S-060", new KubeVersionParams("1.29"),
                "K8S-061", new KubeVersionParams("1.30")));
        assertThat(((KubeVersionParams) config.params().get("K8S-061")).targetMinor()).isEqualTo(30);
    }

    @Test
    void leftOutMeansTheDefault() {
        CairnConfig config = loader.parse("checks:\n  params:\n    api-version-deprecated: {}\n", ".cairn.yaml");

        KubeVersionParams params = (KubeVersionParams) config.params().get("K8S-061");
        assertThat(params.kubeVersion()).isNull();
        assertThat(params.target()).isEqualTo(KubeVersionParams.DEFAULT).isEqualTo("1.31");
    }

    @Test
    void aPatchVersionIsAnErrorAtItsLineThatSaysWhy() {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> loader.parse("""
                checks:
                  params:
                    api-version-removed:
                      kubeVersion: "1.31.2"
                """, ".cairn.yaml"));

        assertThat(e.display()).startsWith(".cairn.yaml:").contains("kubeVersion must be a Kubernetes minor version such"
                + " as \"1.31\", not \"1.31.2\"").contains("(expected fields: kubeVersion)");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "checks: { params: { api-version-removed: { kubeVersion: \"1.30\" } } }\n",
            "checks: { params: { K8S-060: { kubeVersion: \"1.25\" }, K8S-061: { kubeVersion: \"1.25\" } } }\n",
            "checks: { params: { api-version-deprecated: {} } }\n",
    })
    void loaderAndSchemaAccept(String yaml) throws IOException {
        loader.parse(yaml, ".cairn.yaml");
        assertThat(schema().validate(tree(yaml))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "checks: { params: { api-version-removed: { kubeVersion: \"1.31.2\" } } }\n",
            "checks: { params: { api-version-removed: { kubeVersion: \"v1.31\" } } }\n",
            "checks: { params: { K8S-061: { kubeVersion: \"2.0\" } } }\n",
            "checks: { params: { K8S-061: { version: \"1.30\" } } }\n",
    })
    void loaderAndSchemaReject(String yaml) throws IOException {
        assertThat(catchThrowableOfType(ConfigException.class, () -> loader.parse(yaml, ".cairn.yaml"))).isNotNull();
        assertThat(schema().validate(tree(yaml))).isNotEmpty();
    }

    private static JsonNode tree(String yaml) {
        return JSON.valueToTree(new Load(LoadSettings.builder().build()).loadFromString(yaml));
    }

    private static Schema schema() throws IOException {
        try (InputStream in = KubeVersionParamsTest.class.getResourceAsStream("/schema/cairn-config-v1.json")) {
            assertThat(in).as("schema/cairn-config-v1.json on the test classpath (from cairn-report)").isNotNull();
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
