package dev.cairn.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.cairn.core.config.ConfigException;
import dev.cairn.ingest.config.ConfigLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** schema/cairn-config-v1.json and the loader agree on the kpis: and pricing: sections. */
class ConfigSchemaKpisTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {
            """
            kpis:
              deployments: { from: tags, pattern: "v*" }
              targets:
                - { kpi: deployment-frequency, baseline: 0.5, target: 2.0, unit: per-week, owner: cto,
                    goal: "faster time to market", source: git-tags }
                - { kpi: monthly-cost-estimate, baseline: 1200, target: 900, unit: USD-per-month }
                - { kpi: vulnerabilities-critical, target: 0 }
            pricing: { cpuCoreHour: 0.031611, memoryGiBHour: 0.004237, storageGiBHour: 0.00005479 }
            """,
            "kpis: { deployments: { from: gitops, path: deploy/overlays/prod } }\n",
            "kpis: { deployments: { from: file, path: deployments.csv }, targets: [] }\npricing: { cpuCoreHour: 0.05 }\n",
            "kpis: { deployments: { from: tags } }\n",
    })
    void bothAccept(String yaml) throws IOException {
        new ConfigLoader(Trees.builtIns()).parse(yaml, ".cairn.yaml");
        assertThat(schema().validate(tree(yaml))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "kpis: { deployments: { from: tags, path: deploy } }\n",
            "kpis: { deployments: { from: gitops } }\n",
            "kpis: { deployments: { from: releases } }\n",
            "kpis: { deployments: { pattern: \"v*\" } }\n",
            "kpis: { targets: [ { kpi: lead-time, target: 1 } ] }\n",
            "kpis: { targets: [ { target: 1 } ] }\n",
            "kpis: { targets: [ { kpi: deployment-frequency, unit: per-day } ] }\n",
            "kpis: { targets: [ { kpi: request-coverage, baseline: \"50%\" } ] }\n",
            "kpis: { targets: [ { kpi: request-coverage, owners: x } ] }\n",
            "kpis: { target: [] }\n",
            "pricing: { cpuCoreHour: -1 }\n",
            "pricing: { gpuHour: 0.95 }\n",
            "pricing: { file: prices.yaml, cpuCoreHour: 1 }\n",
            "pricing: { file: ../prices.yaml }\n",
            "pricing: { cpuCoreHour: \"0.03\" }\n",
    })
    void bothReject(String yaml) throws IOException {
        assertThatThrownBy(() -> new ConfigLoader(Trees.builtIns()).parse(yaml, ".cairn.yaml"))
                .isInstanceOf(ConfigException.class);
        assertThat(schema().validate(tree(yaml))).isNotEmpty();
    }

    private static JsonNode tree(String yaml) {
        Object plain = new Load(LoadSettings.builder().build()).loadFromString(yaml);
        return JSON.valueToTree(plain);
    }

    private static Schema schema() throws IOException {
        try (InputStream in = ConfigSchemaKpisTest.class.getResourceAsStream("/schema/cairn-config-v1.json")) {
            assertThat(in).as("schema/cairn-config-v1.json on the test classpath (from cairn-report)").isNotNull();
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
