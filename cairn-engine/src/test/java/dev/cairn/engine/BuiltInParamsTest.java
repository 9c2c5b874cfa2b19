package dev.cairn.engine;

import static dev.cairn.engine.Trees.copyExample;
import static dev.cairn.engine.Trees.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cairn.checks.k8s.HostPathVolumeCheck;
import dev.cairn.core.config.CairnConfig;
import dev.cairn.core.config.ConfigException;
import dev.cairn.core.model.ScanReport;
import dev.cairn.ingest.config.ConfigLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parameters of a real check bound from .cairn.yaml, and what they change in a real scan. */
class BuiltInParamsTest {
    @TempDir
    Path tmp;

    private final ConfigLoader loader = new ConfigLoader(Trees.builtIns());

    @Test
    void hostPathParamsAreBoundBySlugOrIdIntoTheCheckRecord() {
        CairnConfig bySlug = loader.parse("""
                checks:
                  params:
                    host-path-volume:
                      allowedPaths: [ /var/log ]
                """, ".cairn.yaml");
        CairnConfig byId = loader.parse("checks:\n  params:\n    K8S-005: { allowedPaths: [ /var/log, /opt/data ] }\n", ".cairn.yaml");

        assertThat(bySlug.params()).isEqualTo(Map.of("K8S-005", new HostPathVolumeCheck.Params(List.of("/var/log"))));
        assertThat(byId.params()).isEqualTo(Map.of("K8S-005", new HostPathVolumeCheck.Params(List.of("/var/log", "/opt/data"))));
    }

    @Test
    void wrongHostPathParamIsAnErrorAtItsLine() {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> loader.parse("""
                checks:
                  params:
                    host-path-volume:
                      allowedPath: [ /var/log ]
                """, ".cairn.yaml"));

        assertThat(e.display()).isEqualTo(".cairn.yaml:4:7: invalid parameter 'allowedPath' (expected fields: allowedPaths)");
    }

    @Test
    void aCeilingThatIsNoQuantityIsAnErrorThatShowsOne() {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> loader.parse("""
                checks:
                  params:
                    resource-ceiling: { maxCpu: 4, maxMemory: lots }
                """, ".cairn.yaml"));

        assertThat(e.display()).isEqualTo(".cairn.yaml:3:23: invalid parameters: maxMemory must be a quantity such as"
                + " 8Gi or 512Mi, not 'lots' (expected fields: maxCpu, maxMemory)");
    }

    @Test
    void allowedPathsChangeWhatTheScanReports() throws Exception {
        Path root = copyExample("careless", tmp);
        ScanReport before = Trees.scan(root);
        write(root, ".cairn.yaml", """
                checks:
                  params:
                    host-path-volume: { allowedPaths: [ /var/log ] }
                  severity: { K8S-005: high }
                """);

        ScanReport after = Trees.scan(root);

        assertThat(before.findings()).filteredOn(f -> f.checkId().value().equals("K8S-005"))
                .extracting(Trees::where, f -> f.severity().id())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("manifests/log-agent.yaml:36:19 K8S-005", "medium"),
                        org.assertj.core.groups.Tuple.tuple("manifests/log-agent.yaml:39:19 K8S-005", "medium"));
        assertThat(after.findings()).filteredOn(f -> f.checkId().value().equals("K8S-005"))
                .extracting(Trees::where, f -> f.severity().id(), f -> f.message())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("manifests/log-agent.yaml:36:19 K8S-005", "high",
                        "DaemonSet log-agent mounts host path \"/var/run/docker.sock\" as volume \"docker-sock\" writable by"
                                + " container \"agent\": use a"
                                + " ConfigMap, Secret, emptyDir or PersistentVolumeClaim instead"));
    }

    @Test
    void disabledCheckDoesNotRun() throws Exception {
        Path root = copyExample("careless", tmp);
        write(root, ".cairn.yaml", "checks:\n  disable: [ run-as-non-root, K8S-009 ]\n");

        ScanReport report = Trees.scan(root);

        assertThat(Trees.countsById(report.findings())).doesNotContainKeys("K8S-003", "K8S-009").containsEntry("K8S-001", 1L);
        assertThat(report.checks()).extracting(c -> c.checkId().value()).doesNotContain("K8S-003", "K8S-009");
    }
}
