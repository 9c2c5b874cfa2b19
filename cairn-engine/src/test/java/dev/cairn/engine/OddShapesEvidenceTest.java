package dev.cairn.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.config.CairnConfig;
import dev.cairn.core.config.Pricing;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.KpiValue;
import dev.cairn.ingest.discovery.DiscoveredFile;
import dev.cairn.ingest.discovery.Discovery;
import dev.cairn.ingest.manifest.ManifestReader;
import dev.cairn.ingest.yaml.YamlLimits;
import dev.cairn.maturity.assess.manifest.ManifestFacts;
import dev.cairn.maturity.assess.manifest.ObjectFacts;
import dev.cairn.maturity.kpi.resources.ResourceFact;
import dev.cairn.maturity.kpi.resources.ResourceFacts;
import dev.cairn.maturity.kpi.resources.ResourceKpis;
import dev.cairn.testkit.OddShapes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the scan keeps of each object besides the checks' findings (the criteria's facts, the resource facts of
 * the KPIs, Tekton pipelines), on the examples' objects with one node swapped for a value of another shape. The
 * scan does not guard these per object: one that throws costs the findings of the whole file.
 */
class OddShapesEvidenceTest {
    @Test
    void factsAndKpisReadEveryShapeWithoutFailing() throws Exception {
        List<K8sObject> variants = new ArrayList<>();
        ManifestReader reader = new ManifestReader(YamlLimits.defaults());
        for (String example : List.of("careless", "shop")) {
            var discovered = new Discovery(List.of(), List.of(), CairnConfig.DEFAULT_MAX_FILE_SIZE)
                    .discover(Trees.examples().resolve(example));
            for (DiscoveredFile file : discovered.files()) {
                reader.read(file).objects().forEach(o -> variants.addAll(OddShapes.variants(o)));
            }
        }
        assertThat(variants).hasSizeGreaterThan(2_000);

        List<ObjectFacts> facts = new ArrayList<>();
        List<ResourceFact> resources = new ArrayList<>();
        for (K8sObject variant : variants) {
            facts.add(ObjectFacts.of(variant));
            ResourceFacts.of(variant).ifPresent(resources::add);
            CiPipelines.tekton(variant);
        }

        // every variant was read to the end: one fact per object, indexed by kind; the workloads among them
        // still give resource facts, and those still add up to KPIs
        ManifestFacts manifest = new ManifestFacts(facts);
        assertThat(manifest.objects()).hasSameSizeAs(variants);
        assertThat(manifest.ofKind("Deployment", "DaemonSet", "CronJob")).hasSizeGreaterThan(1_000);
        assertThat(resources).hasSizeGreaterThan(1_000);
        assertThat(ResourceKpis.kpis(resources, Pricing.OPENCOST_DEFAULTS)).extracting(KpiValue::id)
                .contains("request-coverage", "monthly-cost-estimate");
    }
}
