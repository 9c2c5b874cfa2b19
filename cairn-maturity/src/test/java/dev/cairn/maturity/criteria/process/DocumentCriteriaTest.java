package dev.cairn.maturity.criteria.process;

import static dev.cairn.maturity.criteria.process.CiEvidence.evidence;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.model.Outcome;
import dev.cairn.maturity.assess.Observation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Edge cases of the document-based Process criteria that a fixture would hide. */
class DocumentCriteriaTest {
    @Test
    void prc2FiguresAreNumbersWithUnitsNotDigitsInNames() {
        Observation versions = new NonFunctionalTargetsEvaluator().observe(evidence(List.of(), "docs/upgrade.md",
                CiEvidence.lines("CSIStorageCapacity moved to v1 in 1.27 (`storage.k8s.io/v1beta1`, see k8s docs)",
                        "Capacity planning: k3s nodes")));
        assertThat(versions.outcome()).isEqualTo(Outcome.NOT_MET);
        Observation targets = new NonFunctionalTargetsEvaluator().observe(evidence(List.of(), "docs/nfr.md",
                CiEvidence.lines("- p99 latency below 250ms", "- availability >= 99.5 %")));
        assertThat(targets.outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void prc15NeedsScopeAndRetentionInOneDocument() {
        LoggingAuditNeedsEvaluator e = new LoggingAuditNeedsEvaluator();
        Observation apart = e.observe(evidence(List.of(),
                "docs/security.md", "Every admin action must be audited.",
                "docs/ops.md", "Logs are kept for 14 days."));
        assertThat(apart.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(apart.summary()).startsWith("docs/security.md says what must be logged or audited, but not how long");
        Observation mentionOnly = e.observe(evidence(List.of(), "docs/debugging.md", "The audit log shows the denied call."));
        assertThat(mentionOnly.outcome()).isEqualTo(Outcome.NOT_MET);
        Observation together = e.observe(evidence(List.of(), "docs/audit.md",
                CiEvidence.lines("# Audit", "Admin actions are audited.", "Audit records are retained for 1 year.")));
        assertThat(together.outcome()).isEqualTo(Outcome.MET);
        assertThat(together.summary()).isEqualTo("docs/audit.md says what must be logged or audited and how long it is kept");
    }
}
