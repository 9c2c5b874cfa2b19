package dev.cairn.engine.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a manifest corpus: N objects over M multi-document files in nested folders, mixed kinds, about one
 * document in two hundred broken. Deterministic for a given seed and mix.
 */
public final class CorpusGenerator {
    /** Which kinds a corpus holds, and how many containers its workloads run. */
    public enum Mix {
        /**
         * As real repositories are: the share of each kind follows the manifests of kubernetes-engine-samples and
         * podinfo ({@code grep -h '^kind: '} over ../shared/corpus), where about three objects in ten are workloads,
         * most with one container, and the rest are Services, ConfigMaps, ServiceAccounts, autoscalers, RBAC,
         * Ingresses, disruption budgets, network policies, volume claims and custom resources.
         */
        REALISTIC,
        /**
         * A stress case: every other object a workload, Deployments with one to three containers. It gives
         * 7.6 findings per object, twice as many as the busiest real repository seen (3.9).
         */
        WORKLOAD_HEAVY
    }

    private final Random random;
    private final Mix mix;
    /** The object being written and the latest workload and Role, which the objects that follow refer to. */
    private String namespace = "default";
    private int workload;
    private String workloadKind = "Deployment";
    private String workloadNamespace = "default";
    private String serviceAccount = "sa-0";
    private int roleN;

    public CorpusGenerator(long seed) {
        this(seed, Mix.REALISTIC);
    }

    public CorpusGenerator(long seed, Mix mix) {
        this.random = new Random(seed);
        this.mix = mix;
    }

    public void write(Path root, int objects, int files) throws IOException {
        int perFile = Math.max(1, objects / files);
        int written = 0;
        for (int f = 0; written < objects; f++) {
            Path file = root.resolve("team-" + (f % 20)).resolve("app-" + (f % 97)).resolve("manifests-" + f + ".yaml");
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (int i = 0; i < perFile && written < objects; i++, written++) {
                    if (i > 0) out.write("---\n");
                    out.write(document(written));
                }
            }
        }
    }

    private String document(int n) {
        int pick = random.nextInt(100);
        if (pick == 0 && n % 2 == 0) {
            return broken(n);
        }
        return mix == Mix.REALISTIC ? realistic(n, pick) : workloadHeavy(n, pick);
    }

    private String realistic(int n, int pick) {
        if (pick < 20) return deployment(n, random.nextInt(4) == 0 ? 2 : 1);
        if (pick < 23) return statefulSet(n);
        if (pick < 27) return cronJob(n);
        if (pick < 47) return service(n);
        if (pick < 55) return configMap(n);
        if (pick < 63) return serviceAccount(n);
        if (pick < 71) return autoscaler(n);
        if (pick < 76) return role(n);
        if (pick < 81) return roleBinding(n);
        if (pick < 86) return ingress(n);
        if (pick < 90) return disruptionBudget(n);
        if (pick < 94) return networkPolicy(n);
        if (pick < 97) return volumeClaim(n);
        return serviceMonitor(n);
    }

    private String workloadHeavy(int n, int pick) {
        if (pick < 40) return deployment(n, 1 + random.nextInt(3));
        if (pick < 60) return service(n);
        if (pick < 72) return configMap(n);
        if (pick < 80) return statefulSet(n);
        if (pick < 86) return cronJob(n);
        if (pick < 92) return role(n);
        return ingress(n);
    }

    private String meta(String kind, String api, int n) {
        namespace = random.nextInt(10) == 0 ? "default" : "ns-" + (n % 13);
        return meta(kind, api, kind.toLowerCase() + "-" + n, n);
    }

    /** An object of the latest workload's application: in its namespace, as a chart or an overlay writes them. */
    private String companion(String kind, String api, int n) {
        namespace = workloadNamespace;
        return meta(kind, api, kind.toLowerCase() + "-" + n, n);
    }

    private String meta(String kind, String api, String name, int n) {
        return "apiVersion: " + api + "\nkind: " + kind + "\nmetadata:\n  name: " + name + "\n  namespace: " + namespace
                + "\n  labels:\n    app.kubernetes.io/name: app-" + (n % 97) + "\n    app.kubernetes.io/part-of: shop\n";
    }

    /** Remembers a workload just written, for the Services, autoscalers and policies that follow it. */
    private String workload(String kind, int n, String manifest) {
        workload = n;
        workloadKind = kind;
        workloadNamespace = namespace;
        return manifest;
    }

    /** Two workloads in three run as the namespace's default ServiceAccount, as most do in real repositories. */
    private String serviceAccountName(int n) {
        if (mix == Mix.WORKLOAD_HEAVY) {
            return "app";
        }
        if (random.nextInt(3) > 0) {
            return null;
        }
        serviceAccount = "sa-" + n;
        return serviceAccount;
    }

    private String container(String name, boolean hardened) {
        StringBuilder b = new StringBuilder();
        b.append("        - name: ").append(name).append("\n");
        b.append("          image: ").append(random.nextInt(5) == 0 ? "nginx:latest" : "ghcr.io/acme/" + name + ":1." + random.nextInt(30) + ".0").append("\n");
        b.append("          ports:\n            - containerPort: 8080\n              name: http\n");
        b.append("          env:\n            - name: LOG_LEVEL\n              value: info\n            - name: DB_HOST\n              valueFrom:\n                configMapKeyRef: { name: settings, key: db-host }\n");
        if (hardened) {
            b.append("          securityContext:\n            runAsNonRoot: true\n            runAsUser: 10001\n            allowPrivilegeEscalation: false\n            readOnlyRootFilesystem: true\n            capabilities:\n              drop: [ALL]\n");
            b.append("          readinessProbe:\n            httpGet: { path: /ready, port: http }\n          livenessProbe:\n            httpGet: { path: /live, port: http }\n");
            b.append("          resources:\n            requests: { cpu: 100m, memory: 128Mi }\n            limits: { memory: 256Mi }\n");
        } else if (random.nextBoolean()) {
            b.append("          securityContext:\n            privileged: ").append(random.nextInt(8) == 0 ? "true" : "false").append("\n");
        }
        return b.toString();
    }

    private String podSpec(int n, int containers) {
        String account = serviceAccountName(n);
        StringBuilder b = new StringBuilder("    spec:\n").append(account == null ? "" : "      serviceAccountName: " + account + "\n")
                .append("      containers:\n");
        for (int i = 0; i < containers; i++) {
            b.append(container(i == 0 ? "app" : "sidecar-" + i, random.nextInt(3) > 0));
        }
        if (random.nextInt(6) == 0) {
            b.append("      volumes:\n        - name: host\n          hostPath: { path: /var/log }\n");
        }
        return b.toString();
    }

    private String deployment(int n, int containers) {
        return workload("Deployment", n, meta("Deployment", "apps/v1", n) + "spec:\n  replicas: " + (1 + random.nextInt(3))
                + "\n  selector:\n    matchLabels: { app: app-" + n + " }\n  template:\n    metadata:\n      labels: { app: app-" + n + " }\n"
                + podSpec(n, containers));
    }

    private String statefulSet(int n) {
        return workload("StatefulSet", n, meta("StatefulSet", "apps/v1", n) + "spec:\n  serviceName: db-" + n
                + "\n  selector:\n    matchLabels: { app: app-" + n + " }\n  template:\n    metadata:\n      labels: { app: app-" + n + " }\n"
                + podSpec(n, 1));
    }

    private String cronJob(int n) {
        String head = meta("CronJob", "batch/v1", n); // first: it draws the namespace, as the other kinds do
        String pod = podSpec(n, 1).replace("    spec:\n", "    spec:\n      restartPolicy: OnFailure\n");
        return head + "spec:\n  schedule: \"*/5 * * * *\"\n  jobTemplate:\n    spec:\n      template:\n" + pod.indent(4);
    }

    private String service(int n) {
        String head = mix == Mix.REALISTIC ? companion("Service", "v1", n) : meta("Service", "v1", n);
        int app = mix == Mix.REALISTIC ? workload : n;
        return head + "spec:\n  type: " + (random.nextInt(10) == 0 ? "NodePort" : "ClusterIP")
                + "\n  selector: { app: app-" + app + " }\n  ports:\n    - name: http\n      port: 80\n      targetPort: http\n";
    }

    private String configMap(int n) {
        StringBuilder b = new StringBuilder(meta("ConfigMap", "v1", n)).append("data:\n");
        for (int i = 0; i < 8; i++) {
            b.append("  key-").append(i).append(": \"value ").append(random.nextInt(1000)).append("\"\n");
        }
        b.append("  application.yaml: |\n    server:\n      port: 8080\n    logging:\n      level: info\n");
        return b.toString();
    }

    private String role(int n) {
        roleN = n;
        return meta("Role", "rbac.authorization.k8s.io/v1", n)
                + "rules:\n  - apiGroups: [\"\"]\n    resources: [\"configmaps\", \"pods\"]\n    verbs: [\"get\", \"list\", \"watch\"]\n";
    }

    private String ingress(int n) {
        return meta("Ingress", "networking.k8s.io/v1", n) + "spec:\n  ingressClassName: nginx\n  rules:\n    - host: app-" + n
                + ".example.com\n      http:\n        paths:\n          - path: /\n            pathType: Prefix\n            backend:\n"
                + "              service: { name: app-" + n + ", port: { number: 80 } }\n";
    }

    private String serviceAccount(int n) {
        namespace = workloadNamespace;
        return meta("ServiceAccount", "v1", serviceAccount, n) + "automountServiceAccountToken: false\n";
    }

    private String autoscaler(int n) {
        return companion("HorizontalPodAutoscaler", "autoscaling/v2", n) + "spec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n"
                + "    kind: " + workloadKind + "\n    name: " + workloadKind.toLowerCase() + "-" + workload
                + "\n  minReplicas: 2\n  maxReplicas: 10\n  metrics:\n"
                + "    - type: Resource\n      resource:\n        name: cpu\n        target: { type: Utilization, averageUtilization: 70 }\n";
    }

    private String roleBinding(int n) {
        return companion("RoleBinding", "rbac.authorization.k8s.io/v1", n) + "roleRef:\n  apiGroup: rbac.authorization.k8s.io\n"
                + "  kind: Role\n  name: role-" + roleN + "\nsubjects:\n  - kind: ServiceAccount\n    name: " + serviceAccount + "\n";
    }

    private String disruptionBudget(int n) {
        return companion("PodDisruptionBudget", "policy/v1", n) + "spec:\n  minAvailable: 1\n  selector:\n    matchLabels: { app: app-"
                + workload + " }\n";
    }

    private String networkPolicy(int n) {
        return companion("NetworkPolicy", "networking.k8s.io/v1", n) + "spec:\n  podSelector:\n    matchLabels: { app: app-" + workload
                + " }\n  policyTypes: [Ingress]\n  ingress:\n    - from:\n        - podSelector: {}\n      ports:\n        - port: 8080\n";
    }

    private String volumeClaim(int n) {
        return companion("PersistentVolumeClaim", "v1", n) + "spec:\n  accessModes: [ReadWriteOnce]\n  resources:\n    requests:\n"
                + "      storage: 10Gi\n";
    }

    private String serviceMonitor(int n) {
        return companion("ServiceMonitor", "monitoring.coreos.com/v1", n) + "spec:\n  selector:\n    matchLabels: { app: app-" + workload
                + " }\n  endpoints:\n    - port: http\n      interval: 30s\n";
    }

    private String broken(int n) {
        return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: broken-" + n + "\ndata:\n  list: [a, b\n";
    }
}
