package dev.cairn.maturity.criteria.technology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.model.Location;
import dev.cairn.core.model.ObjectRef;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.model.Span;
import dev.cairn.maturity.assess.manifest.ObjectFacts;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UniqueObjectsTest {
    private static final SourcePath BASE = SourcePath.of("deploy/base/deployment.yaml");

    @Test
    void oneBaseRenderedThroughThreeOverlaysCountsOnce() {
        List<ObjectFacts> rendered = List.of(deployment("api", "dev", BASE, 1), deployment("api", "staging", BASE, 1),
                deployment("api", "prod", BASE, 1));

        assertThat(UniqueObjects.of(rendered)).singleElement().extracting(o -> o.ref().namespace()).isEqualTo("dev");
    }

    @Test
    void sameNameInOtherFilesOrDocumentsStaysApart() {
        List<ObjectFacts> declared = List.of(deployment("api", "dev", BASE, 1), deployment("api", "dev", BASE, 2),
                deployment("api", "dev", SourcePath.of("legacy/prod/deployment.yaml"), 1), deployment("worker", "dev", BASE, 1));

        assertThat(UniqueObjects.of(declared)).hasSize(4);
    }

    private static ObjectFacts deployment(String name, String namespace, SourcePath path, int document) {
        Location at = new Location(path, new Span(1, 1, 1, 2), "", document);
        return new ObjectFacts(new ObjectRef("apps/v1", "Deployment", namespace, name), at, true, List.of(), Set.of());
    }
}
