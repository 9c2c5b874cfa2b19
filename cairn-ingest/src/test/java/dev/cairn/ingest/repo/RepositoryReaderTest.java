package dev.cairn.ingest.repo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.check.FileKind;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.repo.RepositoryFiles;
import dev.cairn.ingest.discovery.DiscoveredFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryReaderTest {
    @TempDir
    Path root;

    @Test
    void readsKustomizationsAndHelmFilesAsTextButNotPlainManifests() throws IOException {
        RepositoryFiles files = RepositoryReader.read(List.of(
                file("deploy/kustomization.yaml", "images:\n  - name: api\n    newTag: 1.4.2\n", FileKind.KUSTOMIZATION),
                file("charts/api/Chart.yaml", "name: api\nversion: 0.1.0\n", FileKind.HELM_CHART),
                file("charts/api/values-prod.yaml", "image:\n  tag: 1.4.2\n", FileKind.HELM_VALUES),
                file("deploy/app.yaml", "kind: Deployment\n", FileKind.MANIFEST)));

        assertThat(files.paths()).hasSize(4);
        assertThat(files.text(SourcePath.of("deploy/kustomization.yaml"))).contains(
                List.of("images:", "  - name: api", "    newTag: 1.4.2"));
        assertThat(files.text(SourcePath.of("charts/api/Chart.yaml"))).isPresent();
        assertThat(files.text(SourcePath.of("charts/api/values-prod.yaml"))).isPresent();
        assertThat(files.text(SourcePath.of("deploy/app.yaml"))).isEmpty();
    }

    private DiscoveredFile file(String path, String text, FileKind kind) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return new DiscoveredFile(file, SourcePath.of(path), Files.size(file), kind);
    }
}
