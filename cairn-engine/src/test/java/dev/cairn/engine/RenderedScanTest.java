package dev.cairn.engine;

import static dev.cairn.engine.Trees.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cairn.core.model.Finding;
import dev.cairn.core.model.NoteKind;
import dev.cairn.core.model.ScanReport;
import dev.cairn.ingest.render.ProcessRunner;
import dev.cairn.ingest.render.RenderMode;
import dev.cairn.ingest.render.RenderTools;
import dev.cairn.ingest.render.Rendering;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scans with rendering: what overlays and charts deploy is checked, each finding at the line a person edits,
 * and a base used by several overlays is reported once, not once per overlay and once more raw.
 */
class RenderedScanTest {
    @TempDir
    Path root;

    /** A kustomize base whose only resource is the given Deployment. */
    private void base(String deployment) throws IOException {
        write(root, "deploy/base/kustomization.yaml", "resources:\n  - deployment.yaml\n");
        write(root, "deploy/base/deployment.yaml", deployment);
    }

    /** The Deployment web, its pod template labelled app=web, with {@code spec} lines before the template. */
    private static String labelledWeb(String spec) {
        return "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n" + spec + """
                  template:
                    metadata:
                      labels: { app: web }
                    spec:
                      containers:
                        - name: web
                          image: registry.example.com/web:1.0.0
                """;
    }

    private void overlays() throws IOException {
        base("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  replicas: 2
                  template:
                    spec:
                      containers:
                        - name: web
                          image: registry.example.com/web:1.0.0
                """);
        write(root, "deploy/overlays/dev/kustomization.yaml", "namespace: dev\nresources:\n  - ../../base\n");
        write(root, "deploy/overlays/prod/kustomization.yaml", """
                namespace: prod
                resources:
                  - ../../base
                patches:
                  - path: debug.yaml
                """);
        write(root, "deploy/overlays/prod/debug.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  template:
                    spec:
                      containers:
                        - name: web
                          securityContext:
                            privileged: true
                """);
    }

    @Test
    void aBaseFindingIsReportedOnceAtTheBaseAndAPatchFindingAtThePatch() throws Exception {
        assumeKustomize();
        overlays();
        ScanReport report = scan(RenderMode.AUTO, System.getenv("PATH"));

        List<Finding> memoryLimit = report.findings().stream().filter(f -> f.checkId().value().equals("K8S-008")).toList();
        assertThat(memoryLimit).extracting(Trees::where).containsExactly("deploy/base/deployment.yaml:10:11 K8S-008");
        assertThat(memoryLimit.get(0).message()).endsWith("(in 2 render variants: deploy/overlays/dev, deploy/overlays/prod)");
        // in prod the container's securityContext comes from the patch, so its missing runAsNonRoot is reported there
        assertThat(report.findings()).filteredOn(f -> f.checkId().value().equals("K8S-003")).extracting(Trees::where)
                .containsExactly("deploy/base/deployment.yaml:10:11 K8S-003", "deploy/overlays/prod/debug.yaml:11:13 K8S-003");
        assertThat(report.findings()).filteredOn(f -> f.checkId().value().equals("K8S-001")).extracting(Trees::where)
                .containsExactly("deploy/overlays/prod/debug.yaml:11:13 K8S-001");
        assertThat(report.findings()).filteredOn(f -> f.checkId().value().equals("K8S-001")).singleElement()
                .satisfies(f -> assertThat(f.object().namespace()).isEqualTo("prod"));
        assertThat(report.target().inputs().objects()).as("two rendered Deployments, no raw one").isEqualTo(2);
        assertThat(report.notes()).noneMatch(n -> n.kind() == NoteKind.KUSTOMIZE_NOT_RENDERED);
    }

    @Test
    void fingerprintsOfRenderedFindingsDependOnTheVariantNotOnLines() throws Exception {
        assumeKustomize();
        overlays();
        String before = fingerprint(scan(RenderMode.AUTO, System.getenv("PATH")), "K8S-001");
        write(root, "deploy/overlays/prod/debug.yaml", "# debugging only\n\n" + java.nio.file.Files.readString(
                root.resolve("deploy/overlays/prod/debug.yaml")));
        ScanReport moved = scan(RenderMode.AUTO, System.getenv("PATH"));
        assertThat(moved.findings()).filteredOn(f -> f.checkId().value().equals("K8S-001")).extracting(Trees::where)
                .containsExactly("deploy/overlays/prod/debug.yaml:13:13 K8S-001");
        assertThat(fingerprint(moved, "K8S-001")).isEqualTo(before);
    }

    /**
     * Two overlays render the same Deployment (no namespace of their own), and one scales it down to a single
     * replica. The disruption budget finding names the variant still replicated: when the other overlay is
     * the one scaled down, the finding is a new one, which a baseline of the first scan must not hide.
     */
    @Test
    void aCrossObjectFindingAboutOneRenderVariantIsFingerprintedWithThatVariant() throws Exception {
        assumeKustomize();
        base(labelledWeb("  replicas: 2\n  selector:\n    matchLabels: { app: web }\n"));
        String scaledDown = "resources:\n  - ../../base\nreplicas:\n  - name: web\n    count: 1\n";
        String asIs = "resources:\n  - ../../base\n";
        Finding devReplicated = onlyFinding(asIs, scaledDown, "K8S-059");
        Finding prodReplicated = onlyFinding(scaledDown, asIs, "K8S-059");

        atTheBaseToldApartByVariant(devReplicated, prodReplicated, "K8S-059");
    }

    /**
     * Both overlays leave the namespace unset and only one adds a default-deny NetworkPolicy. That policy is
     * deployed with its overlay alone, so the other overlay's Deployment is still selected by no policy; a
     * policy among the raw manifests, which may be applied beside either overlay, covers both.
     */
    @Test
    void aNetworkPolicyOfOneOverlayCoversNoWorkloadOfAnother() throws Exception {
        assumeKustomize();
        base(labelledWeb(""));
        String denyAll = "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: deny-all\nspec:\n  podSelector: {}\n";
        String withPolicy = "resources:\n  - ../../base\n  - deny-all.yaml\n";
        String without = "resources:\n  - ../../base\n";
        // a file no kustomization lists would be a raw manifest: each arrangement writes the policy where it is used
        write(root, "deploy/overlays/dev/deny-all.yaml", denyAll);
        Finding prodUncovered = onlyFinding(withPolicy, without, "K8S-054");

        java.nio.file.Files.move(root.resolve("deploy/overlays/dev/deny-all.yaml"), root.resolve("deploy/overlays/prod/deny-all.yaml"));
        Finding devUncovered = onlyFinding(without, withPolicy, "K8S-054");

        atTheBaseToldApartByVariant(prodUncovered, devUncovered, "K8S-054");

        write(root, "policies/deny-all.yaml", denyAll);
        assertThat(scan(RenderMode.AUTO, System.getenv("PATH")).findings())
                .noneMatch(f -> f.checkId().value().equals("K8S-054"));
    }

    @Test
    void withoutARendererTheFilesAreScannedRawAndThatIsSaidOnce() throws Exception {
        overlays();
        ScanReport report = scan(RenderMode.AUTO, "");

        assertThat(report.findings()).filteredOn(f -> f.checkId().value().equals("K8S-003")).extracting(Trees::where)
                .containsExactly("deploy/base/deployment.yaml:10:11 K8S-003");
        assertThat(report.findings()).noneMatch(f -> f.checkId().value().equals("K8S-001"));
        assertThat(report.notes()).filteredOn(n -> n.kind() == NoteKind.KUSTOMIZE_NOT_RENDERED).singleElement()
                .satisfies(n -> assertThat(n.path().value()).isEqualTo("deploy/overlays/dev/kustomization.yaml"));
    }

    @Test
    void aChartIsRenderedInProcessAndAValuesSettingIsReportedAtItsLine() throws Exception {
        write(root, "chart/Chart.yaml", "apiVersion: v2\nname: web\nversion: 0.1.0\n");
        write(root, "chart/values.yaml", "image:\n  repository: registry.example.com/web\n  tag: latest\n");
        write(root, "chart/templates/deployment.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: {{ .Release.Name }}
                spec:
                  replicas: 2
                  template:
                    spec:
                      containers:
                        - name: web
                          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
                """);
        ScanReport report = scan(RenderMode.AUTO, "");

        assertThat(report.findings()).filteredOn(f -> f.checkId().value().equals("K8S-006")).extracting(Trees::where)
                .containsExactly("chart/values.yaml:3:3 K8S-006");
        assertThat(report.findings()).filteredOn(f -> f.checkId().value().equals("K8S-003")).extracting(Trees::where)
                .containsExactly("chart/templates/deployment.yaml:10:11 K8S-003");
        assertThat(report.notes()).noneMatch(n -> n.kind() == NoteKind.HELM_TEMPLATE_NOT_RENDERED);
        assertThat(report.checks()).filteredOn(r -> r.checkId().value().equals("CAIRN-004")).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(dev.cairn.core.model.CheckStatus.PASS));
    }

    @Test
    void aChartThatDoesNotRenderIsAFindingAndTheScanGoesOn() throws Exception {
        write(root, "chart/Chart.yaml", """
                apiVersion: v2
                name: web
                version: 0.1.0
                dependencies:
                  - name: postgresql
                    version: 16.0.0
                    repository: oci://registry.example.com/charts
                """);
        write(root, "chart/templates/configmap.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n");
        write(root, "k8s/pod.yaml", """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: debug
                spec:
                  containers:
                    - name: debug
                      image: busybox:1.36
                      securityContext:
                        privileged: true
                """);
        ScanReport report = scan(RenderMode.AUTO, "");

        assertThat(report.findings()).filteredOn(f -> f.checkId().value().equals("CAIRN-004")).extracting(Trees::where)
                .containsExactly("chart/Chart.yaml:5:5 CAIRN-004");
        assertThat(report.findings()).filteredOn(f -> f.checkId().value().equals("K8S-001")).extracting(Trees::where)
                .containsExactly("k8s/pod.yaml:10:9 K8S-001");
    }

    @Test
    void renderOffScansFilesAsTheyAre() throws Exception {
        overlays();
        ScanReport report = scan(RenderMode.OFF, System.getenv("PATH"));

        assertThat(report.findings()).noneMatch(f -> f.checkId().value().equals("K8S-001"));
        assertThat(report.notes()).extracting(n -> n.kind()).contains(NoteKind.KUSTOMIZE_NOT_RENDERED);
    }

    private ScanReport scan(RenderMode mode, String path) throws ScanFailedException {
        var registry = Trees.builtIns();
        ScanRequest request = new ScanRequest(root, "repo", Trees.config(root), Set.of(), List.of(), false)
                .rendering(new Rendering.Options(mode, "1.31", path, ProcessRunner.defaults()));
        return new Scanner(registry, Trees.CLOCK, Trees.TOOL, 2).scan(request);
    }

    /** Writes the dev and prod overlays' kustomizations, renders, and returns the scan's one finding of the check. */
    private Finding onlyFinding(String dev, String prod, String check) throws Exception {
        write(root, "deploy/overlays/dev/kustomization.yaml", dev);
        write(root, "deploy/overlays/prod/kustomization.yaml", prod);
        return single(scan(RenderMode.AUTO, System.getenv("PATH")), check);
    }

    /** Two findings of one check at the base's line that a person edits, with fingerprints that name their variants. */
    private static void atTheBaseToldApartByVariant(Finding first, Finding second, String check) {
        assertThat(Trees.where(first)).isEqualTo("deploy/base/deployment.yaml:1:1 " + check);
        assertThat(Trees.where(second)).isEqualTo(Trees.where(first));
        assertThat(second.fingerprint()).isNotEqualTo(first.fingerprint());
    }

    private static Finding single(ScanReport report, String check) {
        List<Finding> found = report.findings().stream().filter(f -> f.checkId().value().equals(check)).toList();
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    private static String fingerprint(ScanReport report, String check) {
        return report.findings().stream().filter(f -> f.checkId().value().equals(check)).findFirst().orElseThrow().fingerprint();
    }

    private static void assumeKustomize() {
        var lookup = new RenderTools(System.getenv("PATH"), ProcessRunner.defaults()).kustomize();
        if (lookup.kustomize().isEmpty()) {
            System.err.println("RenderedScanTest: kustomize rendering skipped: " + lookup.whyNot());
        }
        assumeTrue(lookup.kustomize().isPresent(), () -> "kustomize rendering not tested: " + lookup.whyNot());
    }
}
