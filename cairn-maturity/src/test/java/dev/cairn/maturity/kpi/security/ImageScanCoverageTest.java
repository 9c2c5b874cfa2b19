package dev.cairn.maturity.kpi.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.model.KpiValue;
import dev.cairn.core.model.SourcePath;
import dev.cairn.ingest.ci.PipelineReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pipelines read by the real reader, so that the step kinds are the classifier's. */
class ImageScanCoverageTest {
    private static final String SCANNED = """
            on: push
            jobs:
              image:
                runs-on: ubuntu-24.04
                steps:
                  - run: docker build -t ghcr.io/acme/api:${{ github.sha }} .
                  - run: docker build -t ghcr.io/acme/worker:${{ github.sha }} -f worker.Dockerfile .
              scan:
                needs: image
                runs-on: ubuntu-24.04
                steps:
                  - uses: aquasecurity/trivy-action@ed142fd0673e97e23eac54620cfb913e5ce36c25
                    with: { image-ref: "ghcr.io/acme/api:${{ github.sha }}" }
            """;
    private static final String UNSCANNED = """
            on: push
            jobs:
              image:
                runs-on: ubuntu-24.04
                steps:
                  - run: docker buildx build --push -t ghcr.io/acme/web:${{ github.sha }} .
            """;

    @Test
    void coverageIsTheShareOfImageBuildsWhosePipelineScans() {
        List<Pipeline> pipelines = new ArrayList<>();
        pipelines.addAll(read(".github/workflows/api.yml", SCANNED));
        pipelines.addAll(read(".github/workflows/web.yml", UNSCANNED));
        KpiValue kpi = ImageScanCoverage.of(pipelines);
        assertThat(kpi.id()).isEqualTo("image-scan-coverage");
        assertThat(kpi.value()).isEqualTo(66.7);
        assertThat(kpi.unit()).isEqualTo("percent");
        assertThat(kpi.estimatedFrom()).isEqualTo("CI pipelines: 2 of 3 image build steps in 2 pipelines have a vulnerability scan");
    }

    @Test
    void noImageBuildIsNoData() {
        KpiValue kpi = ImageScanCoverage.of(read(".github/workflows/ci.yml", "on: push\njobs:\n  t:\n    steps:\n      - run: mvn -B verify\n"));
        assertThat(kpi.value()).isNull();
        assertThat(kpi.estimatedFrom()).isEqualTo("CI pipelines: no image build step found");
    }

    private static List<Pipeline> read(String path, String text) {
        return new PipelineReader().read(SourcePath.of(path), text).pipelines();
    }
}
