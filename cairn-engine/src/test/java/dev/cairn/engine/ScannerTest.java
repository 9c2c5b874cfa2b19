package dev.cairn.engine;

import static dev.cairn.engine.Trees.copyExample;
import static dev.cairn.engine.Trees.countsById;
import static dev.cairn.engine.Trees.foundation;
import static dev.cairn.engine.Trees.scan;
import static dev.cairn.engine.Trees.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.Fingerprints;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.ObjectCheck;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.CheckId;
import dev.cairn.core.model.CheckResult;
import dev.cairn.core.model.CheckStatus;
import dev.cairn.core.model.Finding;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.Note;
import dev.cairn.core.model.ObjectRef;
import dev.cairn.core.model.ScanReport;
import dev.cairn.core.model.Severity;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.model.Span;
import dev.cairn.core.model.Suppression;
import dev.cairn.core.model.SuppressionKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The scan pipeline end to end, over copies of the project's examples and trees the tests write. */
class ScannerTest {
    @TempDir
    Path tmp;

    /** Reports every object it sees, to show which objects the scan lifted out of which documents. */
    static final class InventoryCheck implements ObjectCheck {
        @Override
        public CheckSpec spec() {
            return CheckSpec.builder("K8S-990", "test-inventory").title("Every object, for tests").severity(Severity.INFO).build();
        }

        @Override
        public boolean appliesTo(K8sObject object) {
            return true;
        }

        @Override
        public void check(K8sObject object, FindingSink sink) {
            sink.report(object.root(), object.kind() + " " + object.ref().name());
        }
    }

    /** Throws on one object; the scan must record the error for this check only. */
    static final class ThrowingCheck implements ObjectCheck {
        @Override
        public CheckSpec spec() {
            return CheckSpec.builder("K8S-991", "test-throwing").title("Throws, for tests").severity(Severity.CRITICAL).build();
        }

        @Override
        public boolean appliesTo(K8sObject object) {
            return true;
        }

        @Override
        public void check(K8sObject object, FindingSink sink) {
            if (object.ref().name().equals("redis") && object.kind().equals("Deployment")) {
                throw new IllegalStateException("boom");
            }
            sink.report(object.root(), "seen " + object.ref().name());
        }
    }

    /** Throws on every object: which error the report keeps must not depend on thread timing. */
    static final class AlwaysThrowingCheck implements ObjectCheck {
        @Override
        public CheckSpec spec() {
            return CheckSpec.builder("K8S-992", "test-always-throwing").title("Always throws, for tests").severity(Severity.LOW).build();
        }

        @Override
        public boolean appliesTo(K8sObject object) {
            return true;
        }

        @Override
        public void check(K8sObject object, FindingSink sink) {
            throw new IllegalArgumentException("cannot judge " + object.ref().name());
        }
    }

    private static final List<String> CARELESS_FOUNDATION = List.of(
            "deploy/base/deployment.yaml:18:11 K8S-007",
            "deploy/base/deployment.yaml:19:11 K8S-006",
            "deploy/base/deployment.yaml:28:13 K8S-008",
            "deploy/base/deployment.yaml:31:13 K8S-002",
            "deploy/base/deployment.yaml:31:13 K8S-003",
            "deploy/base/deployment.yaml:32:11 K8S-002",
            "deploy/base/deployment.yaml:32:11 K8S-003",
            "deploy/base/deployment.yaml:32:11 K8S-007",
            "deploy/base/deployment.yaml:32:11 K8S-008",
            "deploy/base/deployment.yaml:33:11 K8S-006",
            "manifests/broken-configmap.yaml:18:11 CAIRN-001",
            "manifests/debug-pod.yaml:6:3 K8S-009",
            "manifests/debug-pod.yaml:9:7 K8S-002",
            "manifests/debug-pod.yaml:9:7 K8S-003",
            "manifests/debug-pod.yaml:9:7 K8S-007",
            "manifests/debug-pod.yaml:9:7 K8S-008",
            "manifests/log-agent.yaml:17:7 K8S-004",
            "manifests/log-agent.yaml:19:11 K8S-007",
            "manifests/log-agent.yaml:22:13 K8S-001",
            "manifests/log-agent.yaml:22:13 K8S-002",
            "manifests/log-agent.yaml:22:13 K8S-003",
            "manifests/log-agent.yaml:24:13 K8S-008",
            "manifests/log-agent.yaml:36:19 K8S-005",
            "manifests/log-agent.yaml:39:19 K8S-005",
            "manifests/redis.yaml:5:3 K8S-009",
            "manifests/redis.yaml:19:11 K8S-002",
            "manifests/redis.yaml:19:11 K8S-003",
            "manifests/redis.yaml:19:11 K8S-007",
            "manifests/redis.yaml:19:11 K8S-008",
            "manifests/redis.yaml:20:11 K8S-006",
            "manifests/redis.yaml:28:3 K8S-009");

    @Test
    void carelessGivesExactlyTheFoundationFindings() throws Exception {
        ScanReport report = scan(copyExample("careless", tmp));

        assertThat(countsById(report.findings())).isEqualTo(Map.of(
                "CAIRN-001", 1L, "K8S-001", 1L, "K8S-002", 5L, "K8S-003", 5L, "K8S-004", 1L,
                "K8S-005", 2L, "K8S-006", 3L, "K8S-007", 5L, "K8S-008", 5L, "K8S-009", 3L));
        assertThat(foundation(report)).extracting(Trees::where).containsExactlyElementsOf(CARELESS_FOUNDATION);
        assertThat(foundation(report)).allSatisfy(f -> assertThat(f.suppressed()).isNull());
        assertThat(report.checks()).filteredOn(c -> Trees.FOUNDATION.contains(c.checkId().value()))
                .extracting(c -> c.checkId().value(), CheckResult::status, CheckResult::findings, CheckResult::suppressed)
                .containsExactly(
                        tuple("CAIRN-001", CheckStatus.FAIL, 1, 0), tuple("K8S-001", CheckStatus.FAIL, 1, 0),
                        tuple("K8S-002", CheckStatus.FAIL, 5, 0), tuple("K8S-003", CheckStatus.FAIL, 5, 0),
                        tuple("K8S-004", CheckStatus.FAIL, 1, 0), tuple("K8S-005", CheckStatus.FAIL, 2, 0),
                        tuple("K8S-006", CheckStatus.FAIL, 3, 0), tuple("K8S-007", CheckStatus.FAIL, 5, 0),
                        tuple("K8S-008", CheckStatus.FAIL, 5, 0), tuple("K8S-009", CheckStatus.FAIL, 3, 0));
        // scanned as files are (ScanRequest's default), which is said once
        assertThat(report.notes()).extracting(n -> n.path().value(), Note::kind).containsExactly(
                tuple("deploy/overlays/dev/kustomization.yaml", dev.cairn.core.model.NoteKind.KUSTOMIZE_NOT_RENDERED));
        var inputs = report.target().inputs();
        assertThat(List.of(inputs.objects(), inputs.kustomizations(), inputs.dockerfiles(), inputs.pipelines(), inputs.helmCharts()))
                .containsExactly(11, 2, 1, 1, 0);
        assertThat(report.target().commit()).isNull();
        assertThat(report.target().repository()).isEqualTo("careless");
        assertThat(report.target().path()).isEqualTo("careless");
        assertThat(report.target().scannedAt()).isEqualTo(Trees.CLOCK.instant());
    }

    @Test
    void brokenDocumentIsOneFindingAndItsNeighboursAreStillObjects() throws Exception {
        ScanReport report = scan(Trees.builtInsAnd(new InventoryCheck()), copyExample("careless", tmp), Set.of());

        List<Finding> inFile = report.findings().stream()
                .filter(f -> f.location().path().value().equals("manifests/broken-configmap.yaml"))
                .filter(f -> Set.of("CAIRN-001", "K8S-990").contains(f.checkId().value())).toList();
        assertThat(inFile).extracting(f -> f.checkId().value(), f -> f.location().span().startLine(),
                        f -> f.location().span().startColumn(), f -> f.location().document(), Finding::object, Finding::message)
                .containsExactly(
                        tuple("K8S-990", 1, 1, 0, new ObjectRef("v1", "ConfigMap", null, "todo-proxy-conf"), "ConfigMap todo-proxy-conf"),
                        tuple("CAIRN-001", 18, 11, 1, null,
                                "broken-configmap.yaml cannot be parsed (document 2): mapping values are not allowed here"),
                        tuple("K8S-990", 24, 1, 2, new ObjectRef("v1", "Service", null, "postgres"), "Service postgres"));
        Finding parseError = inFile.get(1);
        assertThat(parseError.severity()).isEqualTo(Severity.HIGH);
        assertThat(parseError.slug()).isEqualTo("parse-error");
        assertThat(parseError.location().span()).isEqualTo(Span.point(18, 11));
    }

    @Test
    void kustomizePatchIsNotJudgedAsAnObject() throws Exception {
        ScanReport report = scan(Trees.builtInsAnd(new InventoryCheck()), copyExample("careless", tmp), Set.of());

        // dev-patch.yaml sets hostNetwork: true, which K8S-004 would report on a whole Deployment
        assertThat(report.findings()).filteredOn(f -> f.location().path().value().equals("deploy/overlays/dev/dev-patch.yaml"))
                .isEmpty();
        assertThat(report.findings()).filteredOn(f -> f.checkId().value().equals("K8S-990")).extracting(f -> f.location().path().value())
                .containsExactly(
                        "deploy/base/deployment.yaml", "deploy/base/service.yaml", "manifests/admin-binding.yaml",
                        "manifests/broken-configmap.yaml", "manifests/broken-configmap.yaml", "manifests/db-secret.yaml",
                        "manifests/debug-pod.yaml", "manifests/ingress.yaml", "manifests/log-agent.yaml",
                        "manifests/redis.yaml", "manifests/redis.yaml");
    }

    @Test
    void helmTemplatesAreNeverParsedAndTheChartIsNoted() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("repo"));
        write(root, "charts/web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 0.1.0\n");
        write(root, "charts/web/values.yaml", "replicas: 2\nimage: {tag: 1.0.0}\n");
        write(root, "charts/web/values-prod.yaml", "replicas: [3\n");
        write(root, "charts/web/templates/deployment.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: {{ include "web.fullname" . }}
                spec:
                  template:
                    spec:
                      containers:
                        - name: web
                          securityContext: {privileged: true}
                {{- if .Values.extra }}
                  {{- toYaml .Values.extra | nindent 2 }}
                {{- end }}
                """);

        ScanReport report = scan(root);

        assertThat(foundation(report)).extracting(Trees::where).containsExactly("charts/web/values-prod.yaml:2:1 CAIRN-001");
        assertThat(report.findings()).noneMatch(f -> f.location().path().value().startsWith("charts/web/templates/"));
        assertThat(report.notes()).extracting(n -> n.path().value(), Note::kind)
                .containsExactly(tuple("charts/web/Chart.yaml", dev.cairn.core.model.NoteKind.HELM_TEMPLATE_NOT_RENDERED));
        assertThat(report.target().inputs().helmCharts()).isEqualTo(1);
        assertThat(report.target().inputs().objects()).isZero();
    }

    @Test
    void shopHasNoFindingAtOrAboveHigh() throws Exception {
        ScanReport report = scan(copyExample("shop", tmp));

        assertThat(report.countedFindings()).filteredOn(f -> f.severity().atLeast(Severity.HIGH)).extracting(Trees::where).isEmpty();
        assertThat(foundation(report)).extracting(Trees::where).isEmpty();
        assertThat(report.checks()).filteredOn(c -> Trees.FOUNDATION.contains(c.checkId().value()))
                .extracting(CheckResult::status).containsOnly(CheckStatus.PASS);
        assertThat(report.target().inputs().objects()).isEqualTo(13);
    }

    @Test
    void outputIsSortedAndTheSameForTheSameInput() throws Exception {
        Path root = copyExample("careless", tmp);
        ScanReport first = scan(root);
        ScanReport again = new Scanner(Trees.builtIns(), Trees.CLOCK, Trees.TOOL, 1)
                .scan(new ScanRequest(root, "careless", Trees.config(root), Set.of()));

        assertThat(first.findings()).isSortedAccordingTo(Finding.ORDER);
        for (int i = 1; i < first.findings().size(); i++) {
            Location a = first.findings().get(i - 1).location();
            Location b = first.findings().get(i).location();
            int byPath = a.path().compareTo(b.path());
            assertThat(byPath).isLessThanOrEqualTo(0);
            if (byPath == 0) {
                assertThat(a.span().startLine() * 10_000 + a.span().startColumn())
                        .isLessThanOrEqualTo(b.span().startLine() * 10_000 + b.span().startColumn());
            }
        }
        assertThat(first.checks()).extracting(CheckResult::checkId).isSorted();
        assertThat(first.notes()).isSortedAccordingTo(Note.ORDER);
        assertThat(again.findings()).isEqualTo(first.findings());
        assertThat(again.checks()).isEqualTo(first.checks());
        assertThat(again.notes()).isEqualTo(first.notes());
        assertThat(Trees.json(again).replaceAll("\"durationMillis\" : \\d+", ""))
                .isEqualTo(Trees.json(first).replaceAll("\"durationMillis\" : \\d+", ""));
    }

    /** Pipelines are read on the scan threads in whatever order they finish; the report must not show it. */
    @Test
    void manyPipelinesGiveTheSameReportOnOneThreadAndOnEight() throws Exception {
        Path root = tmp.resolve("pipelines");
        for (int i = 0; i < 24; i++) {
            Path workflow = root.resolve(".github/workflows/build-" + (char) ('a' + i) + ".yml");
            Files.createDirectories(workflow.getParent());
            Files.writeString(workflow, """
                    name: build %d
                    on: push
                    jobs:
                      image:
                        runs-on: ubuntu-latest
                        steps:
                          - uses: actions/checkout@v4
                          - run: docker build -t ghcr.io/acme/app%d:${{ github.sha }} . && docker push ghcr.io/acme/app%d:${{ github.sha }}
                    """.formatted(i, i, i));
        }
        ScanRequest request = new ScanRequest(root, "pipelines", Trees.config(root), Set.of());
        String one = Trees.json(new Scanner(Trees.builtIns(), Trees.CLOCK, Trees.TOOL, 1).scan(request))
                .replaceAll("\"durationMillis\" : \\d+", "");
        for (int round = 0; round < 5; round++) {
            String eight = Trees.json(new Scanner(Trees.builtIns(), Trees.CLOCK, Trees.TOOL, 8).scan(request))
                    .replaceAll("\"durationMillis\" : \\d+", "");
            assertThat(eight).isEqualTo(one);
        }
        assertThat(one).contains(".github/workflows/build-a.yml");
    }

    private static final String TWO_CONTAINERS = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: shop
            spec:
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  containers:
                    - name: web
                      image: ghcr.io/acme/web:1.0.0
                    - name: sidecar
                      image: ghcr.io/acme/proxy:2.0.0
            """;

    /** Fingerprint per (check id, container), taken from the message, which names the container. */
    private static Map<String, String> fingerprints(ScanReport report) {
        Map<String, String> out = new HashMap<>();
        for (Finding f : foundation(report)) {
            String container = f.message().contains("\"web\"") ? "web" : f.message().contains("\"sidecar\"") ? "sidecar" : "-";
            String key = f.checkId().value() + " " + container;
            assertThat(out.put(key, f.fingerprint())).as("one finding per check and container: " + key).isNull();
        }
        return out;
    }

    /**
     * K8S-029 judges over the index, to see autoscalers, but its findings keep the place and the fingerprint
     * of a finding at the object's node: {@code spec.replicas}, else {@code spec}. A baseline taken when it was a
     * per-object check still hides them.
     */
    @Test
    void aSingleReplicaFindingIsLocatedAndFingerprintedAtTheReplicasField() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("repo"));
        write(root, "deploy/web.yaml", deployment("web", "  replicas: 1\n") + "---\n" + deployment("api", ""));
        List<Finding> single = scan(root).findings().stream().filter(f -> f.checkId().value().equals("K8S-029")).toList();

        assertThat(single).extracting(f -> f.location().display()).containsExactly("deploy/web.yaml:7:3", "deploy/web.yaml:22:3");
        SourcePath path = SourcePath.of("deploy/web.yaml");
        assertThat(single.get(0).fingerprint()).isEqualTo(Fingerprints.of(CheckId.of("K8S-029"), path,
                new ObjectRef("apps/v1", "Deployment", "shop", "web"), "/spec/replicas", null));
        assertThat(single.get(1).fingerprint()).isEqualTo(Fingerprints.of(CheckId.of("K8S-029"), path,
                new ObjectRef("apps/v1", "Deployment", "shop", "api"), "/spec", null));
    }

    /** A Deployment of namespace shop whose selector and template label are app=NAME, with {@code spec} lines first. */
    private static String deployment(String name, String spec) {
        return "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: " + name + "\n  namespace: shop\nspec:\n" + spec
                + "  selector: { matchLabels: { app: " + name + " } }\n  template:\n    metadata: { labels: { app: " + name
                + " } }\n    spec:\n      containers:\n        - name: " + name + "\n          image: ghcr.io/acme/" + name
                + ":1.0.0\n";
    }

    @Test
    void fingerprintsIgnoreLinesAndContainerOrderButTellContainersApart() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("repo"));
        Path manifest = write(root, "deploy/web.yaml", TWO_CONTAINERS);
        Map<String, String> original = fingerprints(scan(root));
        assertThat(original).containsKeys("K8S-003 web", "K8S-003 sidecar", "K8S-008 web", "K8S-008 sidecar");
        assertThat(original.get("K8S-003 web")).isNotEqualTo(original.get("K8S-003 sidecar")).matches("[0-9a-f]{32}");

        Files.writeString(manifest, "# owned by team-web\n\n# reviewed 2026-11\n" + TWO_CONTAINERS);
        ScanReport shifted = scan(root);
        assertThat(shifted.findings()).filteredOn(f -> f.checkId().value().equals("K8S-003"))
                .extracting(f -> f.location().span().startLine()).containsExactly(17, 19);
        assertThat(fingerprints(shifted)).isEqualTo(original);

        String web = "    - name: web\n      image: ghcr.io/acme/web:1.0.0\n".indent(4);
        String sidecar = "    - name: sidecar\n      image: ghcr.io/acme/proxy:2.0.0\n".indent(4);
        assertThat(TWO_CONTAINERS).contains(web + sidecar);
        String reordered = TWO_CONTAINERS.replace(web + sidecar, sidecar + web);
        assertThat(reordered).isNotEqualTo(TWO_CONTAINERS);
        Files.writeString(manifest, reordered);
        assertThat(fingerprints(scan(root))).isEqualTo(original);

        Files.writeString(manifest, TWO_CONTAINERS.replace("name: web\n  namespace", "name: api\n  namespace"));
        assertThat(fingerprints(scan(root)).get("K8S-003 web")).isNotEqualTo(original.get("K8S-003 web"));
    }

    @Test
    void waiversByPathAndByObjectSuppressAndAnExpiredOneDoesNot() throws Exception {
        Path root = copyExample("careless", tmp);
        write(root, ".cairn.yaml", """
                waivers:
                  - check: K8S-003
                    path: manifests/redis.yaml
                    reason: "official redis image runs as root; replaced in Q3"
                    owner: team-data
                    expires: 2027-03-31
                  - check: host-path-volume
                    object: DaemonSet/log-agent
                    reason: the log agent reads node logs
                    owner: team-platform
                  - check: K8S-006
                    path: deploy/**
                    reason: last day of this waiver
                    expires: 2026-11-23
                  - check: K8S-009
                    path: manifests/**
                    reason: expired yesterday
                    owner: team-data
                    expires: 2026-11-22
                """);

        ScanReport report = scan(root);

        Map<String, Suppression> suppressed = report.findings().stream().filter(f -> f.suppressed() != null)
                .collect(Collectors.toMap(Trees::where, Finding::suppressed));
        assertThat(suppressed).isEqualTo(Map.of(
                "manifests/redis.yaml:19:11 K8S-003", new Suppression(SuppressionKind.WAIVER,
                        "official redis image runs as root; replaced in Q3", "team-data", LocalDate.of(2027, 3, 31)),
                "manifests/log-agent.yaml:36:19 K8S-005", new Suppression(SuppressionKind.WAIVER,
                        "the log agent reads node logs", "team-platform", null),
                "manifests/log-agent.yaml:39:19 K8S-005", new Suppression(SuppressionKind.WAIVER,
                        "the log agent reads node logs", "team-platform", null),
                "deploy/base/deployment.yaml:19:11 K8S-006", new Suppression(SuppressionKind.WAIVER,
                        "last day of this waiver", null, LocalDate.of(2026, 11, 23)),
                "deploy/base/deployment.yaml:33:11 K8S-006", new Suppression(SuppressionKind.WAIVER,
                        "last day of this waiver", null, LocalDate.of(2026, 11, 23))));
        assertThat(report.countedFindings()).filteredOn(f -> f.checkId().value().equals("K8S-009")).extracting(Trees::where)
                .containsExactly("manifests/debug-pod.yaml:6:3 K8S-009", "manifests/redis.yaml:5:3 K8S-009",
                        "manifests/redis.yaml:28:3 K8S-009");
        assertThat(report.checks()).filteredOn(c -> Set.of("K8S-003", "K8S-005", "K8S-006", "K8S-009").contains(c.checkId().value()))
                .extracting(c -> c.checkId().value(), CheckResult::status, CheckResult::findings, CheckResult::suppressed)
                .containsExactly(
                        tuple("K8S-003", CheckStatus.FAIL, 4, 1),
                        tuple("K8S-005", CheckStatus.SUPPRESSED, 0, 2),
                        tuple("K8S-006", CheckStatus.FAIL, 1, 2),
                        tuple("K8S-009", CheckStatus.FAIL, 3, 0));
        // the expired waiver is itself reported, at its place in .cairn.yaml
        assertThat(report.findings()).filteredOn(f -> f.location().path().value().equals(".cairn.yaml"))
                .extracting(Trees::where).containsExactly(".cairn.yaml:15:5 CAIRN-002");
    }

    @Test
    void suppressionAnnotationByIdOrSlugSuppressesOnlyThatObjectAndCheck() throws Exception {
        Path root = copyExample("careless", tmp);
        Path redis = root.resolve("manifests/redis.yaml");
        Files.writeString(redis, Files.readString(redis).replaceFirst("  labels:\n    app: redis\n", """
                  labels:
                    app: redis
                  annotations:
                    ignore-check.cairn.dev/K8S-003: "official image; runs as root until we build our own"
                    ignore-check.cairn.dev/memory-limit: "  sized by the operator  "
                """));

        ScanReport report = scan(root);

        assertThat(report.findings()).filteredOn(f -> f.suppressed() != null)
                .extracting(Trees::where, Finding::suppressed).containsExactly(
                        tuple("manifests/redis.yaml:22:11 K8S-003",
                                Suppression.annotation("official image; runs as root until we build our own")),
                        tuple("manifests/redis.yaml:22:11 K8S-008", Suppression.annotation("sized by the operator")));
        // the other findings of the same object and the same checks elsewhere still count
        assertThat(Trees.foundation(report)).filteredOn(Finding::counts)
                .filteredOn(f -> f.location().path().value().equals("manifests/redis.yaml"))
                .extracting(Trees::where).containsExactly(
                        "manifests/redis.yaml:5:3 K8S-009",
                        "manifests/redis.yaml:22:11 K8S-002",
                        "manifests/redis.yaml:22:11 K8S-007",
                        "manifests/redis.yaml:23:11 K8S-006",
                        "manifests/redis.yaml:31:3 K8S-009");
        assertThat(countsById(report.countedFindings())).containsEntry("K8S-003", 4L).containsEntry("K8S-008", 4L);
    }

    @Test
    void baselineMarksKnownFindingsAndOnlyNewOnesCount() throws Exception {
        Path root = copyExample("careless", tmp);
        ScanReport before = scan(root);
        Set<String> baseline = before.findings().stream().map(Finding::fingerprint).collect(Collectors.toSet());

        ScanReport same = scan(Trees.builtIns(), root, baseline);
        assertThat(same.countedFindings()).isEmpty();
        assertThat(same.findings()).hasSameSizeAs(before.findings())
                .allSatisfy(f -> assertThat(f.suppressed()).isEqualTo(
                        new Suppression(SuppressionKind.BASELINE, "present in the baseline report", null, null)));
        assertThat(same.checks()).filteredOn(c -> Trees.FOUNDATION.contains(c.checkId().value()))
                .extracting(CheckResult::status).containsOnly(CheckStatus.SUPPRESSED);

        write(root, "manifests/new-job.yaml", """
                apiVersion: batch/v1
                kind: Job
                metadata:
                  name: migrate
                  namespace: todo
                spec:
                  template:
                    spec:
                      restartPolicy: Never
                      containers:
                        - name: migrate
                          image: ghcr.io/careless/migrate:1.2.3
                          securityContext:
                            privileged: true
                """);
        ScanReport later = scan(Trees.builtIns(), root, baseline);
        assertThat(foundation(later).stream().filter(Finding::counts).map(Trees::where).toList()).containsExactly(
                "manifests/new-job.yaml:11:11 K8S-008",
                "manifests/new-job.yaml:14:13 K8S-001",
                "manifests/new-job.yaml:14:13 K8S-002",
                "manifests/new-job.yaml:14:13 K8S-003");
    }

    @Test
    void checkThatThrowsIsAnErrorForThatCheckOnly() throws Exception {
        Path root = copyExample("careless", tmp);
        ScanReport plain = scan(root);

        ScanReport report = scan(Trees.builtInsAnd(new ThrowingCheck()), root, Set.of());

        assertThat(report.checks()).filteredOn(c -> c.checkId().value().equals("K8S-991")).singleElement()
                .satisfies(c -> {
                    assertThat(c.status()).isEqualTo(CheckStatus.ERROR);
                    assertThat(c.error()).isEqualTo("IllegalStateException on manifests/redis.yaml:1:1: boom");
                    assertThat(c.findings()).isEqualTo(10);
                });
        assertThat(foundation(report)).isEqualTo(foundation(plain));
        assertThat(report.checks()).filteredOn(c -> !c.checkId().value().equals("K8S-991"))
                .isEqualTo(plain.checks());
        assertThat(report.checks()).filteredOn(c -> c.status() == CheckStatus.ERROR).hasSize(1);
    }

    @Test
    void checkThatThrowsEverywhereReportsTheSameErrorOnEveryScan() throws Exception {
        Path root = copyExample("careless", tmp);
        Set<String> errors = new java.util.TreeSet<>();
        for (int i = 0; i < 8; i++) {
            ScanReport report = new Scanner(Trees.builtInsAnd(new AlwaysThrowingCheck()), Trees.CLOCK, Trees.TOOL, 8)
                    .scan(new ScanRequest(root, "careless", Trees.config(root), Set.of()));
            report.checks().stream().filter(c -> c.checkId().value().equals("K8S-992")).forEach(c -> errors.add(c.error()));
        }
        // the first object in report order, whichever thread met an object first
        assertThat(errors).containsExactly("IllegalArgumentException on deploy/base/deployment.yaml:1:1: cannot judge todo-api");
    }

    @Test
    void jsonOfARealScanValidatesAgainstTheSchema() throws Exception {
        Path root = copyExample("careless", tmp);
        write(root, ".cairn.yaml", """
                waivers:
                  - check: K8S-009
                    path: manifests/**
                    reason: namespaces come with the platform move
                    owner: team-platform
                    expires: 2027-01-31
                """);
        write(root, "manifests/empty.yaml", "");
        write(root, "manifests/list.yaml", "- a\n- b\n");
        ScanReport report = scan(root);
        assertThat(report.notes()).isNotEmpty();
        assertThat(report.findings()).anyMatch(f -> f.suppressed() != null);

        String json = Trees.json(report);
        JsonMapper mapper = JsonMapper.builder().build();
        JsonNode tree = mapper.readTree(json);

        assertThat(schema().validate(tree)).isEmpty();
        assertThat(tree.get("schemaVersion").asString()).isEqualTo("1");
        assertThat(tree.get("findings").size()).isEqualTo(report.findings().size());
        List<String> notes = new java.util.ArrayList<>();
        tree.get("notes").forEach(n -> notes.add(n.get("path").asString() + " " + n.get("kind").asString()));
        assertThat(notes).contains("manifests/empty.yaml empty-file", "manifests/list.yaml not-an-object");
    }

    static Schema schema() throws IOException {
        try (InputStream in = ScannerTest.class.getResourceAsStream("/schema/report-v1.json")) {
            assertThat(in).as("schema/report-v1.json on the test classpath (from cairn-report)").isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                            b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
                    .getSchema(text);
        }
    }

    @Test
    void gitRepositoryGivesCommitAndRemoteWithoutCredentials() throws Exception {
        Path root = copyExample("shop", tmp);
        RevCommit commit;
        try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
            StoredConfig config = git.getRepository().getConfig();
            config.setString("remote", "origin", "url", "https://ci-bot:ghp_s3cr3tT0k3n@github.com/acme/shop.git");
            config.save();
            git.add().addFilepattern(".").call();
            PersonIdent who = new PersonIdent("Ana", "ana@example.com");
            commit = git.commit().setMessage("shop").setAuthor(who).setCommitter(who).setSign(false).call();
        }

        ScanReport report = scan(root);

        assertThat(report.target().commit()).isEqualTo(commit.getId().name());
        assertThat(report.target().repository()).isEqualTo("https://github.com/acme/shop.git");
        assertThat(Trees.json(report)).contains("\"commit\" : \"" + commit.getId().name() + "\"").doesNotContain("s3cr3t");
        // .git is never read as input
        assertThat(report.findings()).noneMatch(f -> f.location().path().value().startsWith(".git/"));
    }

    @Test
    void missingRootIsAScanFailure() {
        Path missing = tmp.resolve("nope");
        assertThatThrownBy(() -> new Scanner(Trees.builtIns(), Trees.CLOCK, Trees.TOOL)
                .scan(new ScanRequest(missing, "nope", dev.cairn.core.config.CairnConfig.defaults(), Set.of())))
                .isInstanceOf(ScanFailedException.class)
                .hasMessageStartingWith("cannot read nope: ");
    }
}
