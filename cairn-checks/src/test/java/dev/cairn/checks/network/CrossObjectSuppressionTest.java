package dev.cairn.checks.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.checks.BuiltInChecks;
import dev.cairn.core.model.CheckStatus;
import dev.cairn.core.model.Finding;
import dev.cairn.testkit.FixtureRunner;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Findings of cross-object checks honour the suppression annotation of the object they point at. */
class CrossObjectSuppressionTest {
    @Test
    void anAnnotatedWorkloadSuppressesItsCoverageFinding() throws URISyntaxException {
        Path fixture = Path.of(Objects.requireNonNull(getClass().getResource("suppressed-by-annotation/")).toURI());

        FixtureRunner.Outcome outcome = FixtureRunner.scan(new NetworkPolicyCoverageCheck(), fixture, BuiltInChecks.registry());

        assertThat(outcome.findings()).hasSize(2);
        Finding gateway = outcome.findings().stream().filter(f -> f.object().name().equals("mesh-gateway")).findFirst().orElseThrow();
        Finding worker = outcome.findings().stream().filter(f -> f.object().name().equals("worker")).findFirst().orElseThrow();
        assertThat(gateway.counts()).isFalse();
        assertThat(gateway.suppressed().reason()).isEqualTo("isolated by the service mesh");
        assertThat(worker.counts()).isTrue();
        assertThat(outcome.result().status()).isEqualTo(CheckStatus.FAIL);
    }
}
