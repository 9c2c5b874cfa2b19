package dev.cairn.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.model.Finding;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.ObjectRef;
import dev.cairn.core.model.Severity;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.model.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Render variants are deployed apart: a cross-object check pairs each variant's objects with each other and
 * with the raw manifests, never with another variant's, and judges every object once.
 */
class IndexScopeTest {
    private static final ObjectSummary RAW_POLICY = summary("NetworkPolicy", "raw-deny", null, 1);
    private static final ObjectSummary RAW_WEB = summary("Deployment", "raw-web", null, 2);
    private static final ObjectSummary DEV_POLICY = summary("NetworkPolicy", "dev-deny", "overlays/dev", 3);
    private static final ObjectSummary DEV_WEB = summary("Deployment", "web", "overlays/dev", 4);
    private static final ObjectSummary PROD_WEB = summary("Deployment", "web", "overlays/prod", 5);

    @Test
    void theRawManifestsSeeEverythingAndEachVariantSeesItselfAndTheRawManifests() {
        List<IndexScope> scopes = IndexScope.of(new ObjectIndex(List.of(PROD_WEB, DEV_WEB, DEV_POLICY, RAW_WEB)));

        assertThat(scopes).extracting(IndexScope::variant).containsExactly(null, "overlays/dev", "overlays/prod");
        assertThat(scopes.get(0).index().objects()).containsExactly(RAW_WEB, DEV_POLICY, DEV_WEB, PROD_WEB);
        assertThat(scopes.get(1).index().objects()).containsExactly(RAW_WEB, DEV_POLICY, DEV_WEB);
        assertThat(scopes.get(2).index().objects()).containsExactly(RAW_WEB, PROD_WEB);
    }

    @Test
    void anIndexWithoutRenderedObjectsIsOneScopeTheIndexItself() {
        ObjectIndex index = new ObjectIndex(List.of(RAW_POLICY, RAW_WEB));
        assertThat(IndexScope.of(index)).containsExactly(new IndexScope(index, null));
    }

    @Test
    void aPolicyOfOneVariantCoversNoWorkloadOfAnotherAndEachWorkloadIsJudgedOnce() {
        CheckRunner runner = new CheckRunner(List.of(ConfiguredCheck.withDefaults(new UncoveredWorkloads())));

        List<Finding> onlyDevHasAPolicy = runner.onIndex(new ObjectIndex(List.of(RAW_WEB, DEV_POLICY, DEV_WEB, PROD_WEB)));
        // the raw workload may be applied beside the dev overlay, whose policy covers it
        assertThat(onlyDevHasAPolicy).extracting(f -> f.location().document()).containsExactly(5);

        List<Finding> aRawPolicy = runner.onIndex(new ObjectIndex(List.of(RAW_POLICY, RAW_WEB, DEV_WEB, PROD_WEB)));
        assertThat(aRawPolicy).isEmpty();

        List<Finding> noPolicy = runner.onIndex(new ObjectIndex(List.of(RAW_WEB, DEV_WEB, PROD_WEB)));
        assertThat(noPolicy).extracting(f -> f.location().document()).containsExactly(2, 4, 5);
    }

    /** Reports every Deployment that shares its index with no NetworkPolicy (namespaces left out). */
    private static final class UncoveredWorkloads implements IndexCheck {
        private static final CheckSpec SPEC = CheckSpec.builder("K8S-999", "uncovered-workload")
                .title("Workload without a policy").severity(Severity.LOW).since("test").build();

        @Override
        public CheckSpec spec() {
            return SPEC;
        }

        @Override
        public boolean appliesTo(ObjectIndex index) {
            return true;
        }

        @Override
        public void check(ObjectIndex index, FindingSink sink) {
            if (index.ofKind("NetworkPolicy").isEmpty()) {
                index.ofKind("Deployment").forEach(w -> sink.report(w, w.ref().name() + " has no policy"));
            }
        }
    }

    private static ObjectSummary summary(String kind, String name, String variant, int document) {
        Location at = new Location(SourcePath.of("app.yaml"), Span.point(document * 10, 1), "", document);
        return new ObjectSummary(new ObjectRef("v1", kind, null, name), at, variant, Map.of(), Map.of(), Map.of(),
                null, null, kind.equals("Deployment"), null, null, null, Map.of(), null, null, List.of(), null);
    }
}
