package dev.cairn.maturity.kpi.resources;

import dev.cairn.core.config.Pricing;
import dev.cairn.core.k8s.Quantity;
import dev.cairn.core.model.KpiId;
import dev.cairn.core.model.KpiStatus;
import dev.cairn.core.model.KpiValue;
import dev.cairn.core.model.Location;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The resource-efficiency and cost KPIs from rendered manifests alone (cnmm-level1.md §4.6–4.7): request
 * and memory-limit coverage, requested CPU and memory, and a monthly cost estimate. Pure: the facts come
 * from {@link ResourceFacts} while files stream, the prices from the configuration.
 */
public final class ResourceKpis {
    /** DaemonSets run one pod per node; without a live cluster the node count is assumed. */
    public static final int DEFAULT_ASSUMED_NODES = 3;
    public static final String WINDOW = "snapshot";

    private static final Comparator<ResourceFact> ORDER = Comparator
            .comparing(ResourceFact::location, Location.ORDER)
            .thenComparing(f -> f.ref().kind())
            .thenComparing(f -> Objects.toString(f.ref().namespace(), ""))
            .thenComparing(f -> f.ref().name())
            .thenComparing(f -> Objects.toString(f.variant(), ""));

    private ResourceKpis() {}

    /** The per-workload summary and totals, with {@link #DEFAULT_ASSUMED_NODES} for DaemonSets. */
    public static ResourceSummary summarize(Collection<? extends ResourceFact> facts) {
        return summarize(facts, DEFAULT_ASSUMED_NODES);
    }

    public static ResourceSummary summarize(Collection<? extends ResourceFact> facts, int assumedNodes) {
        List<ResourceFact> sorted = new ArrayList<>(facts);
        sorted.sort(ORDER);
        List<Autoscaler> autoscalers = sorted.stream().filter(Autoscaler.class::isInstance).map(Autoscaler.class::cast).toList();
        // by target kind and name, in ORDER: thousands of workloads and autoscalers are not compared pairwise
        Map<String, List<Autoscaler>> byTarget = new HashMap<>();
        autoscalers.forEach(a -> byTarget.computeIfAbsent(a.targetKind() + "/" + a.targetName(), k -> new ArrayList<>()).add(a));
        Set<Autoscaler> matched = new HashSet<>();
        List<WorkloadUsage> usages = new ArrayList<>();
        int app = 0, withRequests = 0, withMemoryLimit = 0, withCpu = 0, withMemory = 0, defaulted = 0;
        int init = 0, initWithRequests = 0, invalid = 0, claims = 0;
        BigDecimal cpu = BigDecimal.ZERO, cpuMax = BigDecimal.ZERO, mem = BigDecimal.ZERO, memMax = BigDecimal.ZERO;
        BigDecimal storage = BigDecimal.ZERO, storageMax = BigDecimal.ZERO;
        for (ResourceFact fact : sorted) {
            if (fact instanceof VolumeClaim claim && claim.storageBytes() != null) {
                BigDecimal gib = gib(claim.storageBytes());
                storage = storage.add(gib);
                storageMax = storageMax.add(gib);
                claims++;
            }
            if (!(fact instanceof WorkloadResources w)) {
                continue;
            }
            Autoscaler hpa = w.type() == WorkloadType.SERVICE
                    ? byTarget.getOrDefault(w.ref().kind() + "/" + w.ref().name(), List.of()).stream()
                            .filter(a -> targets(a, w)).findFirst().orElse(null) : null;
            if (hpa != null) {
                matched.add(hpa);
            }
            WorkloadUsage u = usage(w, hpa, assumedNodes);
            usages.add(u);
            app += u.containers();
            withRequests += u.containersWithRequests();
            withMemoryLimit += u.containersWithMemoryLimit();
            defaulted += u.containersDefaultedFromLimits();
            withCpu += (int) w.containers().stream().filter(c -> c.effectiveCpuRequest() != null).count();
            withMemory += (int) w.containers().stream().filter(c -> c.effectiveMemoryRequest() != null).count();
            init += u.initContainers();
            initWithRequests += u.initContainersWithRequests();
            invalid += u.invalidQuantities();
            if (u.inTotals()) {
                cpu = cpu.add(u.cpuCores());
                cpuMax = cpuMax.add(u.cpuCoresMax());
                mem = mem.add(u.memoryGiB());
                memMax = memMax.add(u.memoryGiBMax());
                storage = storage.add(u.storageGiB());
                storageMax = storageMax.add(u.storageGiBMax());
            }
        }
        List<String> unmatched = autoscalers.stream().filter(a -> !matched.contains(a))
                .map(a -> "HorizontalPodAutoscaler " + a.ref().display() + " scales " + a.targetKind() + "/"
                        + a.targetName() + ", which is not among the workloads")
                .toList();
        return new ResourceSummary(usages, assumedNodes, app, withRequests, withMemoryLimit, withCpu, withMemory,
                defaulted, init, initWithRequests, cpu, cpuMax, mem, memMax, storage, storageMax, claims, invalid,
                unmatched);
    }

    private static boolean targets(Autoscaler a, WorkloadResources w) {
        return a.targetKind().equals(w.ref().kind()) && a.targetName().equals(w.ref().name())
                && Objects.equals(a.variant(), w.variant())
                && (a.ref().namespace() == null || w.ref().namespace() == null
                        || a.ref().namespace().equals(w.ref().namespace()));
    }

    private static WorkloadUsage usage(WorkloadResources w, Autoscaler hpa, int assumedNodes) {
        int replicas;
        int max;
        String from;
        switch (w.type()) {
            case DAEMON -> {
                replicas = assumedNodes;
                max = assumedNodes;
                from = "DaemonSet on " + assumedNodes + " assumed nodes";
            }
            case POD -> {
                replicas = 1;
                max = 1;
                from = "a bare Pod";
            }
            case BATCH -> {
                replicas = w.replicas() == null ? 1 : w.replicas();
                max = replicas;
                from = w.replicas() == null ? "parallelism 1 (default)" : "parallelism " + replicas;
            }
            default -> {
                if (hpa != null) {
                    replicas = hpa.minReplicas();
                    max = hpa.maxReplicas() == null ? replicas : Math.max(replicas, hpa.maxReplicas());
                    from = "HorizontalPodAutoscaler " + hpa.ref().name() + ": minReplicas " + replicas
                            + (hpa.maxReplicas() == null ? "" : ", maxReplicas " + hpa.maxReplicas());
                } else {
                    replicas = w.replicas() == null ? 1 : w.replicas();
                    max = replicas;
                    from = w.replicas() == null ? "replicas 1 (default)" : "spec.replicas " + replicas;
                }
            }
        }
        BigDecimal cpu = BigDecimal.ZERO;
        BigDecimal memBytes = BigDecimal.ZERO;
        int withRequests = 0, withLimit = 0, defaulted = 0;
        for (ContainerResources c : w.containers()) {
            if (c.effectiveCpuRequest() != null) cpu = cpu.add(c.effectiveCpuRequest());
            if (c.effectiveMemoryRequest() != null) memBytes = memBytes.add(c.effectiveMemoryRequest());
            if (c.hasRequests()) withRequests++;
            if (c.hasMemoryLimit()) withLimit++;
            if (c.requestDefaultedFromLimit()) defaulted++;
        }
        int initWithRequests = (int) w.initContainers().stream().filter(ContainerResources::hasRequests).count();
        BigDecimal mem = gib(memBytes);
        BigDecimal claims = gib(w.claimTemplateBytes());
        BigDecimal n = BigDecimal.valueOf(replicas);
        BigDecimal m = BigDecimal.valueOf(max);
        return new WorkloadUsage(w.ref(), w.location(), w.variant(), w.type(), replicas, max, from, cpu, mem,
                cpu.multiply(n), cpu.multiply(m), mem.multiply(n), mem.multiply(m), claims.multiply(n), claims.multiply(m),
                w.containers().size(), withRequests, withLimit, defaulted, w.initContainers().size(), initWithRequests,
                w.invalidQuantities(), w.type() != WorkloadType.BATCH);
    }

    static BigDecimal gib(BigDecimal bytes) {
        return bytes.divide(Quantity.GIB, MathContext.DECIMAL128);
    }

    /**
     * The five KPIs: request-coverage, memory-limit-coverage, requested-cpu-cores, requested-memory-gib,
     * monthly-cost-estimate. Values are null when the manifests hold no workload. Targets and status are
     * added later, by {@code KpiTargets}.
     */
    public static List<KpiValue> kpis(ResourceSummary s, Pricing pricing) {
        CostEstimate cost = CostEstimate.of(s, pricing);
        boolean none = s.workloads().isEmpty();
        int workloads = s.workloads().size();
        String containersIn = count(s.appContainers(), "app container") + " in " + count(workloads, "workload")
                + " (manifests)";
        List<KpiValue> out = new ArrayList<>();

        List<String> coverageCaveats = new ArrayList<>();
        if (s.initContainers() > 0) {
            coverageCaveats.add("init containers, counted separately: " + s.initWithRequests() + " of "
                    + s.initContainers() + " with cpu and memory requests");
        }
        if (s.appDefaultedFromLimits() > 0) {
            coverageCaveats.add(count(s.appDefaultedFromLimits(), "container") + " without a request but with a limit:"
                    + " Kubernetes uses the limit as the request, and so does this count");
        }
        coverageCaveats.addAll(invalid(s));
        out.add(value(KpiId.REQUEST_COVERAGE, none ? null : percent(s.appWithRequests(), s.appContainers()),
                none ? "no workloads in the manifests" : "cpu and memory requests of " + containersIn,
                coverageCaveats));
        out.add(value(KpiId.MEMORY_LIMIT_COVERAGE, none ? null : percent(s.appWithMemoryLimit(), s.appContainers()),
                none ? "no workloads in the manifests" : "memory limits of " + containersIn, invalid(s)));

        String replicasOf = "requests × replicas of " + count(s.counted().size(), "long-running workload")
                + " (manifests)";
        List<String> cpuCaveats = new ArrayList<>();
        if (s.scaledByAutoscaler()) {
            cpuCaveats.add("up to " + plain(s.cpuCoresMax(), 3) + " cores when the autoscalers reach maxReplicas");
        }
        cpuCaveats.addAll(common(s));
        cpuCaveats.add(0, missing(s.appContainers() - s.appWithCpuRequest(), s.appContainers(), "cpu request"));
        cpuCaveats.removeIf(Objects::isNull);
        cpuCaveats.addAll(batch(s, w -> plain(w.cpuCores(), 3) + " cores"));
        out.add(value(KpiId.REQUESTED_CPU_CORES, none ? null : round(s.cpuCores(), 3),
                none ? "no workloads in the manifests" : "cpu " + replicasOf, cpuCaveats));

        List<String> memCaveats = new ArrayList<>();
        if (s.scaledByAutoscaler()) {
            memCaveats.add("up to " + plain(s.memoryGiBMax(), 3) + " GiB when the autoscalers reach maxReplicas");
        }
        memCaveats.addAll(common(s));
        memCaveats.add(0, missing(s.appContainers() - s.appWithMemoryRequest(), s.appContainers(), "memory request"));
        memCaveats.removeIf(Objects::isNull);
        memCaveats.addAll(batch(s, w -> plain(w.memoryGiB(), 3) + " GiB"));
        out.add(value(KpiId.REQUESTED_MEMORY_GIB, none ? null : round(s.memoryGiB(), 3),
                none ? "no workloads in the manifests" : "memory " + replicasOf, memCaveats));

        boolean noCost = none && s.volumeClaims() == 0;
        List<String> costCaveats = new ArrayList<>();
        costCaveats.add("requests, not usage: OpenCost bills max(request, usage) per container, which needs a live cluster");
        if (s.scaledByAutoscaler()) {
            costCaveats.add("up to " + plain(cost.monthlyMax(), 2) + " " + KpiId.MONTHLY_COST_ESTIMATE.unit()
                    + " when the autoscalers reach maxReplicas");
        }
        int withoutRequests = s.appContainers() - s.appWithRequests();
        if (withoutRequests > 0) {
            costCaveats.add(withoutRequests + " of " + s.appContainers()
                    + " app containers lack a cpu or memory request; what they lack costs nothing here");
        }
        if (s.storageGiB().signum() > 0) {
            costCaveats.add("storage: " + plain(s.storageGiB(), 3) + " GiB of volume claims, "
                    + plain(cost.storage(), 2) + " of the total");
        }
        costCaveats.addAll(common(s));
        costCaveats.addAll(batch(s, w -> null));
        out.add(value(KpiId.MONTHLY_COST_ESTIMATE, noCost ? null : round(cost.monthly(), 2),
                noCost ? "no workloads or volume claims in the manifests"
                        : "730 h × " + replicasOf + (s.volumeClaims() > 0 || s.storageGiB().signum() > 0 ? " + volume claims" : "")
                        + ", at " + prices(pricing),
                costCaveats));
        return out;
    }

    /** Summary and KPIs in one call. */
    public static List<KpiValue> kpis(Collection<? extends ResourceFact> facts, Pricing pricing) {
        return kpis(summarize(facts), pricing);
    }

    private static List<String> common(ResourceSummary s) {
        List<String> out = new ArrayList<>();
        if (s.workloads().stream().anyMatch(w -> w.type() == WorkloadType.DAEMON)) {
            out.add("DaemonSets counted on an assumed " + s.assumedNodes()
                    + " nodes (the real node count needs a live cluster)");
        }
        out.addAll(s.unmatchedAutoscalers());
        Set<String> variants = new HashSet<>();
        s.workloads().forEach(w -> variants.add(Objects.toString(w.variant(), "")));
        if (variants.size() > 1) {
            out.add("objects of " + variants.size() + " render variants are added up, as if all were deployed");
        }
        return out;
    }

    private static List<String> batch(ResourceSummary s, java.util.function.Function<WorkloadUsage, String> amount) {
        List<WorkloadUsage> batch = s.batch();
        if (batch.isEmpty()) {
            return List.of();
        }
        List<String> names = batch.stream().map(w -> {
            String a = amount.apply(w);
            return w.ref().display() + (a == null ? "" : " (" + a + " while it runs)");
        }).toList();
        return List.of("not in the total, as they run only part of the time: " + String.join(", ", names));
    }

    private static String missing(int missing, int all, String what) {
        return missing > 0 ? missing + " of " + all + " app containers have no " + what + " and add nothing" : null;
    }

    private static List<String> invalid(ResourceSummary s) {
        int n = s.invalidQuantities();
        return n == 0 ? List.of()
                : List.of(n + (n == 1 ? " cpu or memory value is not a valid Kubernetes quantity and counts as missing"
                        : " cpu or memory values are not valid Kubernetes quantities and count as missing"));
    }

    static String prices(Pricing p) {
        String list = "CPU " + plain(BigDecimal.valueOf(p.cpuCoreHour()), 8) + "/core-hour, RAM "
                + plain(BigDecimal.valueOf(p.memoryGiBHour()), 8) + "/GiB-hour, storage "
                + plain(BigDecimal.valueOf(p.storageGiBHour()), 8) + "/GiB-hour";
        return (p.isDefault() ? "OpenCost default prices" : "prices from " + p.source()) + " (USD " + list + ")";
    }

    private static KpiValue value(KpiId id, Double value, String from, List<String> caveats) {
        return new KpiValue(id.id(), value, id.unit(), null, from, WINDOW, null, KpiStatus.NO_DATA, caveats);
    }

    static Double percent(int part, int whole) {
        if (whole == 0) {
            return null;
        }
        return round(BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), MathContext.DECIMAL128), 1);
    }

    static Double round(BigDecimal value, int scale) {
        return value.setScale(scale, RoundingMode.HALF_UP).doubleValue();
    }

    static String plain(BigDecimal value, int scale) {
        BigDecimal r = value.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
        return (r.scale() < 0 ? r.setScale(0) : r).toPlainString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
