package dev.cairn.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportsTest {

    @Test
    void readsEveryFingerprintOfAWrittenReportSuppressedOnesIncluded() throws IOException {
        String json = Reports.render(new JsonReporter(), Reports.small());
        assertThat(JsonReports.readFingerprints(new StringReader(json))).containsExactlyInAnyOrder(
                Reports.DOCKERFILE_UNPINNED.fingerprint(), Reports.RUNS_AS_ROOT.fingerprint(),
                Reports.NO_MEMORY_LIMIT.fingerprint(), Reports.COMMITTED_SECRET.fingerprint());
    }

    @Test
    void invalidJsonIsNotAReport() {
        assertThatThrownBy(() -> JsonReports.readFingerprints(new StringReader("findings:\n  - a\n")))
                .isInstanceOf(NotACairnReportException.class)
                .hasMessageStartingWith("not a cairn report: not valid JSON");
    }

    @Test
    void otherJsonIsNotAReport() {
        String sarif = "{ \"version\": \"2.1.0\", \"runs\": [] }";
        assertThatThrownBy(() -> JsonReports.readFingerprints(new StringReader(sarif)))
                .isInstanceOf(NotACairnReportException.class)
                .hasMessage("not a cairn report: expected the JSON object that 'cairn scan --format json' writes");
        assertThatThrownBy(() -> JsonReports.readFingerprints(new StringReader("")))
                .isInstanceOf(NotACairnReportException.class)
                .hasMessageStartingWith("not a cairn report: expected the JSON object");
    }

    @Test
    void anotherSchemaVersionIsRefusedWithAWayOut() {
        String v2 = "{ \"schemaVersion\": \"2\", \"findings\": [] }";
        assertThatThrownBy(() -> JsonReports.readFingerprints(new StringReader(v2)))
                .isInstanceOf(NotACairnReportException.class)
                .hasMessage("unsupported cairn report schema version \"2\": this cairn reads version 1;"
                        + " rescan to make a new baseline");
    }

    @Test
    void findingWithoutFingerprintIsRefused() {
        String json = "{ \"schemaVersion\": \"1\", \"findings\": [ { \"fingerprint\": \"0123456789abcdef0123456789abcdef\" },"
                + " { \"checkId\": \"K8S-003\" } ] }";
        assertThatThrownBy(() -> JsonReports.readFingerprints(new StringReader(json)))
                .isInstanceOf(NotACairnReportException.class)
                .hasMessage("not a cairn report: findings[1] has no fingerprint of 32 hexadecimal digits");
    }

    @Test
    void fileVariantNamesTheFile(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("baseline.json");
        Files.writeString(good, Reports.render(new JsonReporter(), Reports.small()));
        assertThat(JsonReports.readFingerprints(good)).hasSize(4);

        Path binary = dir.resolve("image.png");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff, (byte) 0xfe});
        assertThatThrownBy(() -> JsonReports.readFingerprints(binary))
                .isInstanceOf(NotACairnReportException.class)
                .hasMessageStartingWith(binary + ": not a cairn report:");

        Path sarif = dir.resolve("cairn.sarif");
        Files.writeString(sarif, "{\"runs\":[]}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> JsonReports.readFingerprints(sarif))
                .isInstanceOf(NotACairnReportException.class)
                .hasMessageStartingWith(sarif + ": not a cairn report: expected the JSON object");
    }

    @Test
    void readsBackTheWholeReportEqualToTheOneWritten() throws IOException {
        for (var report : java.util.List.of(Reports.small(), Reports.full())) {
            String json = Reports.render(new JsonReporter(), report);
            assertThat(JsonReports.read(new StringReader(json))).isEqualTo(report);
        }
    }

    @Test
    void aValueTheModelRefusesIsNamedWithItsPlace() {
        String json = Reports.render(new JsonReporter(), Reports.small()).replace("\"K8S-003\"", "\"root\"");
        assertThatThrownBy(() -> JsonReports.read(new StringReader(json)))
                .isInstanceOf(NotACairnReportException.class)
                .hasMessageStartingWith("not a cairn report: findings[1].checkId: not a check id: 'root'");
        String noTarget = "{ \"schemaVersion\": \"1\", \"tool\": { \"name\": \"cairn\" }, \"findings\": [] }";
        assertThatThrownBy(() -> JsonReports.read(new StringReader(noTarget)))
                .isInstanceOf(NotACairnReportException.class)
                .hasMessageStartingWith("not a cairn report: ");
        String unknownSeverity = Reports.render(new JsonReporter(), Reports.small()).replace("\"high\"", "\"dire\"");
        assertThatThrownBy(() -> JsonReports.read(new StringReader(unknownSeverity)))
                .isInstanceOf(NotACairnReportException.class)
                .hasMessageContaining("severity");
    }

    @Test
    void missingFileIsAnIoErrorNotAFormatError(@TempDir Path dir) {
        assertThatThrownBy(() -> JsonReports.readFingerprints(dir.resolve("absent.json")))
                .isInstanceOf(java.nio.file.NoSuchFileException.class);
    }
}
