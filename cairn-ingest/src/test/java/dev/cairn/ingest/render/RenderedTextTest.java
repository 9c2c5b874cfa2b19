package dev.cairn.ingest.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.model.SourcePath;
import dev.cairn.ingest.yaml.YamlReader;
import org.junit.jupiter.api.Test;

class RenderedTextTest {
    @Test
    void rendererOutputSplitsIntoDocumentsWithTheirComments() {
        var docs = RenderedText.split("# Source: api/templates/a.yaml\nkind: A\n---\n# Source: api/templates/b.yaml\nkind: B\n",
                new YamlReader(), SourcePath.of("api/Chart.yaml"));
        assertThat(docs).hasSize(2);
        assertThat(docs.get(1).comments()).containsExactly("# Source: api/templates/b.yaml");
    }

    /** helm-java returns null for a chart that renders nothing (seen on kubernetes-engine-samples). */
    @Test
    void noOutputIsNoDocuments() {
        assertThat(RenderedText.split(null, new YamlReader(), SourcePath.of("api/Chart.yaml"))).isEmpty();
    }
}
