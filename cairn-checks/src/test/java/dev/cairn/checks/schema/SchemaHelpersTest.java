package dev.cairn.checks.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.checks.template.Placeholders;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaHelpersTest {
    private static final List<String> CONTAINER_PORT = List.of("containerPort", "hostIP", "hostPort", "name", "protocol");

    @Test
    void suggestsTheCloseFieldNameOnly() {
        assertThat(Suggestions.closest("contanerPort", CONTAINER_PORT)).contains("containerPort");
        assertThat(Suggestions.closest("containerport", CONTAINER_PORT)).contains("containerPort");
        assertThat(Suggestions.closest("protcol", CONTAINER_PORT)).contains("protocol");
        assertThat(Suggestions.closest("nmae", CONTAINER_PORT)).contains("name");
        assertThat(Suggestions.closest("targetPort", CONTAINER_PORT)).isEmpty();
        // "hostIt" is one edit from both hostIP and hostIs: a tie suggests nothing
        assertThat(Suggestions.closest("hostIt", List.of("hostIP", "hostIs"))).isEmpty();
    }

    @Test
    void recognisesTemplatePlaceholders() {
        assertThat(Placeholders.isPlaceholder("${REPLICAS:-1}")).isTrue();
        assertThat(Placeholders.isPlaceholder("{{ .Values.port }}")).isTrue();
        assertThat(Placeholders.isPlaceholder("PORT")).isTrue();
        assertThat(Placeholders.isPlaceholder("CONTAINER_PORT")).isTrue();
        assertThat(Placeholders.isPlaceholder("<port>")).isTrue();
        assertThat(Placeholders.isPlaceholder("__PORT__")).isTrue();
        assertThat(Placeholders.isPlaceholder("$PORT")).isTrue();
        assertThat(Placeholders.isPlaceholder("two")).isFalse();
        assertThat(Placeholders.isPlaceholder("8080")).isFalse();
        assertThat(Placeholders.isPlaceholder("P")).isFalse();
        assertThat(Placeholders.isPlaceholder("Always")).isFalse();
    }
}
