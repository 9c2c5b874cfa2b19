package dev.cairn.checks.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

class SchemaCompilerTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Every schema that ships compiles: a regenerated one with a keyword the validator lacks fails here. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = ' ', textBlock = """
            v1 Pod
            v1 Service
            v1 ConfigMap
            v1 Secret
            v1 ServiceAccount
            v1 Namespace
            v1 PersistentVolumeClaim
            apps/v1 Deployment
            apps/v1 StatefulSet
            apps/v1 DaemonSet
            apps/v1 ReplicaSet
            batch/v1 Job
            batch/v1 CronJob
            networking.k8s.io/v1 Ingress
            networking.k8s.io/v1 NetworkPolicy
            rbac.authorization.k8s.io/v1 Role
            rbac.authorization.k8s.io/v1 RoleBinding
            rbac.authorization.k8s.io/v1 ClusterRole
            rbac.authorization.k8s.io/v1 ClusterRoleBinding
            policy/v1 PodDisruptionBudget
            autoscaling/v2 HorizontalPodAutoscaler
            """)
    void compilesEveryShippedSchema(String apiVersion, String kind) {
        FieldSchema root = SchemaViolations.schema(apiVersion, kind).orElseThrow();
        assertThat(root.types()).containsExactly(JsonType.OBJECT);
        assertThat(root.closed()).isTrue();
        assertThat(root.properties()).containsKeys("apiVersion", "kind", "metadata").doesNotContainKey("status");
    }

    @Test
    void keepsKubernetesTypesOfTheDeploymentSchema() {
        FieldSchema deployment = SchemaViolations.schema("apps/v1", "Deployment").orElseThrow();
        FieldSchema pod = deployment.property("spec").property("template").property("spec");
        FieldSchema container = pod.property("containers").items();
        assertThat(container.closed()).isTrue();
        assertThat(container.property("ports").items().property("containerPort").types()).containsExactly(JsonType.INTEGER);
        assertThat(container.property("livenessProbe").property("httpGet").property("port").types())
                .as("int-or-string").containsExactly(JsonType.STRING, JsonType.INTEGER);
        FieldSchema limits = container.property("resources").property("limits");
        assertThat(limits.closed()).isFalse();
        assertThat(limits.others().types()).as("quantity").containsExactly(JsonType.STRING, JsonType.NUMBER);
        assertThat(deployment.property("metadata").property("labels").others().types()).containsExactly(JsonType.STRING);
        // ObjectMeta is one definition, compiled once for the object and its template
        assertThat(deployment.property("spec").property("template").property("metadata"))
                .isSameAs(deployment.property("metadata"));
    }

    @Test
    void acceptsAnIntegerWhereANumberIsAllowedAndNothingWithoutAJsonType() {
        FieldSchema quantity = new FieldSchema(List.of(JsonType.STRING, JsonType.NUMBER), java.util.Map.of(), false, null, null);
        assertThat(quantity.accepts(JsonType.INTEGER)).isTrue();
        assertThat(quantity.accepts(JsonType.BOOLEAN)).isFalse();
        assertThat(quantity.accepts(null)).isFalse();
        FieldSchema integer = new FieldSchema(List.of(JsonType.INTEGER), java.util.Map.of(), false, null, null);
        assertThat(integer.accepts(JsonType.NUMBER)).isFalse();
    }

    @Test
    void refusesWhatItCannotValidateNamingThePlace() {
        assertThatThrownBy(() -> compile("""
                {"type":"object","properties":{"policy":{"type":"string","enum":["Always"]}}}"""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unsupported keyword \"enum\" at #/properties/policy");
        assertThatThrownBy(() -> compile("""
                {"type":"object","properties":{"a":{"$ref":"#/$defs/Missing"}}}"""))
                .hasMessage("unresolvable $ref \"#/$defs/Missing\" at #/properties/a");
        assertThatThrownBy(() -> compile("""
                {"$defs":{"Node":{"type":"object","properties":{"child":{"$ref":"#/$defs/Node"}}}},
                 "$ref":"#/$defs/Node"}"""))
                .hasMessage("recursive $ref \"#/$defs/Node\" at #/$defs/Node/properties/child");
        assertThatThrownBy(() -> compile("""
                {"properties":{"a":{"$ref":"#/$defs/A","type":"string"}},"$defs":{"A":{"type":"string"}}}"""))
                .hasMessage("$ref beside \"type\" at #/properties/a");
        assertThatThrownBy(() -> compile("""
                {"type":"whole number"}"""))
                .hasMessage("unknown JSON type \"whole number\"");
    }

    private static FieldSchema compile(String json) {
        return SchemaCompiler.compile(JSON.readTree(json));
    }
}
