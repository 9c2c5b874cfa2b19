package dev.cairn.cli;

import static dev.cairn.cli.Cli.copyExample;
import static dev.cairn.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cairn.ingest.render.ProcessRunner;
import dev.cairn.ingest.render.RenderTools;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code --render auto|off}: the shop's staging overlay is what gets deployed, and what gets judged. */
class RenderOptionTest {
    @TempDir
    Path tmp;

    @Test
    void byDefaultTheOverlayIsRenderedSoItsReplicasAndImageTagCount() throws IOException {
        var lookup = new RenderTools(System.getenv("PATH"), ProcessRunner.defaults()).kustomize();
        if (lookup.kustomize().isEmpty()) System.err.println("RenderOptionTest skipped: " + lookup.whyNot());
        assumeTrue(lookup.kustomize().isPresent(), () -> "kustomize rendering not tested: " + lookup.whyNot());
        Path shop = copyExample("shop", tmp);
        Path out = tmp.resolve("report.json");

        Cli.Run r = run("scan", shop.toString(), "--format", "json=" + out);

        JsonNode report = JsonMapper.builder().build().readTree(out.toFile());
        // staging patches replicas: 2 -> 3, so the estimate is that of three pods, not the base's two
        assertThat(kpi(report, "monthly-cost-estimate")).as(r.toString()).isEqualTo(20.79);
        assertThat(report.get("notes").valueStream().map(n -> n.get("kind").asString())).doesNotContain("kustomize-not-rendered");
    }

    @Test
    void aSecondScanKeepsTheBuildsItCanAndTheReportIsTheSame() throws IOException {
        var lookup = new RenderTools(System.getenv("PATH"), ProcessRunner.defaults()).kustomize();
        assumeTrue(lookup.kustomize().isPresent(), () -> "kustomize rendering not tested: " + lookup.whyNot());
        Path shop = copyExample("shop", tmp);

        Cli.Run first = run("scan", shop.toString(), "--timings", "--format", "json=" + tmp.resolve("first.json"));
        Cli.Run second = run("scan", shop.toString(), "--timings", "--format", "json=" + tmp.resolve("second.json"));
        Cli.Run uncached = run("scan", shop.toString(), "--timings", "--no-cache", "--format", "json=" + tmp.resolve("uncached.json"));

        assertThat(first.err()).as(first.toString()).doesNotContain("renders kept");
        assertThat(second.err().lines().toList().getLast())
                .matches("  (\\d+) of \\1 renders kept from an earlier scan, as none of the files they read changed"
                        + " \\(--no-cache renders all\\)");
        assertThat(uncached.err()).doesNotContain("renders kept");
        JsonNode expected = withoutTarget(tmp.resolve("first.json"));
        assertThat(withoutTarget(tmp.resolve("second.json"))).isEqualTo(expected);
        assertThat(withoutTarget(tmp.resolve("uncached.json"))).isEqualTo(expected);
    }

    @Test
    void offScansTheFilesAsTheyAreAndSaysSo() throws IOException {
        Path shop = copyExample("shop", tmp);
        Path out = tmp.resolve("report.json");

        run("scan", shop.toString(), "--render", "off", "--format", "json=" + out);

        JsonNode report = JsonMapper.builder().build().readTree(out.toFile());
        assertThat(kpi(report, "monthly-cost-estimate")).isEqualTo(13.86);
        assertThat(report.get("notes").valueStream().filter(n -> n.get("kind").asString().equals("kustomize-not-rendered"))
                .map(n -> n.get("path").asString())).containsExactly("deploy/overlays/staging/kustomization.yaml");
    }

    @Test
    void anUnknownModeIsAUsageError() {
        Cli.Run r = run("scan", tmp.toString(), "--render", "always");

        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--render takes auto or off, not 'always'");
    }

    /** The report but the target, which holds the scan's time and duration. */
    private static JsonNode withoutTarget(Path report) {
        tools.jackson.databind.node.ObjectNode tree = (tools.jackson.databind.node.ObjectNode) JsonMapper.builder().build()
                .readTree(report.toFile());
        tree.remove("target");
        return tree;
    }

    private static double kpi(JsonNode report, String id) {
        for (JsonNode k : report.get("kpis")) {
            if (k.get("id").asString().equals(id)) return k.get("value").asDouble();
        }
        throw new AssertionError("no KPI " + id);
    }
}
