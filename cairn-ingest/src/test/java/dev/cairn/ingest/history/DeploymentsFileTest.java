package dev.cairn.ingest.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.history.DeploymentRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeploymentsFileTest {
    @TempDir
    Path tmp;

    @Test
    void readsCsvWithAnyColumnOrderAndAliases() throws Exception {
        Path f = Files.writeString(tmp.resolve("d.csv"), "env,Timestamp,sha,version,status\n"
                + "production,2026-03-12T12:00:00Z,abc1234,\"1.0.0\",success\n"
                + "\n"
                + "staging,2026-03-13,,1.0.1,failed\r\n");
        assertThat(DeploymentsFile.read(f)).containsExactly(
                new DeploymentRecord(Instant.parse("2026-03-12T12:00:00Z"), "1.0.0", "abc1234", "success", "production", 2),
                new DeploymentRecord(Instant.parse("2026-03-13T00:00:00Z"), "1.0.1", null, "failed", "staging", 4));
    }

    @Test
    void readsJsonArrayOrObject() throws Exception {
        Path a = Files.writeString(tmp.resolve("a.json"),
                "[{\"time\":\"2026-03-12T14:00:00+02:00\",\"version\":\"1.0.0\",\"commit\":\"abc1234\",\"status\":\"success\",\"environment\":\"production\"}]");
        Path b = Files.writeString(tmp.resolve("b.json"), "{\"deployments\":[{\"time\":1773316800}]}");
        assertThat(DeploymentsFile.read(a)).containsExactly(
                new DeploymentRecord(Instant.parse("2026-03-12T12:00:00Z"), "1.0.0", "abc1234", "success", "production", 1));
        assertThat(DeploymentsFile.read(b)).containsExactly(
                new DeploymentRecord(Instant.ofEpochSecond(1773316800L), null, null, null, null, 1));
    }

    @Test
    void saysWhatIsWrong() throws Exception {
        Path noTime = Files.writeString(tmp.resolve("n.csv"), "version,commit\n1.0.0,abc\n");
        Path badTime = Files.writeString(tmp.resolve("t.csv"), "time\nyesterday\n");
        assertThatThrownBy(() -> DeploymentsFile.read(noTime)).hasMessageContaining("'time' column");
        assertThatThrownBy(() -> DeploymentsFile.read(badTime)).hasMessageContaining("t.csv:2").hasMessageContaining("ISO 8601");
        assertThat(DeploymentsFile.read(Files.writeString(tmp.resolve("e.csv"), ""))).isEqualTo(List.of());
    }
}
