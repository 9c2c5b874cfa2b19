package dev.cairn.ingest.scanresults;

import static dev.cairn.core.vuln.VulnerabilitySeverity.CRITICAL;
import static dev.cairn.core.vuln.VulnerabilitySeverity.HIGH;
import static dev.cairn.core.vuln.VulnerabilitySeverity.LOW;
import static dev.cairn.core.vuln.VulnerabilitySeverity.MEDIUM;
import static dev.cairn.core.vuln.VulnerabilitySeverity.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.cairn.core.vuln.ScanResult;
import dev.cairn.core.vuln.Vulnerability;
import dev.cairn.ingest.discovery.FileClassifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScanResultsReaderTest {
    static final String IMAGE = "ghcr.io/acme/shop:1.4.2";
    private final ScanResultsReader reader = new ScanResultsReader();

    @Test
    void trivyImageReport() {
        ScanResult r = imported("trivy-image.json");
        assertThat(r.format()).isEqualTo("Trivy JSON");
        assertThat(r.tool()).isEqualTo("Trivy");
        assertThat(r.images()).containsExactly(IMAGE);
        assertThat(r.scannedAt()).isEqualTo("2026-11-20T08:15:02.123456789Z");
        assertThat(r.vulnerabilities())
                .extracting(Vulnerability::id, Vulnerability::severity, Vulnerability::packageName,
                        Vulnerability::installedVersion, Vulnerability::fixable, Vulnerability::artifact)
                .containsExactly(
                        tuple("CVE-2026-10001", CRITICAL, "libcrypto3", "3.3.2-r0", true, IMAGE),
                        tuple("CVE-2026-10002", HIGH, "busybox", "1.36.1-r29", false, IMAGE),
                        tuple("CVE-2026-10003", MEDIUM, "zlib", "1.3.1-r1", true, IMAGE),
                        tuple("GHSA-7q2x-4m5p-9vwr", HIGH, "com.fasterxml.jackson.core:jackson-databind", "2.14.0", true,
                                IMAGE + " app/shop.jar"),
                        tuple("CVE-2026-10004", LOW, "org.example:legacy-utils", "1.0.0", false, IMAGE + " app/shop.jar"));
    }

    @Test
    void trivyClusterReport() {
        ScanResult r = imported("trivy-cluster.json");
        assertThat(r.images()).containsExactly(IMAGE, "redis:7.4");
        assertThat(r.vulnerabilities())
                .extracting(Vulnerability::id, Vulnerability::severity, Vulnerability::fixable, Vulnerability::artifact)
                .containsExactly(
                        tuple("CVE-2026-10001", CRITICAL, true, "shop/Deployment/shop " + IMAGE + " (alpine 3.20.3)"),
                        tuple("CVE-2026-20001", HIGH, false, "default/Deployment/redis redis:7.4 (debian 12.8)"));
    }

    @Test
    void grypeReport() {
        ScanResult r = imported("grype-shop.json");
        assertThat(r.format()).isEqualTo("Grype JSON");
        assertThat(r.tool()).isEqualTo("grype");
        assertThat(r.images()).containsExactly(IMAGE);
        assertThat(r.scannedAt()).isEqualTo("2026-11-20T09:00:00.000000000Z");
        assertThat(r.vulnerabilities())
                .extracting(Vulnerability::id, Vulnerability::severity, Vulnerability::packageName,
                        Vulnerability::installedVersion, Vulnerability::fixable)
                .containsExactly(
                        tuple("CVE-2026-10001", CRITICAL, "libcrypto3", "3.3.2-r0", true),
                        tuple("CVE-2026-10002", HIGH, "busybox", "1.36.1-r29", false),
                        tuple("CVE-2026-10005", LOW, "ssl_client", "1.36.1-r29", false),
                        tuple("GHSA-2c8m-7h4r-qq5f", UNKNOWN, "netty-codec-http", "4.1.100.Final", null));
    }

    @Test
    void sarifWithSecuritySeverityOnTheRules() {
        ScanResult r = imported("trivy.sarif");
        assertThat(r.format()).isEqualTo("SARIF");
        assertThat(r.tool()).isEqualTo("Trivy");
        assertThat(r.images()).containsExactly(IMAGE);
        assertThat(r.scannedAt()).isEqualTo("2026-11-21T08:00:00Z");
        // the suppressed note and the passing result are not vulnerabilities
        assertThat(r.vulnerabilities())
                .extracting(Vulnerability::id, Vulnerability::severity, Vulnerability::packageName,
                        Vulnerability::installedVersion, Vulnerability::fixable, Vulnerability::artifact)
                .containsExactly(
                        tuple("CVE-2026-10001", CRITICAL, "libcrypto3", "3.3.2-r0", true, IMAGE + " library/shop"),
                        tuple("CVE-2026-10002", HIGH, "busybox", "1.36.1-r29", false, IMAGE + " library/shop"),
                        tuple("CVE-2026-10003", MEDIUM, "zlib", "1.3.1-r1", null, IMAGE + " library/shop"));
    }

    @Test
    void sarifMixingSecurityAndQualityResultsKeepsTheSecurityOnesAndSkipsCairnsOwnRun() {
        ScanResult r = imported("code-scanning.sarif");
        assertThat(r.tool()).isEqualTo("CodeQL");
        assertThat(r.images()).isEmpty();
        assertThat(r.vulnerabilities())
                .extracting(Vulnerability::id, Vulnerability::severity, Vulnerability::fixable, Vulnerability::artifact)
                .containsExactly(tuple("java/sql-injection", HIGH, null, "src/main/java/com/acme/shop/Catalog.java"));
    }

    @Test
    void sarifWithLevelsOnly() {
        ScanResult r = imported("levels.sarif");
        assertThat(r.vulnerabilities())
                .extracting(Vulnerability::id, Vulnerability::severity, Vulnerability::fixable)
                .containsExactly(
                        tuple("EX-1", HIGH, null),
                        tuple("EX-9", HIGH, null),
                        tuple("EX-8", MEDIUM, true),
                        tuple("EX-7", LOW, null));
    }

    @Test
    void cycloneDxWithVulnerabilities() {
        ScanResult r = imported("shop.cdx.json");
        assertThat(r.format()).isEqualTo("CycloneDX");
        assertThat(r.tool()).isEqualTo("trivy");
        assertThat(r.images()).containsExactly("ghcr.io/acme/shop:1.4.2");
        assertThat(r.scannedAt()).isEqualTo("2026-11-19T12:00:00Z");
        // CVE-2026-30003 is analysed as not affected and left out
        assertThat(r.vulnerabilities())
                .extracting(Vulnerability::id, Vulnerability::severity, Vulnerability::packageName,
                        Vulnerability::installedVersion, Vulnerability::fixable)
                .containsExactly(
                        tuple("CVE-2026-10001", CRITICAL, "libcrypto3", "3.3.2-r0", true),
                        tuple("CVE-2026-30001", MEDIUM, "child", "2.0", true),
                        tuple("CVE-2026-30002", HIGH, "parent", "1.0", null));
    }

    @Test
    void anSbomWithoutVulnerabilitiesIsNotAReport() {
        ScanResultsRead read = read("bom.json");
        assertThat(read.status()).isEqualTo(ScanResultsRead.Status.NOT_A_REPORT);
        assertThat(read.message()).isEqualTo("bom.json: a CycloneDX SBOM without vulnerabilities");
    }

    @Test
    void cairnsOwnSarifIsNotAReport() {
        String sarif = "{ \"version\": \"2.1.0\", \"runs\": [ { \"tool\": { \"driver\": { \"name\": \"cairn\" } },"
                + " \"results\": [ { \"ruleId\": \"K8S-003\", \"level\": \"error\", \"message\": { \"text\": \"root\" } } ] } ] }";
        ScanResultsRead read = reader.parse(sarif.getBytes(StandardCharsets.UTF_8), "cairn.sarif");
        assertThat(read.status()).isEqualTo(ScanResultsRead.Status.NOT_A_REPORT);
        assertThat(read.message()).isEqualTo("cairn.sarif: cairn's own SARIF (findings, not vulnerabilities)");
    }

    @Test
    void otherJsonIsNotAReport() {
        ScanResultsRead read = read("sbom-settings.json");
        assertThat(read.status()).isEqualTo(ScanResultsRead.Status.NOT_A_REPORT);
        assertThat(read.message()).isEqualTo("sbom-settings.json: JSON, but not a Trivy, Grype, SARIF or CycloneDX report");
        assertThat(reader.parse("[1, 2]".getBytes(StandardCharsets.UTF_8), "x.json").status())
                .isEqualTo(ScanResultsRead.Status.NOT_A_REPORT);
    }

    @Test
    void brokenJsonIsReportedNotThrown() {
        ScanResultsRead read = read("trivy-truncated.json");
        assertThat(read.status()).isEqualTo(ScanResultsRead.Status.BROKEN);
        assertThat(read.result()).isNull();
        assertThat(read.message()).startsWith("trivy-truncated.json: not valid JSON (");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\u0000\u0001\u0002binary", "{\"runs\": ", "\"just a string\"", "{\"a\":1}{\"b\":2}",
            "{\"bomFormat\": \"CycloneDX\", \"vulnerabilities\": {\"not\": \"an array\"}}",
            "{\"runs\": [1, \"x\", {\"results\": 5}], \"version\": \"2.1.0\"}",
            "{\"matches\": [{\"vulnerability\": []}], \"source\": 3}",
            "{\"SchemaVersion\": 2, \"Results\": [{\"Vulnerabilities\": [1, null, {\"VulnerabilityID\": 7}]}]}"})
    void hostileInputNeverThrows(String text) {
        ScanResultsRead read = reader.parse(text.getBytes(StandardCharsets.UTF_8), "bad.json");
        assertThat(read.status()).isNotNull();
        if (read.status() == ScanResultsRead.Status.IMPORTED) {
            assertThat(read.result().source()).isEqualTo("bad.json");
        } else {
            assertThat(read.message()).startsWith("bad.json: ");
        }
    }

    @Test
    void deepNestingIsBrokenInput() {
        String deep = "{\"runs\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        ScanResultsRead read = reader.parse(deep.getBytes(StandardCharsets.UTF_8), "deep.sarif");
        assertThat(read.status()).isEqualTo(ScanResultsRead.Status.BROKEN);
    }

    @Test
    void filesAboveTheCapAreNotRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("trivy.json");
        Files.write(file, resource("trivy-image.json"));
        ScanResultsRead read = reader.read(file, "trivy.json", 100);
        assertThat(read.status()).isEqualTo(ScanResultsRead.Status.BROKEN);
        assertThat(read.message()).startsWith("trivy.json: ").endsWith("bytes, above the 100-byte cap for scanner output; not read");
        assertThat(reader.read(dir.resolve("missing.json"), "missing.json", 100).status())
                .isEqualTo(ScanResultsRead.Status.BROKEN);
        assertThat(reader.read(file, "trivy.json", ScanResultsReader.MAX_BYTES).status())
                .isEqualTo(ScanResultsRead.Status.IMPORTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"trivy.json", "trivy-results.json", "Trivy_image.json", "grype.json", "grype-shop.json",
            "results.sarif", "code.SARIF", "scan.sarif.json", "app.cdx.json", "bom.json", "sbom.json", "sbom-image.json"})
    void discoveryNamesScannerOutput(String name) {
        assertThat(FileClassifier.isScanResultName(name.toLowerCase(java.util.Locale.ROOT))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"trivy.yaml", "package.json", "my-bom.json", "results.json", "deployment.json", "sarif.txt"})
    void otherNamesAreNotScannerOutput(String name) {
        assertThat(FileClassifier.isScanResultName(name)).isFalse();
    }

    private ScanResult imported(String name) {
        ScanResultsRead read = read(name);
        assertThat(read.status()).as(read.message()).isEqualTo(ScanResultsRead.Status.IMPORTED);
        assertThat(read.result().source()).isEqualTo(name);
        return read.result();
    }

    private ScanResultsRead read(String name) {
        return reader.parse(resource(name), name);
    }

    private static byte[] resource(String name) {
        try (InputStream in = ScanResultsReaderTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
