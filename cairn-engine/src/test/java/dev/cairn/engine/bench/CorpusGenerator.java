package dev.cairn.engine.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a realistic manifest corpus: N objects over M multi-document files in nested folders, mixed
 * kinds (workloads with several containers, Services, ConfigMaps, RBAC, Ingress, Lists), about one
 * document in two hundred broken. Deterministic for a given seed.
 */
public final class CorpusGenerator {
    private final Random random;

    public CorpusGenerator(long seed) {
        this.random = new Random(seed);
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
        if (pick < 40) return deployment(n);
        if (pick < 60) return service(n);
        if (pick < 72) return configMap(n);
        if (pick < 80) return statefulSet(n);
        if (pick < 86) return cronJob(n);
        if (pick < 92) return role(n);
        return ingress(n);
    }

    private String meta(String kind, String api, int n) {
        return "apiVersion: " + api + "\nkind: " + kind + "\nmetadata:\n  name: " + kind.toLowerCase() + "-" + n
                + "\n  namespace: " + (random.nextInt(10) == 0 ? "default" : "ns-" + (n % 13))
                + "\n  labels:\n    app.kubernetes.io/name: app-" + (n % 97) + "\n    app.kubernetes.io/part-of: shop\n";
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

    private String podSpec(int containers) {
        StringBuilder b = new StringBuilder("    spec:\n      serviceAccountName: app\n      containers:\n");
        for (int i = 0; i < containers; i++) {
            b.append(container(i == 0 ? "app" : "sidecar-" + i, random.nextInt(3) > 0));
        }
        if (random.nextInt(6) == 0) {
            b.append("      volumes:\n        - name: host\n          hostPath: { path: /var/log }\n");
        }
        return b.toString();
    }

    private String deployment(int n) {
        return meta("Deployment", "apps/v1", n) + "spec:\n  replicas: " + (1 + random.nextInt(3))
                + "\n  selector:\n    matchLabels: { app: app-" + n + " }\n  template:\n    metadata:\n      labels: { app: app-" + n + " }\n"
                + podSpec(1 + random.nextInt(3));
    }

    private String statefulSet(int n) {
        return meta("StatefulSet", "apps/v1", n) + "spec:\n  serviceName: db-" + n
                + "\n  selector:\n    matchLabels: { app: db-" + n + " }\n  template:\n    metadata:\n      labels: { app: db-" + n + " }\n"
                + podSpec(1);
    }

    private String cronJob(int n) {
        String pod = podSpec(1).replace("\n    ", "\n          ").replace("    spec:", "          spec:");
        return meta("CronJob", "batch/v1", n) + "spec:\n  schedule: \"*/5 * * * *\"\n  jobTemplate:\n    spec:\n      template:\n"
                + pod.replace("\n      containers:", "\n            restartPolicy: OnFailure\n            containers:")
                        .replace("\n        - name", "\n              - name").replace("\n          ", "\n                ");
    }

    private String service(int n) {
        return meta("Service", "v1", n) + "spec:\n  type: " + (random.nextInt(10) == 0 ? "NodePort" : "ClusterIP")
                + "\n  selector: { app: app-" + n + " }\n  ports:\n    - name: http\n      port: 80\n      targetPort: http\n";
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
        return meta("Role", "rbac.authorization.k8s.io/v1", n)
                + "rules:\n  - apiGroups: [\"\"]\n    resources: [\"configmaps\", \"pods\"]\n    verbs: [\"get\", \"list\", \"watch\"]\n";
    }

    private String ingress(int n) {
        return meta("Ingress", "networking.k8s.io/v1", n) + "spec:\n  ingressClassName: nginx\n  rules:\n    - host: app-" + n
                + ".example.com\n      http:\n        paths:\n          - path: /\n            pathType: Prefix\n            backend:\n"
                + "              service: { name: app-" + n + ", port: { number: 80 } }\n";
    }

    private String broken(int n) {
        return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: broken-" + n + "\ndata:\n  list: [a, b\n";
    }
}
