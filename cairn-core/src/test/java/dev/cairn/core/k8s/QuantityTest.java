package dev.cairn.core.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            // plain numbers and decimal SI suffixes
            "1, 1",
            "0, 0",
            "2.5, 2.5",
            ".5, 0.5",
            "1., 1",
            "+3, 3",
            "-2, -2",
            "250m, 0.25",
            "100m, 0.1",
            "1500m, 1.5",
            "0.5m, 0.0005",
            "1n, 0.000000001",
            "1u, 0.000001",
            "1k, 1000",
            "1.5k, 1500",
            "2M, 2000000",
            "1G, 1000000000",
            "1T, 1000000000000",
            "1P, 1000000000000000",
            "1E, 1000000000000000000",
            // binary SI suffixes
            "1Ki, 1024",
            "64Mi, 67108864",
            "384Mi, 402653184",
            "1Gi, 1073741824",
            "1.5Gi, 1610612736",
            "1Ti, 1099511627776",
            "1Pi, 1125899906842624",
            "1Ei, 1152921504606846976",
            // decimal exponents
            "1e3, 1000",
            "1E3, 1000",
            "12e6, 12000000",
            "1.5e-3, 0.0015",
            "5e+2, 500",
            "1e0, 1",
    })
    void parsesExactly(String text, String expected) {
        assertThat(Quantity.parse(text)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(new BigDecimal(expected)));
    }

    @ParameterizedTest(name = "''{0}'' is not a quantity")
    @ValueSource(strings = {"", " ", "abc", "1K", "1ki", "1gi", "1 Gi", " 1", "1Gi ", "1e", "1e1.5", "Gi", "m", "1..2",
            "1Mib", "0x10", "1e99999", "1e31", "--1", "1m1", "one"})
    void rejectsWhatKubernetesRejects(String text) {
        assertThat(Quantity.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e30", "1e-30"})
    void acceptsExponentsUpToThirty(String text) {
        assertThat(Quantity.parse(text)).isPresent();
    }

    @org.junit.jupiter.api.Test
    void nullIsNotAQuantity() {
        assertThat(Quantity.parse(null)).isEmpty();
        assertThat(Quantity.GIB).isEqualByComparingTo("1073741824");
    }
}
