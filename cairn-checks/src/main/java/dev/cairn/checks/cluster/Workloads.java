package dev.cairn.checks.cluster;

import dev.cairn.core.cluster.ClusterSnapshot;
import dev.cairn.core.k8s.ContainerView;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.k8s.PodSpecView;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Finds running software by name: what the presence checks ask ("is a log shipper running?"). */
final class Workloads {
    static final Set<String> CONTROLLERS = Set.of("Deployment", "DaemonSet", "StatefulSet");

    private Workloads() {}

    /**
     * Whether a question about the whole cluster can be answered: every namespace was read, and the
     * controllers could be listed. Otherwise "none found" would only mean "not looked at".
     */
    static boolean wholeCluster(ClusterSnapshot cluster) {
        return cluster.info().namespace() == null
                && CONTROLLERS.stream().noneMatch(cluster.kindsNotRead()::contains);
    }

    /** The first controller in the given kinds whose name or a container image's repository names one of the words. */
    static Optional<K8sObject> named(ClusterSnapshot cluster, Set<String> kinds, List<String> words) {
        return cluster.objects().stream().filter(o -> kinds.contains(o.kind()))
                .filter(o -> matches(o.ref().name(), words) || images(o).stream().anyMatch(i -> matches(repository(i), words)))
                .findFirst();
    }

    private static List<String> images(K8sObject object) {
        return PodSpecView.of(object).map(PodSpecView::allContainers).orElse(List.of()).stream()
                .map(ContainerView::node).map(n -> n.string("image").orElse("")).toList();
    }

    /** The image's last path segment without tag or digest: {@code fluent-bit} of {@code cr.fluentbit.io/fluent/fluent-bit:3.1}. */
    static String repository(String image) {
        String name = image.replaceFirst("@.*$", "");
        int slash = name.lastIndexOf('/');
        name = slash < 0 ? name : name.substring(slash + 1);
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(0, colon);
    }

    private static boolean matches(String name, List<String> words) {
        String n = name.toLowerCase(Locale.ROOT);
        return words.stream().anyMatch(w -> n.equals(w) || n.startsWith(w + "-") || n.endsWith("-" + w) || n.contains("-" + w + "-"));
    }
}
