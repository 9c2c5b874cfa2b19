package dev.cairn.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.model.CheckId;
import dev.cairn.core.model.ObjectRef;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.model.Span;
import dev.cairn.core.yaml.ScalarType;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import dev.cairn.core.yaml.YSeq;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FingerprintsTest {
    private static final Span SPAN = Span.point(1, 1);

    /** Baselines store fingerprints: the format may never change (values computed independently with sha256sum). */
    @Test
    void keepsTheFingerprintFormat() {
        assertThat(Fingerprints.of(CheckId.of("K8S-001"), SourcePath.of("team/app.yaml"),
                new ObjectRef("apps/v1", "Deployment", "shop", "web"), "/spec/template/spec/containers/web/image", null))
                .isEqualTo("fb5d6f72b0effae2b3c6fd91a9799083");
        assertThat(Fingerprints.of(CheckId.of("CAIRN-001"), SourcePath.of("Dockerfile"), null,
                "/stages/build/instructions/3", "overlays/prod"))
                .isEqualTo("60bd9a692d06e47ea6a4ee779ef974c1");
        assertThat(Fingerprints.of(CheckId.of("K8S-001"), SourcePath.of("d/ü.yaml"),
                new ObjectRef("v1", "Pod", null, "né"), "/spec", null))
                .isEqualTo("342cc4c1a119203995e7d876676f9207");
    }

    @Test
    void namesContainersInsteadOfCountingThem() {
        YMap root = objectAt("/items/1");
        assertThat(Fingerprints.stablePointer(root, "/items/1/spec/template/spec/containers/1/ports/0/containerPort"))
                .isEqualTo("/spec/template/spec/containers/sidecar~1proxy/ports/0/containerPort");
        assertThat(Fingerprints.stablePointer(root, "/items/1/spec/template/spec/initContainers/0/image"))
                .isEqualTo("/spec/template/spec/initContainers/migrate/image");
        assertThat(Fingerprints.stablePointer(root, "/items/1/spec/template/spec/containers/2"))
                .as("a container without a name keeps its index").isEqualTo("/spec/template/spec/containers/2");
        assertThat(Fingerprints.stablePointer(root, "/items/1/spec/template/spec/volumes/0"))
                .isEqualTo("/spec/template/spec/volumes/0");
        assertThat(Fingerprints.stablePointer(root, "/items/1")).isEmpty();
    }

    /** The per-object cache gives what the plain walk gives, also for pointers that share a container. */
    @Test
    void cachedStablePointersMatchThePlainWalk() {
        YMap root = objectAt("/items/1");
        var cached = new Fingerprints.StablePointers(root);
        for (String pointer : List.of(
                "/items/1/spec/template/spec/containers/1/ports/0/containerPort",
                "/items/1/spec/template/spec/containers/1/ports/0",
                "/items/1/spec/template/spec/containers/1",
                "/items/1/spec/template/spec/containers",
                "/items/1/spec/template/spec/containers/0/image",
                "/items/1/spec/template/spec/initContainers/0/image",
                "/items/1/spec/template/spec/containers/2",
                "/items/1/spec/template/spec/containers/7/image",
                "/items/1/spec/template/spec/volumes/0",
                "/items/1/metadata/name",
                "/items/1")) {
            assertThat(cached.of(pointer)).as(pointer).isEqualTo(Fingerprints.stablePointer(root, pointer));
            assertThat(cached.of(pointer)).as(pointer + ", again").isEqualTo(Fingerprints.stablePointer(root, pointer));
        }
    }

    /** A Deployment as the second item of a List. */
    private static YMap objectAt(String pointer) {
        Map<String, Object> pod = new LinkedHashMap<>();
        pod.put("containers", List.of(
                Map.of("name", "app", "image", "app:1"),
                Map.of("name", "sidecar/proxy", "ports", List.of(Map.of("containerPort", "8080"))),
                Map.of("image", "unnamed:1")));
        pod.put("initContainers", List.of(Map.of("name", "migrate", "image", "migrate:1")));
        pod.put("volumes", List.of(Map.of("name", "data")));
        return (YMap) node(Map.of("metadata", Map.of("name", "web"),
                "spec", Map.of("template", Map.of("spec", pod))), pointer);
    }

    private static YNode node(Object value, String pointer) {
        if (value instanceof Map<?, ?> map) {
            Map<String, YEntry> entries = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                String child = YNode.childPointer(pointer, (String) k);
                entries.put((String) k, new YEntry(new YScalar((String) k, ScalarType.STRING, SPAN, child), node(v, child)));
            });
            return new YMap(entries, SPAN, pointer);
        }
        if (value instanceof List<?> list) {
            List<YNode> items = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                items.add(node(list.get(i), pointer + "/" + i));
            }
            return new YSeq(items, SPAN, pointer);
        }
        return new YScalar((String) value, ScalarType.STRING, SPAN, pointer);
    }
}
