package dev.cairn.ingest.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.check.ObjectSummary;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.yaml.YMap;
import dev.cairn.ingest.yaml.YamlReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The summaries a scan keeps until its end hold each label text once, however many objects repeat it: the
 * parser gives every object its own strings, which were about a third of what a summary weighs.
 */
class SummaryLabelsTest {
    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: %s
              labels: {app.kubernetes.io/part-of: shop, tier: web}
            spec:
              selector: {matchLabels: {tier: web}}
              template:
                metadata:
                  labels: {tier: web}
                spec:
                  containers: [{name: web, image: ghcr.io/acme/web:1.0.0}]
            """;

    @Test
    void repeatedLabelsAreKeptOnceAndReadTheSame() {
        List<ObjectSummary> summaries = new YamlReader().read(SourcePath.of("deploy.yaml"),
                        DEPLOYMENT.formatted("web") + "---\n" + DEPLOYMENT.formatted("web-canary"))
                .documents().stream()
                .map(d -> K8sObject.from(SourcePath.of("deploy.yaml"), d.index(), (YMap) d.root(), null).orElseThrow())
                .map(ObjectSummary::of).toList();
        ObjectSummary web = summaries.get(0);
        ObjectSummary canary = summaries.get(1);

        assertThat(web.labels()).containsExactlyInAnyOrderEntriesOf(canary.labels())
                .containsEntry("app.kubernetes.io/part-of", "shop").containsEntry("tier", "web");
        String key = web.labels().keySet().stream().filter("app.kubernetes.io/part-of"::equals).findFirst().orElseThrow();
        assertThat(canary.labels().keySet()).anySatisfy(k -> assertThat(k).isSameAs(key));
        assertThat(canary.labels().get("app.kubernetes.io/part-of")).isSameAs(web.labels().get("app.kubernetes.io/part-of"));
        // the pod labels, the selector and the label selector share the texts too
        assertThat(canary.podLabels().get("tier")).isSameAs(web.labels().get("tier"));
        assertThat(canary.selector().get("tier")).isSameAs(web.labels().get("tier"));
        assertThat(canary.labelSelector().matchLabels().get("tier")).isSameAs(web.labels().get("tier"));
        assertThat(web.selector()).containsExactlyEntriesOf(Map.of("tier", "web"));
    }
}
