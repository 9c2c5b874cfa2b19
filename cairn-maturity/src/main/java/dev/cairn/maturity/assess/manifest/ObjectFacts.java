package dev.cairn.maturity.assess.manifest;

import dev.cairn.core.k8s.ContainerKind;
import dev.cairn.core.k8s.ContainerView;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.k8s.PodSpecView;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.ObjectRef;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import dev.cairn.core.yaml.YSeq;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the criteria need to know about one Kubernetes object, extracted while its file streams through
 * the scan (the tree is dropped afterwards): identity, images and a set of {@link Feature}s.
 */
public record ObjectFacts(ObjectRef ref, Location location, boolean workload, List<ImageUse> images,
                          Set<Feature> features) {
    private static final Pattern JVM_MEMORY = Pattern.compile("MaxRAMPercentage|InitialRAMPercentage|-Xmx\\d");
    private static final Pattern SLO_RECORD = Pattern.compile("(?i)\\bsl[oi]\\b|sl[oi][:_]|error_?budget|burn_?rate");
    private static final Pattern API_SERVER_AUDIT = Pattern.compile("--audit-(log-path|policy-file|webhook-config-file)\\b");
    private static final Set<String> JVM_OPTION_VARIABLES = Set.of("JAVA_TOOL_OPTIONS", "JAVA_OPTS", "JDK_JAVA_OPTIONS");
    private static final List<String> STATIC_CREDENTIALS = List.of("token", "tokenFile", "password", "client-key-data",
            "client-key");
    private static final List<String> WORKLOAD_IDENTITY_ANNOTATIONS = List.of(
            "eks.amazonaws.com/role-arn", "iam.gke.io/gcp-service-account", "azure.workload.identity/client-id");

    public ObjectFacts {
        if (!workload && !images.isEmpty()) {
            // ManifestFacts finds the workloads running an image by the images alone
            throw new IllegalArgumentException("only a workload runs images: " + ref.display());
        }
        images = List.copyOf(images);
        // an EnumSet answers has(...) with one bit test; evaluators ask it of every object
        features = Collections.unmodifiableSet(features.isEmpty() ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(features));
    }

    public String kind() {
        return ref.kind();
    }

    public boolean has(Feature feature) {
        return features.contains(feature);
    }

    public static ObjectFacts of(K8sObject object) {
        EnumSet<Feature> features = EnumSet.noneOf(Feature.class);
        List<ImageUse> images = new ArrayList<>();
        annotations(object.annotations(), features);
        Optional<PodSpecView> pod = object.podSpec();
        pod.ifPresent(p -> podFacts(p, images, features));
        switch (object.kind()) {
            case "Service" -> object.root().path("spec", "type").flatMap(YNode::asScalar)
                    .filter(t -> t.text().equals("LoadBalancer")).ifPresent(t -> features.add(Feature.LOAD_BALANCER));
            case "Ingress" -> {
                object.root().path("spec", "tls").flatMap(YNode::asSeq).filter(s -> !s.items().isEmpty())
                        .ifPresent(s -> features.add(Feature.INGRESS_TLS));
                if (object.root().path("spec", "ingressClassName").flatMap(YNode::asScalar).filter(s -> !s.isNull()).isPresent()
                        || object.annotations().containsKey("kubernetes.io/ingress.class")) {
                    features.add(Feature.INGRESS_CLASS);
                }
            }
            case "Config" -> kubeconfigFacts(object.root(), features);
            case "InferenceService" -> object.root().path("spec", "predictor").flatMap(YNode::asMap)
                    .filter(ObjectFacts::servesOciModel).ifPresent(p -> features.add(Feature.OCI_MODEL));
            case "NetworkPolicy" -> object.root().path("spec", "podSelector").flatMap(YNode::asMap)
                    .filter(ObjectFacts::selectsAll).ifPresent(s -> features.add(Feature.NAMESPACE_WIDE_POLICY));
            case "Secret" -> {
                if (object.root().get("data").isPresent() || object.root().get("stringData").isPresent()) {
                    features.add(Feature.SECRET_DATA);
                }
            }
            case "Namespace" -> namespaceFacts(object.labels(), features);
            case "ConfigMap" -> {
                if (object.labels().containsKey("grafana_dashboard")) features.add(Feature.GRAFANA_DASHBOARD);
            }
            case "PrometheusRule" -> {
                if (recordsSlos(object.root())) features.add(Feature.SLO_RECORDING_RULES);
            }
            default -> { }
        }
        if (object.root().get("sops").flatMap(YNode::asMap).isPresent()) {
            features.add(Feature.SOPS_ENCRYPTED);
        }
        return new ObjectFacts(object.ref(), object.location(), pod.isPresent(), images, features);
    }

    private static void podFacts(PodSpecView pod, List<ImageUse> images, EnumSet<Feature> features) {
        YMap spec = pod.spec();
        pod.podMetadata().flatMap(m -> m.map("annotations")).ifPresent(a -> a.entries()
                .forEach(e -> annotation(e.key().text(), features)));
        if (spec.get("terminationGracePeriodSeconds").isPresent()) {
            features.add(Feature.TERMINATION_GRACE);
        }
        spec.seq("imagePullSecrets").filter(s -> !s.items().isEmpty()).ifPresent(s -> features.add(Feature.IMAGE_PULL_SECRETS));
        List<String> fileLogVolumes = new ArrayList<>();
        spec.seq("volumes").ifPresent(volumes -> volumes.items().forEach(v -> v.asMap().ifPresent(volume -> {
            if (volume.get("persistentVolumeClaim").isPresent()) features.add(Feature.PERSISTENT_VOLUME);
            if (volume.get("configMap").isPresent() || volume.get("secret").isPresent()
                    || volume.get("projected").isPresent()) {
                features.add(Feature.CONFIG_VOLUME);
            }
            if (volume.get("emptyDir").isPresent() || volume.get("hostPath").isPresent()) {
                volume.string("name").ifPresent(fileLogVolumes::add);
            }
        })));
        for (ContainerView container : pod.allContainers()) {
            YMap c = container.node();
            if (container.kind() != ContainerKind.EPHEMERAL) {
                c.scalar("image").filter(s -> !s.isNull()).ifPresent(s ->
                        images.add(new ImageUse(s.text(), container.name(), new Location(pod.owner().path(), s.span(), s.pointer(), pod.owner().document()))));
            }
            if (c.seq("envFrom").filter(s -> !s.items().isEmpty()).isPresent()) {
                features.add(Feature.ENV_FROM_CONFIG);
                features.add(Feature.ENV_VARIABLES);
            }
            c.seq("env").filter(s -> !s.items().isEmpty()).ifPresent(env -> {
                features.add(Feature.ENV_VARIABLES);
                env.items().forEach(item -> item.asMap().ifPresent(e -> envFacts(e, features)));
            });
            if (container.kind() == ContainerKind.CONTAINER) {
                if (c.path("resources", "requests").flatMap(YNode::asMap).filter(r -> r.size() > 0).isPresent()) {
                    features.add(Feature.RESOURCE_REQUESTS);
                }
                if (c.get("readinessProbe").isPresent() || c.get("livenessProbe").isPresent()) {
                    features.add(Feature.HEALTH_PROBES);
                }
                if (c.get("startupProbe").isPresent()) features.add(Feature.STARTUP_PROBE);
            }
            if (c.path("lifecycle", "preStop").isPresent()) features.add(Feature.PRE_STOP_HOOK);
            if (c.path("resources", "requests", "nvidia.com/gpu").isPresent()
                    || c.path("resources", "limits", "nvidia.com/gpu").isPresent()) {
                features.add(Feature.GPU_REQUEST);
            }
            c.seq("volumeMounts").ifPresent(mounts -> mounts.items().forEach(m -> m.asMap().ifPresent(mount -> {
                boolean underVarLog = mount.string("mountPath").filter(p -> p.equals("/var/log") || p.startsWith("/var/log/")).isPresent();
                if (underVarLog && mount.string("name").filter(fileLogVolumes::contains).isPresent()) {
                    features.add(Feature.LOG_FILE_VOLUME);
                }
            })));
            c.seq("args").map(ObjectFacts::joined).filter(a -> JVM_MEMORY.matcher(a).find())
                    .ifPresent(a -> features.add(Feature.JVM_MEMORY_FLAGS));
            String commandLine = c.seq("command").map(ObjectFacts::joined).orElse("") + c.seq("args").map(ObjectFacts::joined).orElse("");
            if (API_SERVER_AUDIT.matcher(commandLine).find()) features.add(Feature.API_SERVER_AUDIT);
        }
    }

    private static void envFacts(YMap variable, EnumSet<Feature> features) {
        String name = variable.string("name").orElse("");
        if (variable.map("valueFrom").flatMap(v -> v.map("configMapKeyRef").or(() -> v.map("secretKeyRef"))).isPresent()) {
            features.add(Feature.ENV_FROM_CONFIG);
        }
        if (name.startsWith("OTEL_")) {
            features.add(Feature.OPENTELEMETRY_ENV);
        }
        if (JVM_OPTION_VARIABLES.contains(name)
                && variable.string("value").filter(v -> JVM_MEMORY.matcher(v).find()).isPresent()) {
            features.add(Feature.JVM_MEMORY_FLAGS);
        }
    }

    private static void annotations(Map<String, String> annotations, EnumSet<Feature> features) {
        annotations.keySet().forEach(key -> annotation(key, features));
    }

    private static void annotation(String key, EnumSet<Feature> features) {
        if (key.startsWith("prometheus.io/scrape")) features.add(Feature.PROMETHEUS_SCRAPE);
        if (WORKLOAD_IDENTITY_ANNOTATIONS.contains(key)) features.add(Feature.WORKLOAD_IDENTITY);
        if (key.startsWith("vault.hashicorp.com/agent-inject")) features.add(Feature.VAULT_INJECTION);
    }

    private static void namespaceFacts(Map<String, String> labels, EnumSet<Feature> features) {
        String enforce = labels.get("pod-security.kubernetes.io/enforce");
        if ("baseline".equals(enforce) || "restricted".equals(enforce)) {
            features.add(Feature.PSA_ENFORCED);
        }
        if (labels.containsKey("pod-security.kubernetes.io/audit") || labels.containsKey("pod-security.kubernetes.io/warn")) {
            features.add(Feature.PSA_AUDIT_OR_WARN);
        }
    }

    /** Whether any rule of {@code spec.groups[].rules[]} records an SLO, SLI or error-budget series. */
    private static boolean recordsSlos(YMap root) {
        return root.path("spec", "groups").flatMap(YNode::asSeq).stream().flatMap(groups -> groups.items().stream())
                .flatMap(g -> g.asMap().flatMap(m -> m.seq("rules")).stream()).flatMap(rules -> rules.items().stream())
                .flatMap(r -> r.asMap().flatMap(m -> m.string("record")).stream())
                .anyMatch(record -> SLO_RECORD.matcher(record).find());
    }

    /** A kubeconfig's {@code users[].user}: an exec plugin or auth provider, or a credential written into the file. */
    private static void kubeconfigFacts(YMap root, EnumSet<Feature> features) {
        if (!root.string("apiVersion").filter("v1"::equals).isPresent()) {
            return;
        }
        root.seq("users").ifPresent(users -> users.items().forEach(item -> item.asMap().flatMap(u -> u.map("user"))
                .ifPresent(user -> {
                    if (user.get("exec").isPresent() || user.get("auth-provider").isPresent()) {
                        features.add(Feature.KUBECONFIG_EXEC_AUTH);
                    }
                    if (STATIC_CREDENTIALS.stream().anyMatch(key -> user.get(key).isPresent())) {
                        features.add(Feature.KUBECONFIG_STATIC_CREDENTIAL);
                    }
                })));
    }

    /** A KServe predictor whose model (or any model format entry) is read from {@code oci://}. */
    private static boolean servesOciModel(YMap predictor) {
        return predictor.string("storageUri").filter(u -> u.startsWith("oci://")).isPresent()
                || predictor.entries().stream().anyMatch(e -> e.value().asMap().flatMap(m -> m.string("storageUri"))
                        .filter(u -> u.startsWith("oci://")).isPresent());
    }

    /** An empty {@code podSelector} (no labels, no expressions) selects every pod of the namespace. */
    private static boolean selectsAll(YMap selector) {
        return selector.map("matchLabels").map(YMap::size).orElse(0) == 0
                && selector.seq("matchExpressions").map(s -> s.items().size()).orElse(0) == 0;
    }

    private static String joined(YSeq seq) {
        StringBuilder out = new StringBuilder();
        seq.items().forEach(i -> i.asScalar().map(YScalar::text).ifPresent(t -> out.append(t).append(' ')));
        return out.toString();
    }
}
