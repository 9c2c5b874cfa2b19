package dev.cairn.ingest.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.config.CairnConfig;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.NoteKind;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.yaml.YNode;
import dev.cairn.ingest.discovery.Discovery;
import dev.cairn.ingest.discovery.KustomizePatches;
import dev.cairn.ingest.yaml.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a small repository and renders it as a scan does; asserts go through the objects' source maps. */
final class RenderFixture {
    private RenderFixture() {}

    static void write(Path root, String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RenderResult render(Path root, Rendering.Options options) throws IOException {
        var files = KustomizePatches.reclassify(new Discovery(List.of(), List.of(), CairnConfig.DEFAULT_MAX_FILE_SIZE)
                .discover(root).files());
        return Rendering.render(root, files, CairnConfig.DEFAULT_MAX_FILE_SIZE, new YamlReader(), options);
    }

    /** Nothing rendered, and one note at the first overlay saying why. */
    static void assertNotRendered(RenderResult result, String why) {
        assertThat(result.objects()).isEmpty();
        assertThat(result.renders()).isEmpty();
        assertThat(result.covered()).isEmpty();
        assertThat(result.notes()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoteKind.KUSTOMIZE_NOT_RENDERED);
            assertThat(n.path()).isEqualTo(SourcePath.of("overlays/prod/kustomization.yaml"));
            assertThat(n.message()).isEqualTo("kustomize overlays were not rendered: " + why + "; their files are scanned as they are");
        });
    }

    static K8sObject object(RenderResult result, String kind, String name) {
        return result.objects().stream().filter(o -> o.kind().equals(kind) && o.ref().name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in " + result.objects().stream()
                        .map(o -> o.kind() + " " + o.ref().name()).toList()));
    }

    /** {@code path:line:column} of a rendered field, as a finding on its {@code key: value} would show it. */
    static String at(K8sObject object, String... keys) {
        YNode node = object.root();
        for (String key : keys) {
            YNode current = node;
            node = key.matches("\\d+") ? current.asSeq().orElseThrow().items().get(Integer.parseInt(key))
                    : current.asMap().orElseThrow().get(key).orElseThrow(() -> new AssertionError("no " + key + " in " + current));
        }
        Location l = object.sourceMap().locate(node, true);
        return l.display();
    }
}
