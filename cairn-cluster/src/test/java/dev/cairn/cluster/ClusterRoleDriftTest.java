package dev.cairn.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * deploy/cluster-reader/clusterrole.yaml grants exactly what the reader lists, with get and list only: a kind
 * added to {@link ClusterKinds} without its permission would be forbidden on every cluster, and a permission
 * left behind would grant more than cairn uses.
 */
class ClusterRoleDriftTest {
    private static final Path ROLE = Path.of(System.getProperty("basedir", "."))
            .resolve("../deploy/cluster-reader/clusterrole.yaml").normalize();

    @Test
    void theClusterRoleGrantsExactlyTheKindsTheReaderLists() throws IOException {
        Map<String, Object> role = load();

        Set<String> granted = new TreeSet<>();
        for (Map<String, Object> rule : rules(role)) {
            assertThat(strings(rule, "verbs")).as("verbs of " + rule).containsExactly("get", "list");
            assertThat(rule).as("a rule names groups and resources only").containsOnlyKeys("apiGroups", "resources", "verbs");
            for (String group : strings(rule, "apiGroups")) {
                for (String resource : strings(rule, "resources")) {
                    granted.add(group.isEmpty() ? resource : resource + "." + group);
                }
            }
        }
        Set<String> listed = new TreeSet<>(ClusterKinds.ALL.stream().map(ClusterKind::resource).toList());

        assertThat(granted).isEqualTo(listed);
        assertThat(role.get("kind")).isEqualTo("ClusterRole");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load() throws IOException {
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(ROLE));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rules(Map<String, Object> role) {
        return (List<Map<String, Object>>) role.get("rules");
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Map<String, Object> rule, String key) {
        return (List<String>) rule.get(key);
    }
}
