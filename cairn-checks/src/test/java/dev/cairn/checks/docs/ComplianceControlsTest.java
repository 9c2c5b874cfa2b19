package dev.cairn.checks.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.checks.BuiltInChecks;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ComplianceControlsTest {
    @Test
    void controlsSortByTheirNumbersAsNumbers() {
        List<String> sorted = Stream.of("5.7.2", "5.2.10", "5.1.1", "5.2.9", "5.2.12", "4.2.6")
                .map(id -> new ComplianceControls.Control(id, null)).sorted().map(ComplianceControls.Control::id).toList();

        assertThat(sorted).containsExactly("4.2.6", "5.1.1", "5.2.9", "5.2.10", "5.2.12", "5.7.2");
    }

    @Test
    void aControlListsEveryCheckThatNamesIt() {
        String page = ComplianceControls.page(BuiltInChecks.registry().all());

        assertThat(page).contains("\n## CIS Kubernetes Benchmark\n")
                .contains("| 5.7.4 The default namespace should not be used | [K8S-009](K8S-009.md) default-namespace |\n");
        assertThat(page.indexOf("| 5.2.12 ")).isPositive().isLessThan(page.indexOf("| 5.7.4 "));
        assertThat(page.lines().filter(l -> l.startsWith("| 5.2.12 ")).findFirst().orElseThrow())
                .contains("[K8S-005](K8S-005.md) host-path-volume");
    }
}
