package dev.cairn.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.k8s.LabelSelector;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.ObjectRef;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.model.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObjectIndexTest {
    private static final ObjectSummary WEB = workload("shop", "web", 1, Map.of("app", "web", "tier", "front"));
    private static final ObjectSummary WEB_CANARY = workload("shop", "web-canary", 2, Map.of("app", "web", "track", "canary"));
    private static final ObjectSummary API = workload("shop", "api", 3, Map.of("app", "api", "tier", "front"));
    private static final ObjectSummary CONFIG = other("shop", "settings", 4);
    private static final ObjectSummary ELSEWHERE = workload("other", "web", 5, Map.of("app", "web"));
    private static final ObjectSummary UNPLACED = workload(null, "web", 6, Map.of("app", "web"));
    private static final ObjectIndex INDEX = new ObjectIndex(List.of(UNPLACED, ELSEWHERE, CONFIG, API, WEB_CANARY, WEB));

    @Test
    void aSelectorIsOfferedTheObjectsThatCarryItsRarestLabelInItsNamespaceInIndexOrder() {
        assertThat(INDEX.selectable("shop", selector(Map.of("app", "web")))).containsExactly(WEB, WEB_CANARY);
        // tier=front is on two objects, track=canary on one: the rarer pair decides
        assertThat(INDEX.selectable("shop", selector(Map.of("tier", "front", "track", "canary")))).containsExactly(WEB_CANARY);
        assertThat(INDEX.selectable("other", selector(Map.of("app", "web")))).containsExactly(ELSEWHERE);
        assertThat(INDEX.selectable(null, selector(Map.of("app", "web")))).containsExactly(UNPLACED);
    }

    @Test
    void aSelectorWithoutLabelsIsOfferedEveryObjectOfItsNamespaceAndALabelNobodyCarriesNone() {
        LabelSelector expressionsOnly = new LabelSelector(Map.of(),
                List.of(new LabelSelector.Requirement("app", "NotIn", List.of("api"))));
        assertThat(INDEX.selectable("shop", expressionsOnly)).containsExactly(WEB, WEB_CANARY, API, CONFIG);
        assertThat(INDEX.selectable("shop", selector(Map.of()))).containsExactly(WEB, WEB_CANARY, API, CONFIG);
        assertThat(INDEX.selectable("shop", selector(Map.of("app", "db")))).isEmpty();
        assertThat(INDEX.selectable("nowhere", selector(Map.of()))).isEmpty();
    }

    @Test
    void selectedByKeepsOnlyTheObjectsWhosePodLabelsMatchEveryRequirement() {
        assertThat(INDEX.selectedBy("shop", selector(Map.of("app", "web", "tier", "front")))).containsExactly(WEB);
        LabelSelector notApi = new LabelSelector(Map.of("tier", "front"),
                List.of(new LabelSelector.Requirement("app", "NotIn", List.of("api"))));
        assertThat(INDEX.selectedBy("shop", notApi)).containsExactly(WEB);
        assertThat(INDEX.selectedBy("shop", selector(Map.of()))).containsExactly(WEB, WEB_CANARY, API, CONFIG);
    }

    @Test
    void objectsAreOrderedByPathThenDocument() {
        assertThat(INDEX.objects()).containsExactly(WEB, WEB_CANARY, API, CONFIG, ELSEWHERE, UNPLACED);
    }

    @Test
    void renderedVariantsOfOneSourceLineAreOrderedByVariantThenIdentityWhateverOrderTheyArriveIn() {
        Location line = new Location(SourcePath.of("chart/templates/deployment.yaml"), Span.point(1, 1), null, null);
        ObjectSummary prod = rendered(line, "values-prod.yaml", "web");
        ObjectSummary staging = rendered(line, "values-staging.yaml", "web");
        ObjectSummary stagingWorker = rendered(line, "values-staging.yaml", "worker");

        assertThat(new ObjectIndex(List.of(stagingWorker, prod, staging)).objects()).containsExactly(prod, staging, stagingWorker);
        assertThat(new ObjectIndex(List.of(staging, stagingWorker, prod)).objects()).containsExactly(prod, staging, stagingWorker);
    }

    @Test
    void inFolderOfGivesTheObjectsOfTheSameFolderAndNamespaceFromAnyFileThere() {
        ObjectSummary web = at("shop/deploy/web.yaml", "shop", "web", true);
        ObjectSummary config = at("shop/deploy/web.yaml", "shop", "settings", false);
        ObjectSummary worker = at("shop/deploy/worker.yaml", "shop", "worker", true);
        ObjectSummary stray = at("shop/deploy/worker.yaml", "other", "stray", true);
        ObjectSummary elsewhere = at("shop/jobs/report.yaml", "shop", "report", true);
        ObjectIndex index = new ObjectIndex(List.of(elsewhere, stray, config, worker, web));

        assertThat(index.inFolderOf(worker)).containsExactly(config, web, worker);
        assertThat(index.inFolderOf(stray)).containsExactly(stray);
        assertThat(index.inFolderOf(elsewhere)).containsExactly(elsewhere);
    }

    private static ObjectSummary at(String path, String namespace, String name, boolean workload) {
        Location at = new Location(SourcePath.of(path), Span.point(1, 1), "", null);
        return new ObjectSummary(new ObjectRef("apps/v1", workload ? "Deployment" : "ConfigMap", namespace, name), at, null,
                Map.of(), Map.of(), Map.of(), null, null, workload, null, null, null, Map.of(), null, null, List.of(), null);
    }

    private static ObjectSummary rendered(Location at, String variant, String name) {
        return new ObjectSummary(new ObjectRef("apps/v1", "Deployment", null, name), at, variant, Map.of(), Map.of(), Map.of(),
                null, null, true, null, null, null, Map.of(), null, null, List.of(), null);
    }

    private static LabelSelector selector(Map<String, String> labels) {
        return new LabelSelector(labels, List.of());
    }

    private static ObjectSummary workload(String namespace, String name, int document, Map<String, String> podLabels) {
        return summary(new ObjectRef("apps/v1", "Deployment", namespace, name), document, podLabels, true);
    }

    private static ObjectSummary other(String namespace, String name, int document) {
        return summary(new ObjectRef("v1", "ConfigMap", namespace, name), document, Map.of(), false);
    }

    private static ObjectSummary summary(ObjectRef ref, int document, Map<String, String> podLabels, boolean workload) {
        Location at = new Location(SourcePath.of("app.yaml"), Span.point(document * 10, 1), "", document);
        return new ObjectSummary(ref, at, null, Map.of(), podLabels, Map.of(), null, null, workload, null, null, null, Map.of(), null, null, List.of(), null);
    }
}
