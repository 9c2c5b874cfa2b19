package dev.cairn.ingest.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.model.NoteKind;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without a renderer (an empty PATH) or with {@code --render off}, nothing is rendered and that is said once. */
class NoRendererTest {
    @Test
    void withoutKustomizeOnPathOverlaysAreNotRenderedAndThatIsSaidOnce(@TempDir Path root) throws IOException {
        KustomizeRenderingTest.sample(root);
        RenderResult result = RenderFixture.render(root, new Rendering.Options(RenderMode.AUTO, "1.31", "",
                ProcessRunner.defaults()));

        RenderFixture.assertNotRendered(result, "neither kustomize nor kubectl is on PATH (kustomize v4.5.4 or newer is needed)");
    }

    @Test
    void renderOffRendersNothing(@TempDir Path root) throws IOException {
        KustomizeRenderingTest.sample(root);
        RenderResult result = RenderFixture.render(root, Rendering.Options.of(RenderMode.OFF, "1.31"));

        assertThat(result.objects()).isEmpty();
        assertThat(result.notes()).extracting(n -> n.kind()).containsExactly(NoteKind.KUSTOMIZE_NOT_RENDERED);
    }

    @Test
    void versionsAreComparedPartByPart() {
        assertThat(RenderTools.atLeast("v5.5.0", RenderTools.MIN_KUSTOMIZE)).isTrue();
        assertThat(RenderTools.atLeast("4.5.4", RenderTools.MIN_KUSTOMIZE)).isTrue();
        assertThat(RenderTools.atLeast("kustomize/v4.5.3", RenderTools.MIN_KUSTOMIZE)).isFalse();
        assertThat(RenderTools.atLeast("v3.10.0", RenderTools.MIN_KUSTOMIZE)).isFalse();
        assertThat(RenderTools.atLeast("v4.10.0", RenderTools.MIN_KUSTOMIZE)).isTrue();
    }
}
