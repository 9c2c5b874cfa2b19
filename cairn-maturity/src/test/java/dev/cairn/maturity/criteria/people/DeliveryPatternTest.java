package dev.cairn.maturity.criteria.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which CODEOWNERS patterns name delivery paths (PEO-3). */
class DeliveryPatternTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "/deploy/,               true",
            "k8s,                    true",
            "charts/**,              true",
            ".github/workflows/,     true",
            "Dockerfile,             true",
            "*.tf,                   true",
            "*,                      false",
            "/**,                    false",
            "src/,                   false",
            "docs/*.md,              false",
    })
    void delivery(String pattern, boolean delivery) {
        assertThat(OperationsInTheBuildEvaluator.deliveryPattern(pattern)).isEqualTo(delivery);
    }
}
