package dev.cairn.maturity.assess.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.model.Location;
import dev.cairn.core.model.ObjectRef;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The indexes answer exactly what a pass over every object would, in path order, each object once. */
class ManifestFactsTest {
    private static final SourcePath BASE = SourcePath.of("deploy/base/deployment.yaml");

    // given out of order: the facts sort them by path, then position
    private final ObjectFacts worker = object("apps/v1", "Deployment", "worker", "b.yaml", 1, "ghcr.io/acme/worker:1", "busybox:1");
    private final ObjectFacts api = object("apps/v1", "Deployment", "api", "a.yaml", 1, "ghcr.io/acme/api:1", "busybox:1");
    private final ObjectFacts service = object("v1", "Service", "api", "a.yaml", 20);
    private final ObjectFacts policy = object("kyverno.io/v1", "ClusterPolicy", "require-labels", "c.yaml", 1);
    private final ObjectFacts monitor = object("monitoring.coreos.com/v1", "ServiceMonitor", "api", "a.yaml", 30);
    private final ObjectFacts sidecars = object("apps/v1", "DaemonSet", "agent", "a.yaml", 40, "busybox:1", "busybox:1");
    private final ManifestFacts facts = new ManifestFacts(List.of(worker, policy, monitor, service, sidecars, api));

    @Test
    void objectsAreInPathOrder() {
        assertThat(facts.objects()).containsExactly(api, service, monitor, sidecars, worker, policy);
    }

    @Test
    void severalKindsComeInPathOrder() {
        assertThat(facts.ofKind("Deployment", "Service")).containsExactly(api, service, worker);
        assertThat(facts.ofKind("Deployment")).containsExactly(api, worker);
        assertThat(facts.ofKind("Ingress", "Gateway")).isEmpty();
    }

    @Test
    void typesAreTestedOncePerDistinctApiVersionAndKind() {
        List<String> tested = new ArrayList<>();

        List<ObjectFacts> apps = facts.ofType((apiVersion, kind) -> {
            tested.add(apiVersion + " " + kind);
            return apiVersion.startsWith("apps/");
        });

        assertThat(apps).containsExactly(api, sidecars, worker);
        assertThat(tested).containsExactlyInAnyOrder("apps/v1 Deployment", "v1 Service", "kyverno.io/v1 ClusterPolicy",
                "monitoring.coreos.com/v1 ServiceMonitor", "apps/v1 DaemonSet");
    }

    @Test
    void groupsMatchByApiVersionPrefix() {
        assertThat(facts.inGroup(List.of("kyverno.io/", "monitoring.coreos.com/"))).containsExactly(monitor, policy);
        assertThat(facts.inGroup(List.of("kyverno.io/v2"))).isEmpty();
    }

    @Test
    void imagesAreTestedOncePerDistinctImageAndEachRunnerComesOnce() {
        List<String> tested = new ArrayList<>();

        List<ObjectFacts> busybox = facts.runningImage(image -> {
            tested.add(image);
            return image.startsWith("busybox");
        });

        // the DaemonSet runs busybox in two containers, and is listed once
        assertThat(busybox).containsExactly(api, sidecars, worker);
        assertThat(tested).containsExactlyInAnyOrder("ghcr.io/acme/worker:1", "busybox:1", "ghcr.io/acme/api:1");
        assertThat(facts.runningImage(image -> image.contains("acme"))).containsExactly(api, worker);
    }

    @Test
    void anyOfMergesSelectionsInPathOrderEachObjectOnce() {
        List<ObjectFacts> merged = facts.anyOf(facts.ofKind("ClusterPolicy"), facts.runningImage(i -> i.contains("acme")),
                facts.ofKind("Deployment"));

        assertThat(merged).containsExactly(api, worker, policy);
        assertThat(facts.anyOf()).isEmpty();
    }

    @Test
    void anyOfKeepsEqualObjectsApartByIdentity() {
        ObjectFacts first = object("apps/v1", "Deployment", "api", "a.yaml", 1);
        ObjectFacts copy = object("apps/v1", "Deployment", "api", "a.yaml", 1);
        ObjectFacts other = object("v1", "Service", "api", "a.yaml", 5);
        ManifestFacts twice = new ManifestFacts(List.of(first, copy, other));

        assertThat(twice.anyOf(twice.ofKind("Service"), twice.ofKind("Deployment"))).hasSize(3)
                .satisfies(list -> assertThat(list.get(0)).isSameAs(first), list -> assertThat(list.get(1)).isSameAs(copy));
    }

    @Test
    void anyOfRefusesObjectsOfOtherFacts() {
        ObjectFacts stranger = object("v1", "ConfigMap", "settings", "z.yaml", 1);

        assertThatThrownBy(() -> facts.anyOf(facts.ofKind("Service"), List.of(stranger)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("not an object of these manifests: ConfigMap/default/settings");
    }

    @Test
    void onlyWorkloadsRunImagesSoThatRunnersAreWorkloads() {
        Location at = new Location(SourcePath.of("a.yaml"), new Span(1, 1, 1, 2), "", 0);
        ImageUse nginx = new ImageUse("nginx:1.27", "web", at);

        assertThatThrownBy(() -> new ObjectFacts(new ObjectRef("v1", "Service", "default", "api"), at, false, List.of(nginx), Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("only a workload runs images: Service/default/api");
    }

    @Test
    void oneBaseRenderedThroughThreeOverlaysCountsOnce() {
        List<ObjectFacts> rendered = List.of(deployment("api", "dev", BASE, 1), deployment("api", "staging", BASE, 1),
                deployment("api", "prod", BASE, 1));

        assertThat(ManifestFacts.declaredOnce(rendered)).singleElement().extracting(o -> o.ref().namespace()).isEqualTo("dev");
        assertThat(new ManifestFacts(rendered).declaredWorkloads()).singleElement().extracting(o -> o.ref().namespace())
                .isEqualTo("dev");
    }

    @Test
    void sameNameInOtherFilesOrDocumentsStaysApart() {
        List<ObjectFacts> declared = List.of(deployment("api", "dev", BASE, 1), deployment("api", "dev", BASE, 2),
                deployment("api", "dev", SourcePath.of("legacy/prod/deployment.yaml"), 1), deployment("worker", "dev", BASE, 1));

        assertThat(ManifestFacts.declaredOnce(declared)).hasSize(4);
    }

    @Test
    void declaredWorkloadsLeaveOutObjectsWithoutPods() {
        assertThat(facts.declaredWorkloads()).containsExactly(api, sidecars, worker);
    }

    private static ObjectFacts deployment(String name, String namespace, SourcePath path, int document) {
        Location at = new Location(path, new Span(1, 1, 1, 2), "", document);
        return new ObjectFacts(new ObjectRef("apps/v1", "Deployment", namespace, name), at, true, List.of(), Set.of());
    }

    private static ObjectFacts object(String apiVersion, String kind, String name, String path, int line, String... images) {
        Location at = new Location(SourcePath.of(path), new Span(line, 1, line, 2), "", 0);
        List<ImageUse> uses = new ArrayList<>();
        for (int i = 0; i < images.length; i++) {
            Location image = new Location(SourcePath.of(path), new Span(line + 5 + i, 1, line + 5 + i, 2), "", 0);
            uses.add(new ImageUse(images[i], "c" + i, image));
        }
        boolean workload = kind.equals("Deployment") || kind.equals("DaemonSet");
        return new ObjectFacts(new ObjectRef(apiVersion, kind, "default", name), at, workload, uses, Set.of());
    }
}
