package dev.cairn.maturity.kpi.resources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.config.Pricing;
import dev.cairn.core.model.KpiStatus;
import dev.cairn.core.model.KpiValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ResourceKpisTest {
    /** Every kind that counts, with the numbers worked out in the comments. */
    static final String ESTATE = """
            # web: 3 replicas x (sidecar 50m/32Mi + app 500m/512Mi + logger 100m/128Mi from its limits)
            apiVersion: apps/v1
            kind: Deployment
            metadata: { name: web, namespace: shop }
            spec:
              replicas: 3
              template:
                spec:
                  initContainers:
                    - name: migrate
                      resources: { requests: { cpu: 100m, memory: 64Mi } }
                    - name: wait
                    - name: proxy
                      restartPolicy: Always
                      resources: { requests: { cpu: 50m, memory: 32Mi }, limits: { memory: 32Mi } }
                  containers:
                    - name: app
                      resources: { requests: { cpu: 500m, memory: 512Mi }, limits: { memory: 1Gi } }
                    - name: logger
                      resources: { limits: { cpu: 100m, memory: 128Mi } }
            ---
            # api: scaled by an HPA from 2 to 6 replicas of 1 core / 1Gi; spec.replicas is ignored
            apiVersion: apps/v1
            kind: Deployment
            metadata: { name: api, namespace: shop }
            spec:
              replicas: 4
              template:
                spec:
                  containers:
                    - name: api
                      resources: { requests: { cpu: "1", memory: 1Gi } }
            ---
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata: { name: api-hpa }
            spec:
              scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: api }
              minReplicas: 2
              maxReplicas: 6
            ---
            # agent: one pod per node, 3 nodes assumed
            apiVersion: apps/v1
            kind: DaemonSet
            metadata: { name: agent, namespace: ops }
            spec:
              template:
                spec:
                  containers:
                    - name: agent
                      resources: { requests: { cpu: 50m, memory: 64Mi } }
            ---
            # db: 2 replicas of 250m/256Mi, each with a 10Gi claim
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: { name: db, namespace: shop }
            spec:
              replicas: 2
              template:
                spec:
                  containers:
                    - name: db
                      resources: { requests: { cpu: 250m, memory: 256Mi }, limits: { memory: 256Mi } }
              volumeClaimTemplates:
                - metadata: { name: data }
                  spec: { resources: { requests: { storage: 10Gi } } }
            ---
            apiVersion: v1
            kind: PersistentVolumeClaim
            metadata: { name: uploads, namespace: shop }
            spec: { resources: { requests: { storage: 20Gi } } }
            ---
            # report: runs nightly, so it stays out of the totals
            apiVersion: batch/v1
            kind: CronJob
            metadata: { name: report, namespace: shop }
            spec:
              schedule: "0 2 * * *"
              jobTemplate:
                spec:
                  template:
                    spec:
                      containers:
                        - name: report
                          resources: { requests: { cpu: 200m, memory: 128Mi } }
            ---
            apiVersion: v1
            kind: Pod
            metadata: { name: debug, namespace: shop }
            spec:
              containers:
                - name: shell
            ---
            apiVersion: v1
            kind: Service
            metadata: { name: web, namespace: shop }
            spec: { selector: { app: web } }
            """;

    @Test
    void coverageCountsAppContainersAndReportsInitContainersSeparately() {
        ResourceSummary s = ResourceKpis.summarize(Manifests.facts(ESTATE));
        assertThat(s.appContainers()).isEqualTo(8);
        assertThat(s.appWithRequests()).isEqualTo(7);
        assertThat(s.appWithMemoryLimit()).isEqualTo(4);
        assertThat(s.appDefaultedFromLimits()).isEqualTo(1);
        assertThat(s.initContainers()).isEqualTo(2);
        assertThat(s.initWithRequests()).isEqualTo(1);

        Map<String, KpiValue> kpis = byId(ResourceKpis.kpis(s, Pricing.OPENCOST_DEFAULTS));
        assertThat(kpis.get("request-coverage").value()).isEqualTo(87.5);
        assertThat(kpis.get("request-coverage").unit()).isEqualTo("percent");
        assertThat(kpis.get("request-coverage").estimatedFrom())
                .isEqualTo("cpu and memory requests of 8 app containers in 6 workloads (manifests)");
        assertThat(kpis.get("request-coverage").caveats()).containsExactly(
                "init containers, counted separately: 1 of 2 with cpu and memory requests",
                "1 container without a request but with a limit: Kubernetes uses the limit as the request, and so does this count");
        assertThat(kpis.get("memory-limit-coverage").value()).isEqualTo(50.0);
    }

    @Test
    void replicasFollowSpecHpaDaemonSetsAndJobs() {
        ResourceSummary s = ResourceKpis.summarize(Manifests.facts(ESTATE));
        Map<String, WorkloadUsage> w = s.workloads().stream()
                .collect(Collectors.toMap(u -> u.ref().name(), Function.identity()));
        assertThat(s.workloads()).extracting(u -> u.ref().name())
                .containsExactly("web", "api", "agent", "db", "report", "debug");

        assertThat(w.get("web").replicas()).isEqualTo(3);
        assertThat(w.get("web").replicasFrom()).isEqualTo("spec.replicas 3");
        assertThat(w.get("web").cpuCoresPerReplica()).isEqualByComparingTo("0.65");
        assertThat(w.get("web").memoryGiBPerReplica()).isEqualByComparingTo("0.65625");
        assertThat(w.get("web").cpuCores()).isEqualByComparingTo("1.95");

        assertThat(w.get("api").replicas()).isEqualTo(2);
        assertThat(w.get("api").maxReplicas()).isEqualTo(6);
        assertThat(w.get("api").replicasFrom()).isEqualTo("HorizontalPodAutoscaler api-hpa: minReplicas 2, maxReplicas 6");
        assertThat(w.get("api").cpuCores()).isEqualByComparingTo("2");
        assertThat(w.get("api").cpuCoresMax()).isEqualByComparingTo("6");
        assertThat(w.get("api").memoryGiBMax()).isEqualByComparingTo("6");

        assertThat(w.get("agent").replicas()).isEqualTo(3);
        assertThat(w.get("agent").replicasFrom()).isEqualTo("DaemonSet on 3 assumed nodes");
        assertThat(w.get("agent").cpuCores()).isEqualByComparingTo("0.15");
        assertThat(w.get("agent").memoryGiB()).isEqualByComparingTo("0.1875");

        assertThat(w.get("db").storageGiB()).isEqualByComparingTo("20");
        assertThat(w.get("report").inTotals()).isFalse();
        assertThat(w.get("report").replicasFrom()).isEqualTo("parallelism 1 (default)");
        assertThat(w.get("debug").replicasFrom()).isEqualTo("a bare Pod");

        assertThat(s.cpuCores()).isEqualByComparingTo("4.6");
        assertThat(s.cpuCoresMax()).isEqualByComparingTo("8.6");
        assertThat(s.memoryGiB()).isEqualByComparingTo("4.65625");
        assertThat(s.memoryGiBMax()).isEqualByComparingTo("8.65625");
        assertThat(s.storageGiB()).isEqualByComparingTo("40");
        assertThat(s.volumeClaims()).isEqualTo(1);
    }

    @Test
    void requestedCpuAndMemoryWithTheirCaveats() {
        Map<String, KpiValue> kpis = byId(ResourceKpis.kpis(Manifests.facts(ESTATE), Pricing.OPENCOST_DEFAULTS));
        KpiValue cpu = kpis.get("requested-cpu-cores");
        assertThat(cpu.value()).isEqualTo(4.6);
        assertThat(cpu.unit()).isEqualTo("cores");
        assertThat(cpu.window()).isEqualTo("snapshot");
        assertThat(cpu.estimatedFrom()).isEqualTo("cpu requests × replicas of 5 long-running workloads (manifests)");
        assertThat(cpu.caveats()).containsExactly(
                "1 of 8 app containers have no cpu request and add nothing",
                "up to 8.6 cores when the autoscalers reach maxReplicas",
                "DaemonSets counted on an assumed 3 nodes (the real node count needs a live cluster)",
                "not in the total, as they run only part of the time: CronJob/shop/report (0.2 cores while it runs)");
        KpiValue mem = kpis.get("requested-memory-gib");
        assertThat(mem.value()).isEqualTo(4.656);
        assertThat(mem.unit()).isEqualTo("GiB");
        assertThat(mem.caveats()).contains("up to 8.656 GiB when the autoscalers reach maxReplicas",
                "not in the total, as they run only part of the time: CronJob/shop/report (0.125 GiB while it runs)");
        assertThat(kpis.values()).allSatisfy(v -> {
            assertThat(v.target()).isNull();
            assertThat(v.status()).isEqualTo(KpiStatus.NO_DATA);
        });
    }

    @Test
    void monthlyCostAtOpenCostDefaultPrices() {
        ResourceSummary s = ResourceKpis.summarize(Manifests.facts(ESTATE));
        CostEstimate cost = CostEstimate.of(s, Pricing.OPENCOST_DEFAULTS);
        // 730 × (4.6 × 0.031611 + 4.65625 × 0.004237) + 40 × 730 × 0.00005479
        assertThat(cost.compute()).isEqualByComparingTo("120.5515658125");
        assertThat(cost.storage()).isEqualByComparingTo("1.599868");
        assertThat(cost.monthly()).isEqualByComparingTo("122.1514338125");
        assertThat(cost.monthlyMax()).isEqualByComparingTo("226.8275938125");

        KpiValue kpi = byId(ResourceKpis.kpis(s, Pricing.OPENCOST_DEFAULTS)).get("monthly-cost-estimate");
        assertThat(kpi.value()).isEqualTo(122.15);
        assertThat(kpi.unit()).isEqualTo("USD-per-month");
        assertThat(kpi.estimatedFrom()).isEqualTo("730 h × requests × replicas of 5 long-running workloads (manifests)"
                + " + volume claims, at OpenCost default prices (USD CPU 0.031611/core-hour, RAM 0.004237/GiB-hour,"
                + " storage 0.00005479/GiB-hour)");
        assertThat(kpi.caveats()).containsExactly(
                "requests, not usage: OpenCost bills max(request, usage) per container, which needs a live cluster",
                "up to 226.83 USD-per-month when the autoscalers reach maxReplicas",
                "1 of 8 app containers lack a cpu or memory request; what they lack costs nothing here",
                "storage: 40 GiB of volume claims, 1.6 of the total",
                "DaemonSets counted on an assumed 3 nodes (the real node count needs a live cluster)",
                "not in the total, as they run only part of the time: CronJob/shop/report");
    }

    @Test
    void monthlyCostAtOverriddenPrices() {
        Pricing own = new Pricing(0.05, 0.01, 0.0001, "prices.yaml");
        ResourceSummary s = ResourceKpis.summarize(Manifests.facts(ESTATE));
        assertThat(CostEstimate.of(s, own).monthly()).isEqualByComparingTo("204.810625");
        KpiValue kpi = byId(ResourceKpis.kpis(s, own)).get("monthly-cost-estimate");
        assertThat(kpi.value()).isEqualTo(204.81);
        assertThat(kpi.estimatedFrom()).endsWith(
                "at prices from prices.yaml (USD CPU 0.05/core-hour, RAM 0.01/GiB-hour, storage 0.0001/GiB-hour)");
    }

    @Test
    void daemonSetsTakeTheAssumedNodeCount() {
        ResourceSummary s = ResourceKpis.summarize(Manifests.facts(ESTATE), 5);
        WorkloadUsage agent = s.workloads().stream().filter(w -> w.ref().name().equals("agent")).findFirst().orElseThrow();
        assertThat(agent.replicas()).isEqualTo(5);
        assertThat(agent.cpuCores()).isEqualByComparingTo("0.25");
        assertThat(s.cpuCores()).isEqualByComparingTo("4.7");
        assertThat(byId(ResourceKpis.kpis(s, Pricing.OPENCOST_DEFAULTS)).get("requested-cpu-cores").caveats())
                .contains("DaemonSets counted on an assumed 5 nodes (the real node count needs a live cluster)");
    }

    @Test
    void hpaWithoutMinReplicasStartsAtOneAndOneWithoutTargetIsNamed() {
        List<ResourceFact> facts = Manifests.facts("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: { name: api }
                spec:
                  replicas: 5
                  template:
                    spec:
                      containers:
                        - name: api
                          resources: { requests: { cpu: 250m, memory: 256Mi } }
                ---
                apiVersion: autoscaling/v1
                kind: HorizontalPodAutoscaler
                metadata: { name: api }
                spec:
                  scaleTargetRef: { kind: Deployment, name: api }
                  maxReplicas: 4
                ---
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: { name: gone, namespace: shop }
                spec:
                  scaleTargetRef: { kind: Deployment, name: removed }
                  minReplicas: 2
                  maxReplicas: 3
                """);
        ResourceSummary s = ResourceKpis.summarize(facts);
        assertThat(s.workloads().get(0).replicas()).isEqualTo(1);
        assertThat(s.workloads().get(0).maxReplicas()).isEqualTo(4);
        assertThat(s.cpuCores()).isEqualByComparingTo("0.25");
        assertThat(s.cpuCoresMax()).isEqualByComparingTo("1");
        assertThat(s.unmatchedAutoscalers()).containsExactly(
                "HorizontalPodAutoscaler HorizontalPodAutoscaler/shop/gone scales Deployment/removed, which is not among the workloads");
    }

    @Test
    void defaultReplicasZeroReplicasAndJobParallelism() {
        List<ResourceFact> facts = Manifests.facts("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: { name: one }
                spec:
                  template:
                    spec:
                      containers: [ { name: c, resources: { requests: { cpu: 1, memory: 1Gi } } } ]
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: { name: parked }
                spec:
                  replicas: 0
                  template:
                    spec:
                      containers: [ { name: c, resources: { requests: { cpu: 4, memory: 8Gi } } } ]
                ---
                apiVersion: batch/v1
                kind: Job
                metadata: { name: batch }
                spec:
                  parallelism: 4
                  template:
                    spec:
                      containers: [ { name: c, resources: { requests: { cpu: 500m, memory: 1Gi } } } ]
                """);
        ResourceSummary s = ResourceKpis.summarize(facts);
        assertThat(s.workloads()).extracting(WorkloadUsage::replicas).containsExactly(1, 0, 4);
        assertThat(s.workloads()).extracting(WorkloadUsage::replicasFrom)
                .containsExactly("replicas 1 (default)", "spec.replicas 0", "parallelism 4");
        assertThat(s.cpuCores()).isEqualByComparingTo("1");
        assertThat(s.memoryGiB()).isEqualByComparingTo("1");
        assertThat(s.workloads().get(2).cpuCores()).isEqualByComparingTo("2");
    }

    @Test
    void invalidQuantitiesCountAsMissingAndAreNamed() {
        List<ResourceFact> facts = Manifests.facts("""
                apiVersion: v1
                kind: Pod
                metadata: { name: p }
                spec:
                  containers:
                    - name: c
                      resources:
                        requests: { cpu: 1 core, memory: 512MB }
                        limits: { memory: -1Gi }
                    - name: d
                      resources: { requests: { cpu: 0.5, memory: 1e9 }, limits: { memory: 1G } }
                """);
        ResourceSummary s = ResourceKpis.summarize(facts);
        assertThat(s.invalidQuantities()).isEqualTo(3);
        assertThat(s.appWithRequests()).isEqualTo(1);
        assertThat(s.cpuCores()).isEqualByComparingTo("0.5");
        assertThat(s.memoryGiB()).isEqualByComparingTo(new BigDecimal("1e9").divide(new BigDecimal(1L << 30)));
        Map<String, KpiValue> kpis = byId(ResourceKpis.kpis(s, Pricing.OPENCOST_DEFAULTS));
        assertThat(kpis.get("request-coverage").value()).isEqualTo(50.0);
        assertThat(kpis.get("request-coverage").caveats())
                .containsExactly("3 cpu or memory values are not valid Kubernetes quantities and count as missing");
        assertThat(kpis.get("requested-memory-gib").value()).isEqualTo(0.931);
    }

    @Test
    void withoutWorkloadsThereIsNoData() {
        List<KpiValue> kpis = ResourceKpis.kpis(Manifests.facts("""
                apiVersion: v1
                kind: ConfigMap
                metadata: { name: c }
                """), Pricing.OPENCOST_DEFAULTS);
        assertThat(kpis).extracting(KpiValue::id).containsExactly("request-coverage", "memory-limit-coverage",
                "requested-cpu-cores", "requested-memory-gib", "monthly-cost-estimate");
        assertThat(kpis).allSatisfy(v -> assertThat(v.value()).isNull());
        assertThat(kpis.get(0).estimatedFrom()).isEqualTo("no workloads in the manifests");
    }

    @Test
    void volumeClaimsAloneHaveACost() {
        List<KpiValue> kpis = ResourceKpis.kpis(Manifests.facts("""
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata: { name: data }
                spec: { resources: { requests: { storage: 100Gi } } }
                """), Pricing.OPENCOST_DEFAULTS);
        // 100 × 730 × 0.00005479 = 3.99967
        assertThat(byId(kpis).get("monthly-cost-estimate").value()).isEqualTo(4.0);
        assertThat(byId(kpis).get("requested-cpu-cores").value()).isNull();
    }

    @Test
    void theOrderOfFactsDoesNotChangeTheResult() {
        List<ResourceFact> facts = new ArrayList<>(Manifests.facts(ESTATE));
        List<KpiValue> first = ResourceKpis.kpis(facts, Pricing.OPENCOST_DEFAULTS);
        Collections.reverse(facts);
        assertThat(ResourceKpis.kpis(facts, Pricing.OPENCOST_DEFAULTS)).isEqualTo(first);
    }

    static Map<String, KpiValue> byId(List<KpiValue> values) {
        return values.stream().collect(Collectors.toMap(KpiValue::id, Function.identity()));
    }
}
