package dev.cairn.cli;

import static dev.cairn.cli.Cli.copyExample;
import static dev.cairn.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code cairn scan --scan-results FILE}: scanner output in the vulnerability KPIs of every format. */
class ScanResultsOptionTest {
    static final String GRYPE = """
            { "matches": [
                { "vulnerability": { "id": "CVE-2026-60001", "severity": "Critical", "fix": { "versions": ["2.1"], "state": "fixed" } },
                  "artifact": { "name": "libxml2", "version": "2.0" } },
                { "vulnerability": { "id": "CVE-2026-60002", "severity": "High", "fix": { "versions": [], "state": "not-fixed" } },
                  "artifact": { "name": "expat", "version": "2.5" } } ],
              "source": { "type": "image", "target": { "userInput": "ghcr.io/acme/shop:1.4.2" } },
              "descriptor": { "name": "grype", "timestamp": "2026-11-22T10:00:00Z" } }
            """;

    @TempDir
    Path tmp;

    @Test
    void scannerOutputFromTheCommandLineReachesTheJsonReport() throws IOException {
        Path shop = copyExample("shop", tmp);
        Path grype = tmp.resolve("grype.json");
        Files.writeString(grype, GRYPE);
        Path out = tmp.resolve("report.json");
        // raw files, so that the cost below does not depend on a kustomize on PATH (RenderOptionTest renders)
        Cli.Run r = run("scan", shop.toString(), "--render", "off", "--scan-results", grype.toString(), "--format", "json=" + out);
        assertThat(r.exit()).as(r.toString()).isZero();
        JsonNode kpis = JsonMapper.builder().build().readTree(out.toFile()).get("kpis");
        assertThat(value(kpis, "vulnerabilities-critical")).isEqualTo(1.0);
        assertThat(value(kpis, "vulnerabilities-high")).isEqualTo(1.0);
        assertThat(value(kpis, "vulnerabilities-fixable-share")).isEqualTo(50.0);
        assertThat(value(kpis, "monthly-cost-estimate")).isEqualTo(13.86);
    }

    @Test
    void aMissingFileIsAUsageError() throws IOException {
        Path shop = copyExample("shop", tmp);
        Cli.Run r = run("scan", shop.toString(), "--scan-results", tmp.resolve("nope.json").toString());
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--scan-results " + tmp.resolve("nope.json")
                + ": no such file (give scanner output, e.g. --scan-results trivy.json)");
    }

    @Test
    void kpiTakesTheOptionToo() throws IOException {
        Path shop = copyExample("shop", tmp);
        Cli.Run r = run("kpi", shop.toString(), "--no-cache", "--scan-results", tmp.resolve("nope.sarif").toString());
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--scan-results " + tmp.resolve("nope.sarif") + ": no such file");
    }

    @Test
    void aBrokenFileIsANoteAndTheScanGoesOn() throws IOException {
        Path shop = copyExample("shop", tmp);
        Path broken = tmp.resolve("trivy.json");
        Files.writeString(broken, "{ \"SchemaVersion\": 2, ");
        Path out = tmp.resolve("report.json");
        Cli.Run r = run("scan", shop.toString(), "--scan-results", broken.toString(), "--format", "json=" + out);
        assertThat(r.exit()).as(r.toString()).isZero();
        JsonNode report = JsonMapper.builder().build().readTree(out.toFile());
        assertThat(report.get("notes").get(0).get("kind").asString()).isEqualTo("unreadable");
        assertThat(report.get("notes").get(0).get("message").asString())
                .startsWith("--scan-results " + broken + ": not valid JSON (");
        assertThat(value(report.get("kpis"), "vulnerabilities-critical")).isNull();
    }

    private static Double value(JsonNode kpis, String id) {
        for (JsonNode k : kpis) {
            if (k.get("id").asString().equals(id)) {
                return k.get("value").isNull() ? null : k.get("value").asDouble();
            }
        }
        throw new AssertionError("no KPI " + id);
    }
}
