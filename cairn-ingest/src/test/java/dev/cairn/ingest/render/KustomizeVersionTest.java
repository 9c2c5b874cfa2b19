package dev.cairn.ingest.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cairn.core.model.SourcePath;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Roots are rendered with the likely kustomize while its version is asked for: what a kustomize too old to
 * trace sources renders must never reach the scan. The stand-in is a script that says it is v3.8.0 and
 * "renders" a ConfigMap no manifest declares.
 */
class KustomizeVersionTest {
    @Test
    void anOldKustomizeAloneRendersNothingAndSaysWhy(@TempDir Path root, @TempDir Path bin) throws IOException {
        KustomizeRenderingTest.sample(root);
        oldKustomize(bin);
        RenderResult result = RenderFixture.render(root, new Rendering.Options(RenderMode.AUTO, "1.31", bin.toString(),
                ProcessRunner.defaults()));

        RenderFixture.assertNotRendered(result, "kustomize 3.8.0 found, but kustomize v4.5.4 or newer is needed");
    }

    @Test
    void anOldKustomizeFirstOnPathGivesWayToKubectl(@TempDir Path root, @TempDir Path bin) throws IOException {
        String path = System.getenv("PATH");
        RenderTools.KustomizeLookup real = new RenderTools(path, ProcessRunner.defaults()).kustomize();
        assumeTrue(real.kustomize().isPresent() && real.kustomize().get().command().get(1).equals("kustomize"),
                "needs kubectl with kustomize v4.5.4+ and no standalone kustomize on PATH");
        KustomizeRenderingTest.sample(root);
        oldKustomize(bin);
        RenderResult result = RenderFixture.render(root, new Rendering.Options(RenderMode.AUTO, "1.31",
                bin + File.pathSeparator + path, ProcessRunner.defaults()));

        assertThat(result.objects()).extracting(o -> o.kind() + " " + o.ref().name())
                .contains("Deployment prod-web").doesNotContain("ConfigMap from-the-old-kustomize");
        assertThat(result.renders()).extracting(r -> r.path()).containsExactly(SourcePath.of("overlays/prod/kustomization.yaml"));
        assertThat(result.notes()).isEmpty();
    }

    private static void oldKustomize(Path bin) throws IOException {
        Path script = bin.resolve("kustomize");
        Files.writeString(script, """
                #!/bin/sh
                if [ "$1" = version ]; then echo v3.8.0; exit 0; fi
                printf 'apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: from-the-old-kustomize\\n'
                """);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
