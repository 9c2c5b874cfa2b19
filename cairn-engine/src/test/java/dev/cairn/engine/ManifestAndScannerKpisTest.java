package dev.cairn.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.config.CairnConfig;
import dev.cairn.core.model.KpiStatus;
import dev.cairn.core.model.KpiValue;
import dev.cairn.core.model.Note;
import dev.cairn.core.model.NoteKind;
import dev.cairn.core.model.ScanReport;
import dev.cairn.core.model.SourcePath;
import dev.cairn.ingest.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** Resource, cost and vulnerability KPIs through the real scan: collected while objects stream, then targets. */
class ManifestAndScannerKpisTest {
    static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: { name: web, namespace: shop }
            spec:
              replicas: 2
              selector: { matchLabels: { app: web } }
              template:
                metadata: { labels: { app: web } }
                spec:
                  containers:
                    - name: web
                      image: ghcr.io/acme/web:1.0.0
                      resources: { requests: { cpu: 250m, memory: 512Mi }, limits: { memory: 512Mi } }
                    - name: proxy
                      image: ghcr.io/acme/proxy:2.0.0
            """;
    static final String TRIVY = """
            {
              "SchemaVersion": 2,
              "CreatedAt": "2026-11-22T10:00:00Z",
              "ArtifactName": "ghcr.io/acme/web:1.0.0",
              "ArtifactType": "container_image",
              "Results": [ { "Target": "ghcr.io/acme/web:1.0.0 (debian 12.8)", "Class": "os-pkgs", "Vulnerabilities": [
                { "VulnerabilityID": "CVE-2026-40001", "PkgName": "libssl3", "InstalledVersion": "3.0.15-1",
                  "FixedVersion": "3.0.15-2", "Severity": "CRITICAL" },
                { "VulnerabilityID": "CVE-2026-40002", "PkgName": "libc6", "InstalledVersion": "2.36-9", "Severity": "HIGH" },
                { "VulnerabilityID": "CVE-2026-40003", "PkgName": "tar", "InstalledVersion": "1.34", "Severity": "LOW",
                  "FixedVersion": "1.35" } ] } ]
            }
            """;
    static final String SARIF = """
            { "version": "2.1.0", "runs": [ { "tool": { "driver": { "name": "Trivy", "rules": [
                { "id": "CVE-2026-50001", "properties": { "security-severity": "8.1" } } ] } },
              "properties": { "imageName": "ghcr.io/acme/proxy:2.0.0" },
              "results": [ { "ruleId": "CVE-2026-50001", "ruleIndex": 0, "level": "error",
                "message": { "text": "Package: nginx\\nInstalled Version: 1.25\\nFixed Version: 1.27" } } ] } ] }
            """;

    @TempDir
    Path tmp;

    @Test
    void kpisFromManifestsAndScannerOutputWithTargets() throws Exception {
        Path root = tmp.resolve("repo");
        Trees.write(root, "deploy/web.yaml", DEPLOYMENT);
        Trees.write(root, "reports/trivy-web.json", TRIVY);
        Trees.write(root, "reports/grype.json", "{ \"matches\": [ ");
        Trees.write(root, "bom.json", "{ \"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\", \"components\": [] }");
        Trees.write(root, "finance/prices.yaml", "cpuCoreHour: 0.04\nmemoryGiBHour: 0.005\n");
        Trees.write(root, ".cairn.yaml", """
                kpis:
                  targets:
                    - { kpi: request-coverage, baseline: 20, target: 90, owner: platform }
                    - { kpi: vulnerabilities-critical, baseline: 5, target: 0, unit: count, owner: security }
                    - { kpi: monthly-cost-estimate, target: 10 }
                    - { kpi: deployment-frequency, baseline: 0.5, target: 2, unit: per-week }
                pricing: { file: finance/prices.yaml }
                """);
        Path outside = Trees.write(tmp, "elsewhere/proxy.sarif", SARIF);
        Path broken = Trees.write(tmp, "elsewhere/notes.json", "{ \"hello\": \"world\" }");

        ScanReport report = scan(root, List.of(outside, root.resolve("reports/trivy-web.json"), broken));
        Map<String, KpiValue> kpis = report.kpis().stream().collect(Collectors.toMap(KpiValue::id, Function.identity()));

        assertThat(report.kpis()).extracting(KpiValue::id).containsExactly("deployment-frequency", "request-coverage",
                "memory-limit-coverage", "requested-cpu-cores", "requested-memory-gib", "monthly-cost-estimate",
                "vulnerabilities-critical", "vulnerabilities-high", "vulnerabilities-fixable-share", "image-scan-coverage");

        assertThat(kpis.get("image-scan-coverage").value()).isNull(); // no CI pipeline in this repository
        assertThat(kpis.get("request-coverage").value()).isEqualTo(50.0);
        assertThat(kpis.get("request-coverage").status()).isEqualTo(KpiStatus.ON_TRACK);
        assertThat(kpis.get("request-coverage").target().owner()).isEqualTo("platform");
        assertThat(kpis.get("memory-limit-coverage").status()).isEqualTo(KpiStatus.NO_TARGET); // a value, but no target declared
        assertThat(kpis.get("requested-cpu-cores").value()).isEqualTo(0.5);
        assertThat(kpis.get("requested-memory-gib").value()).isEqualTo(1.0);
        // 730 × (0.5 × 0.04 + 1 × 0.005) = 18.25, above the target of 10 with no baseline: off track
        assertThat(kpis.get("monthly-cost-estimate").value()).isEqualTo(18.25);
        assertThat(kpis.get("monthly-cost-estimate").estimatedFrom()).endsWith(
                "at prices from finance/prices.yaml (USD CPU 0.04/core-hour, RAM 0.005/GiB-hour, storage 0.00005479/GiB-hour)");
        assertThat(kpis.get("monthly-cost-estimate").status()).isEqualTo(KpiStatus.OFF_TRACK);

        // trivy-web.json is found in the repository and named again on the command line: read once
        assertThat(kpis.get("vulnerabilities-critical").value()).isEqualTo(1.0);
        assertThat(kpis.get("vulnerabilities-critical").status()).isEqualTo(KpiStatus.ON_TRACK);
        assertThat(kpis.get("vulnerabilities-critical").estimatedFrom())
                .isEqualTo(outside + " (SARIF), reports/trivy-web.json (Trivy JSON)");
        assertThat(kpis.get("vulnerabilities-high").value()).isEqualTo(2.0);
        assertThat(kpis.get("vulnerabilities-fixable-share").value()).isEqualTo(75.0);
        assertThat(kpis.get("vulnerabilities-critical").caveats()).contains(
                "all severities: 1 critical, 2 high, 0 medium, 1 low, 0 unknown; 4 distinct ids (4 CVEs)",
                "images covered: 2 (ghcr.io/acme/proxy:2.0.0, ghcr.io/acme/web:1.0.0)");

        assertThat(kpis.get("deployment-frequency").value()).isNull();
        assertThat(kpis.get("deployment-frequency").status()).isEqualTo(KpiStatus.NO_DATA);

        // a broken file in the repository and an unrecognised one on the command line are notes; an SBOM is neither
        assertThat(report.notes()).containsExactly(
                new Note(SourcePath.ROOT, null, NoteKind.UNREADABLE, "--scan-results " + broken
                        + ": JSON, but not a Trivy, Grype, SARIF or CycloneDX report"),
                new Note(SourcePath.of("reports/grype.json"), null, NoteKind.UNREADABLE,
                        report.notes().get(1).message()));
        assertThat(report.notes().get(1).message()).startsWith("reports/grype.json: not valid JSON (");

        String json = Trees.json(report);
        assertThat(ScannerTest.schema().validate(JsonMapper.builder().build().readTree(json))).isEmpty();
    }

    @Test
    void examplesReportTheirResourcesAndCost() throws Exception {
        Map<String, Double> shop = values(Trees.copyExample("shop", tmp));
        assertThat(shop).containsEntry("request-coverage", 100.0).containsEntry("memory-limit-coverage", 100.0)
                .containsEntry("requested-cpu-cores", 0.5).containsEntry("requested-memory-gib", 0.75)
                .containsEntry("monthly-cost-estimate", 13.86);
        Map<String, Double> careless = values(Trees.copyExample("careless", tmp));
        assertThat(careless).containsEntry("request-coverage", 20.0).containsEntry("memory-limit-coverage", 0.0)
                .containsEntry("requested-cpu-cores", 0.35).containsEntry("requested-memory-gib", 0.188)
                .containsEntry("monthly-cost-estimate", 8.66);
    }

    @Test
    void sameInputSameKpis() throws Exception {
        Path root = tmp.resolve("repo");
        Trees.write(root, "deploy/web.yaml", DEPLOYMENT + "---\n" + DEPLOYMENT.replace("name: web, namespace", "name: api, namespace"));
        Trees.write(root, "trivy.json", TRIVY);
        assertThat(scan(root, List.of()).kpis()).isEqualTo(scan(root, List.of()).kpis());
    }

    private Map<String, Double> values(Path root) throws Exception {
        return scan(root, List.of()).kpis().stream().filter(k -> k.value() != null)
                .collect(Collectors.toMap(KpiValue::id, KpiValue::value));
    }

    private static ScanReport scan(Path root, List<Path> scanResults) throws ScanFailedException, IOException {
        CairnConfig config = new ConfigLoader(Trees.builtIns()).loadFromRoot(root);
        return new Scanner(Trees.builtIns(), Trees.CLOCK, Trees.TOOL, 4)
                .scan(new ScanRequest(root, root.getFileName().toString(), config, Set.of(), scanResults));
    }
}
