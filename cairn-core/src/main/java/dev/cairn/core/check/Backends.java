package dev.cairn.core.check;

import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Services an Ingress or a Gateway API route sends traffic to, in its own namespace: each as the entry
 * that names it ({@code name: web} of a {@code networking.k8s.io/v1} backend, {@code serviceName: web} of
 * the older APIs, {@code name: web} of a route's {@code backendRefs}). Resource backends, and backend
 * references to other kinds or other namespaces, are left out.
 */
final class Backends {
    private Backends() {}

    static List<YEntry> of(K8sObject object) {
        String kind = object.kind();
        String apiVersion = object.ref().apiVersion();
        boolean ingress = kind.equals("Ingress") && (apiVersion.startsWith("networking.k8s.io/") || apiVersion.startsWith("extensions/"));
        boolean route = kind.endsWith("Route") && apiVersion.startsWith("gateway.networking.k8s.io/");
        Optional<YMap> spec = ingress || route ? object.root().map("spec") : Optional.empty();
        if (spec.isEmpty()) {
            return List.of(); // every object of the scan asks: most are neither
        }
        List<YEntry> out = new ArrayList<>();
        if (ingress) {
            spec.flatMap(s -> s.map("defaultBackend").or(() -> s.map("backend"))).ifPresent(b -> ingressBackend(b, out));
            for (YMap rule : maps(spec.get(), "rules")) {
                rule.map("http").ifPresent(http -> maps(http, "paths")
                        .forEach(path -> path.map("backend").ifPresent(b -> ingressBackend(b, out))));
            }
        } else {
            for (YMap rule : maps(spec.get(), "rules")) {
                for (YMap ref : maps(rule, "backendRefs")) {
                    boolean service = ref.string("kind").orElse("Service").equals("Service")
                            && ref.string("group").orElse("").isEmpty();
                    if (service && ref.get("namespace").isEmpty()) {
                        named(ref, "name", out);
                    }
                }
            }
        }
        return out;
    }

    /** {@code service.name} (networking.k8s.io/v1) or {@code serviceName} (v1beta1). */
    private static void ingressBackend(YMap backend, List<YEntry> out) {
        backend.map("service").ifPresentOrElse(s -> named(s, "name", out), () -> named(backend, "serviceName", out));
    }

    /** The entry when it holds a name (not a null or a blank); the checks judge whether it is a placeholder. */
    private static void named(YMap map, String key, List<YEntry> out) {
        map.entry(key).filter(e -> e.value() instanceof YScalar s && !s.isNull() && !s.text().isBlank()).ifPresent(out::add);
    }

    private static List<YMap> maps(YMap map, String key) {
        return map.seq(key).map(seq -> seq.items().stream().map(YNode::asMap).flatMap(Optional::stream).toList())
                .orElse(List.of());
    }
}
