package dev.cairn.maturity.kpi.security;

import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.ci.Step;
import dev.cairn.core.ci.StepKind;
import dev.cairn.core.model.KpiId;
import dev.cairn.core.model.KpiStatus;
import dev.cairn.core.model.KpiValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * image-scan-coverage (cnmm-level1.md §4.8, "automated CVE identification in containers"):
 * {@code images built with a scan step / images built × 100}, from the CI pipelines. An image build step
 * counts as covered when its pipeline also runs a vulnerability scanner (Trivy, Grype, Snyk, Docker Scout):
 * a scan in a later job of the same workflow is the common shape, so the pipeline, not the job, is the unit.
 */
public final class ImageScanCoverage {
    private ImageScanCoverage() {}

    public static KpiValue of(List<Pipeline> pipelines) {
        int built = 0;
        int covered = 0;
        int files = 0;
        for (Pipeline p : pipelines) {
            long builds = p.steps().stream().filter(ImageScanCoverage::buildsImage).count();
            if (builds == 0) {
                continue;
            }
            files++;
            built += (int) builds;
            if (p.has(StepKind.VULNERABILITY_SCAN)) {
                covered += (int) builds;
            }
        }
        KpiId id = KpiId.IMAGE_SCAN_COVERAGE;
        List<String> caveats = List.of("an image build counts as covered when its pipeline also runs a vulnerability"
                + " scanner (trivy, grype, snyk, docker scout); whether the scan gates the push is not judged");
        if (built == 0) {
            return new KpiValue(id.id(), null, id.unit(), null, "CI pipelines: no image build step found",
                    VulnerabilityKpis.WINDOW, null, KpiStatus.NO_DATA, caveats);
        }
        double share = BigDecimal.valueOf(covered * 100L).divide(BigDecimal.valueOf(built), 1, RoundingMode.HALF_UP)
                .doubleValue();
        String from = "CI pipelines: " + covered + " of " + built + " image build step" + (built == 1 ? "" : "s")
                + " in " + files + " pipeline" + (files == 1 ? "" : "s") + " have a vulnerability scan";
        return new KpiValue(id.id(), share, id.unit(), null, from, VulnerabilityKpis.WINDOW, null, KpiStatus.NO_DATA, caveats);
    }

    private static boolean buildsImage(Step step) {
        return step.kinds().contains(StepKind.IMAGE_BUILD);
    }
}
