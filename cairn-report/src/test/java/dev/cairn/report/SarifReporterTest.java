package dev.cairn.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.cairn.core.model.Finding;
import dev.cairn.core.model.ScanReport;
import dev.cairn.core.model.Severity;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.model.Target;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SarifReporterTest {
    private static final JsonMapper PLAIN = JsonMapper.builder().build();
    private static final Schema SUBSET = schema("/sarif/sarif-2.1.0-subset.schema.json", SpecificationVersion.DRAFT_2020_12);

    private final ScanReport report = CiReports.ci();
    private final String text = Reports.render(new SarifReporter(CiReports.catalog()), report);
    private final JsonNode sarif = PLAIN.readTree(text);
    private final JsonNode run = sarif.at("/runs/0");

    @Test
    void validAgainstTheSarifSchema() {
        assertThat(SUBSET.validate(sarif)).isEmpty();
        assertThat(SUBSET.validate(PLAIN.readTree(Reports.render(new SarifReporter(CiReports.catalog()), Reports.small()))))
                .isEmpty();
        assertThat(SUBSET.validate(PLAIN.readTree(Reports.render(new SarifReporter(RuleCatalog.empty()), report))))
                .isEmpty();
        assertThat(SUBSET.validate(PLAIN.readTree(Reports.render(new SarifReporter(RuleCatalog.empty()), empty()))))
                .isEmpty();
    }

    /** Runs when the official schema has been put beside the subset (see the README there). */
    @Test
    void validAgainstTheOfficialSchemaWhenPresent() {
        assumeTrue(SarifReporterTest.class.getResource("/sarif/sarif-schema-2.1.0.json") != null,
                "the official SARIF schema is not in src/test/resources/sarif");
        Schema official = schema("/sarif/sarif-schema-2.1.0.json", SpecificationVersion.DRAFT_4);
        assertThat(official.validate(sarif)).isEmpty();
        assertThat(official.validate(PLAIN.readTree(Reports.render(new SarifReporter(RuleCatalog.empty()), empty()))))
                .isEmpty();
    }

    @Test
    void theSchemaCatchesWhatSarifForbids() {
        JsonNode broken = PLAIN.readTree(text);
        ((tools.jackson.databind.node.ObjectNode) broken.at("/runs/0/results/0")).put("level", "critical");
        ((tools.jackson.databind.node.ObjectNode) broken.at("/runs/0/results/1/locations/0/physicalLocation/region"))
                .put("startLine", 0);
        ((tools.jackson.databind.node.ObjectNode) broken.at("/runs/0/results/2")).put("ruleIdx", 1);
        ((tools.jackson.databind.node.ObjectNode) broken.at("/runs/0/results/3/locations/0/physicalLocation/artifactLocation"))
                .put("uri", "deploy/legacy app/job.yaml");
        ((tools.jackson.databind.node.ObjectNode) broken.at("/runs/0/results/6/suppressions/0")).put("kind", "waiver");
        ((tools.jackson.databind.node.ObjectNode) broken.at("/runs/0/tool/driver/rules/1")).put("helpUri", "checks/CI-004");
        assertThat(SUBSET.validate(broken)).extracting(e -> e.getInstanceLocation().toString())
                .contains("/runs/0/results/0/level", "/runs/0/results/1/locations/0/physicalLocation/region/startLine",
                        "/runs/0/results/2", "/runs/0/results/3/locations/0/physicalLocation/artifactLocation/uri",
                        "/runs/0/results/6/suppressions/0/kind", "/runs/0/tool/driver/rules/1/helpUri");
    }

    @Test
    void logHeaderAndDriver() {
        assertThat(sarif.get("$schema").asString()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        assertThat(sarif.get("version").asString()).isEqualTo("2.1.0");
        assertThat(sarif.get("runs").size()).isEqualTo(1);
        JsonNode driver = run.at("/tool/driver");
        assertThat(driver.get("name").asString()).isEqualTo("cairn");
        assertThat(driver.get("version").asString()).isEqualTo("0.1.0");
        assertThat(driver.get("semanticVersion").asString()).isEqualTo("0.1.0");
        assertThat(driver.get("informationUri").asString()).isEqualTo("https://github.com/cairn-dev/cairn");
        assertThat(driver.at("/properties/rulesetVersion").asString()).isEqualTo("2026.03");
        assertThat(run.get("columnKind").asString()).isEqualTo("utf16CodeUnits");
        assertThat(run.at("/originalUriBaseIds/%SRCROOT%/description/text").asString())
                .isEqualTo("The scanned root: examples/shop");
        assertThat(text).startsWith("{\n  \"$schema\" : ").endsWith("}\n").doesNotEndWith("\n\n");
    }

    @Test
    void aVersionThatIsNotSemanticHasNoSemanticVersion() {
        ScanReport s = report;
        ScanReport dev = new ScanReport(s.schemaVersion(), new dev.cairn.core.model.ToolInfo("cairn", "unknown", null),
                s.target(), s.notes(), s.findings(), s.checks(), s.criteria(), s.aspects(), s.nextSteps(),
                s.levelTwoPreview(), s.kpis());
        JsonNode driver = PLAIN.readTree(Reports.render(new SarifReporter(CiReports.catalog()), dev)).at("/runs/0/tool/driver");
        assertThat(driver.get("version").asString()).isEqualTo("unknown");
        assertThat(driver.has("semanticVersion")).isFalse();
        assertThat(driver.has("properties")).isFalse();
    }

    @Test
    void oneRulePerCheckThatRanOrFiredSortedById() {
        assertThat(strings(run.at("/tool/driver/rules"), "id")).containsExactly(
                "CEL-001", "CI-004", "CLU-001", "DKR-001", "K8S-001", "K8S-003", "K8S-006", "K8S-009", "K8S-012",
                "K8S-020", "K8S-041", "REPO-001");
        Set<String> fired = report.findings().stream().map(f -> f.checkId().value()).collect(Collectors.toSet());
        Set<String> checks = report.checks().stream().map(c -> c.checkId().value()).collect(Collectors.toSet());
        assertThat(strings(run.at("/tool/driver/rules"), "id")).containsAll(fired).containsAll(checks);
    }

    @Test
    void everyResultPointsAtItsRuleByIdAndIndex() {
        JsonNode rules = run.at("/tool/driver/rules");
        assertThat(run.get("results").size()).isEqualTo(report.findings().size()).isEqualTo(8);
        for (JsonNode result : run.get("results")) {
            assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asString())
                    .isEqualTo(result.get("ruleId").asString());
        }
        JsonNode notification = run.at("/invocations/0/toolExecutionNotifications/0");
        assertThat(rules.get(notification.at("/associatedRule/index").asInt()).get("id").asString()).isEqualTo("K8S-020");
    }

    @Test
    void ruleFromTheCatalogWithItsPage() {
        JsonNode rule = rule("K8S-003");
        assertThat(rule.get("name").asString()).isEqualTo("RunAsNonRoot");
        assertThat(rule.at("/shortDescription/text").asString()).isEqualTo("Container may run as root");
        assertThat(rule.at("/fullDescription/text").asString())
                .isEqualTo("A container that runs as root can take over the node when it escapes its namespaces.");
        assertThat(rule.at("/help/text").asString()).isEqualTo(CiReports.RUN_AS_NON_ROOT_PAGE);
        assertThat(rule.at("/help/markdown").asString()).isEqualTo(CiReports.RUN_AS_NON_ROOT_PAGE);
        assertThat(rule.get("helpUri").asString()).isEqualTo("https://cairn.dev/checks/K8S-003");
        assertThat(rule.at("/defaultConfiguration/level").asString()).isEqualTo("error");
        assertThat(rule.at("/properties/slug").asString()).isEqualTo("run-as-non-root");
        assertThat(strings(rule.at("/properties/tags"))).containsExactly("technology", "TEC-8", "security");
        assertThat(rule.at("/properties/security-severity").isString()).isTrue();
        assertThat(rule.at("/properties/security-severity").asString()).isEqualTo("8.0");
        assertThat(rule.at("/properties/severity").asString()).isEqualTo("high");
        assertThat(strings(rule.at("/properties/criteria"))).containsExactly("TEC-8");
        assertThat(rule.at("/properties/compliance/0/framework").asString()).isEqualTo("cis-kubernetes");
        assertThat(rule.at("/properties/compliance/0/control").asString()).isEqualTo("5.2.7");
        assertThat(rule.at("/properties/compliance/1/framework").asString()).isEqualTo("nsa-cisa");
        assertThat(rule.at("/properties/compliance/1").has("title")).isFalse();
    }

    @Test
    void ruleWithoutAPageLinksToTheDocumentation() {
        JsonNode rule = rule("CI-004");
        assertThat(rule.get("name").asString()).isEqualTo("PipelineTimeout");
        assertThat(rule.at("/fullDescription/text").asString()).isEqualTo("Pipeline jobs have a timeout");
        assertThat(rule.at("/help/text").asString())
                .isEqualTo("Pipeline jobs have a timeout: see https://cairn.dev/checks/CI-004");
        assertThat(rule.at("/help/markdown").asString())
                .isEqualTo("Pipeline jobs have a timeout: see [CI-004](https://cairn.dev/checks/CI-004)");
        // Did not fire: the catalog's default severity.
        assertThat(rule.at("/defaultConfiguration/level").asString()).isEqualTo("note");
        assertThat(rule.at("/properties/security-severity").asString()).isEqualTo("3.0");
        assertThat(strings(rule.at("/properties/tags"))).containsExactly("process", "PRC-4", "security");
    }

    @Test
    void ruleSeverityIsTheOneTheScanUsed() {
        // The catalog says low; the finding carries medium, as a .cairn.yaml override makes it.
        JsonNode rule = rule("K8S-012");
        assertThat(rule.at("/defaultConfiguration/level").asString()).isEqualTo("warning");
        assertThat(rule.at("/properties/security-severity").asString()).isEqualTo("5.5");
        assertThat(rule.at("/properties/severity").asString()).isEqualTo("medium");
    }

    @Test
    void checkTheCatalogDoesNotKnowIsDescribedFromTheReport() {
        JsonNode rule = rule("CEL-001");
        assertThat(rule.get("name").asString()).isEqualTo("TeamLabel");
        assertThat(rule.at("/shortDescription/text").asString()).isEqualTo("CEL-001 team-label");
        assertThat(rule.at("/fullDescription/text").asString()).isEqualTo("CEL-001 team-label");
        assertThat(rule.has("help")).isFalse();
        assertThat(rule.has("helpUri")).isFalse();
        assertThat(rule.at("/defaultConfiguration/level").asString()).isEqualTo("note");
        assertThat(rule.at("/properties/security-severity").asString()).isEqualTo("3.0");
        assertThat(strings(rule.at("/properties/tags"))).containsExactly("policy", "POL-2", "security");
        assertThat(rule.at("/properties/slug").asString()).isEqualTo("team-label");
    }

    @Test
    void checkThatNeitherFiredNorIsKnownHasNoSeverity() {
        JsonNode rules = PLAIN.readTree(Reports.render(new SarifReporter(RuleCatalog.empty()), report)).at("/runs/0/tool/driver/rules");
        JsonNode codeowners = rules.get(rules.size() - 1);
        assertThat(codeowners.get("id").asString()).isEqualTo("REPO-001");
        assertThat(codeowners.has("defaultConfiguration")).isFalse();
        assertThat(codeowners.at("/properties").has("security-severity")).isFalse();
        assertThat(strings(codeowners.at("/properties/tags"))).containsExactly("security");
    }

    @Test
    void levelAndSecuritySeverityOfEverySeverity() {
        Map<Severity, String> levels = new LinkedHashMap<>();
        Map<Severity, String> scores = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            levels.put(s, SarifReporter.level(s));
            scores.put(s, SarifReporter.securitySeverity(s));
        }
        assertThat(levels).containsExactly(Map.entry(Severity.INFO, "note"), Map.entry(Severity.LOW, "note"),
                Map.entry(Severity.MEDIUM, "warning"), Map.entry(Severity.HIGH, "error"),
                Map.entry(Severity.CRITICAL, "error"));
        assertThat(scores).containsExactly(Map.entry(Severity.INFO, "0.0"), Map.entry(Severity.LOW, "3.0"),
                Map.entry(Severity.MEDIUM, "5.5"), Map.entry(Severity.HIGH, "8.0"),
                Map.entry(Severity.CRITICAL, "9.5"));
        // And in the log: the report holds one finding of each severity at least.
        Map<String, String> byRule = new LinkedHashMap<>();
        run.get("results").forEach(r -> byRule.put(r.get("ruleId").asString(), r.get("level").asString()));
        assertThat(byRule).containsEntry("K8S-001", "error")   // critical
                .containsEntry("K8S-003", "error")             // high
                .containsEntry("K8S-012", "warning")           // medium
                .containsEntry("DKR-001", "note")              // low
                .containsEntry("K8S-009", "note");             // info
        assertThat(rule("K8S-001").at("/properties/security-severity").asString()).isEqualTo("9.5");
        assertThat(rule("K8S-009").at("/properties/security-severity").asString()).isEqualTo("0.0");
    }

    @Test
    void resultsFollowTheReportOrder() {
        assertThat(strings(run.get("results"), "ruleId")).containsExactly(
                "DKR-001", "K8S-009", "K8S-003", "K8S-001", "K8S-012", "CEL-001", "K8S-041", "K8S-006");
    }

    @Test
    void resultWithRegionObjectAndFingerprint() {
        JsonNode result = result("K8S-003");
        assertThat(result.get("level").asString()).isEqualTo("error");
        assertThat(result.at("/message/text").asString())
                .isEqualTo("container \"web\" may run as root: set securityContext.runAsNonRoot: true");
        assertThat(result.get("locations").size()).isEqualTo(1);
        JsonNode physical = result.at("/locations/0/physicalLocation");
        assertThat(physical.at("/artifactLocation/uri").asString()).isEqualTo("deploy/base/deployment.yaml");
        assertThat(physical.at("/artifactLocation/uriBaseId").asString()).isEqualTo("%SRCROOT%");
        JsonNode region = physical.get("region");
        assertThat(List.of(region.get("startLine").asInt(), region.get("startColumn").asInt(),
                region.get("endLine").asInt(), region.get("endColumn").asInt())).containsExactly(21, 11, 21, 30);
        assertThat(new ArrayList<>(region.propertyNames())).containsExactly("startLine", "startColumn", "endLine", "endColumn");
        JsonNode logical = result.at("/locations/0/logicalLocations");
        assertThat(logical.size()).isEqualTo(1);
        assertThat(logical.at("/0/name").asString()).isEqualTo("web");
        assertThat(logical.at("/0/fullyQualifiedName").asString()).isEqualTo("Deployment/shop/web");
        assertThat(logical.at("/0/kind").asString()).isEqualTo("object");
        assertThat(logical.at("/0/properties/apiVersion").asString()).isEqualTo("apps/v1");
        assertThat(result.get("partialFingerprints").propertyNames()).containsExactly("cairn/v1");
        assertThat(result.at("/partialFingerprints/cairn~1v1").asString()).isEqualTo("3f2c1ab9d0e4f5a6b7c8d9e0f1a2b3c4");
        assertThat(result.at("/properties/severity").asString()).isEqualTo("high");
        assertThat(strings(result.at("/properties/criteria"))).containsExactly("TEC-8");
        assertThat(result.at("/properties/pointer").asString()).isEqualTo("/spec/template/spec/containers/0");
        assertThat(result.has("suppressions")).isFalse();

        JsonNode region2 = result("K8S-012").at("/locations/0/physicalLocation/region");
        assertThat(List.of(region2.get("startLine").asInt(), region2.get("startColumn").asInt(),
                region2.get("endLine").asInt(), region2.get("endColumn").asInt())).containsExactly(24, 11, 26, 5);
        assertThat(strings(result("K8S-012").at("/properties/criteria"))).containsExactly("TEC-9", "TEC-12");
    }

    @Test
    void everyResultCarriesItsFingerprint() {
        Map<String, String> expected = new LinkedHashMap<>();
        report.findings().forEach(f -> expected.put(f.checkId().value(), f.fingerprint()));
        Map<String, String> actual = new LinkedHashMap<>();
        run.get("results").forEach(r -> actual.put(r.get("ruleId").asString(), r.at("/partialFingerprints/cairn~1v1").asString()));
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void fileLevelFindingHasNoRegionAndNoObject() {
        JsonNode result = result("CEL-001");
        JsonNode location = result.at("/locations/0");
        assertThat(new ArrayList<>(location.propertyNames())).containsExactly("physicalLocation");
        assertThat(new ArrayList<>(location.get("physicalLocation").propertyNames())).containsExactly("artifactLocation");
        assertThat(location.at("/physicalLocation/artifactLocation/uri").asString()).isEqualTo("deploy/base/kustomization.yaml");
        assertThat(result.at("/properties").has("pointer")).isFalse();
        assertThat(result.get("level").asString()).isEqualTo("note");
    }

    @Test
    void pathsArePercentEncodedUriReferences() {
        assertThat(result("K8S-006").at("/locations/0/physicalLocation/artifactLocation/uri").asString())
                .isEqualTo("deploy/legacy%20app/job%3Av1.yaml");
        assertThat(SarifReporter.uri(SourcePath.of("a/ü #%?.yaml"))).isEqualTo("a/%C3%BC%20%23%25%3F.yaml");
        assertThat(SarifReporter.uri(SourcePath.ROOT)).isEqualTo("./");
        assertThat(SarifReporter.uri(SourcePath.of("deploy/base/kustomization.yaml"))).isEqualTo("deploy/base/kustomization.yaml");
    }

    @Test
    void suppressionsSayWhereTheyLive() {
        assertThat(result("K8S-009").get("suppressions").toString())
                .isEqualTo("[{\"kind\":\"inSource\",\"status\":\"accepted\",\"justification\":\"the namespace is set by kustomize\","
                        + "\"properties\":{\"source\":\"annotation\"}}]");
        assertThat(result("K8S-041").get("suppressions").toString())
                .isEqualTo("[{\"kind\":\"external\",\"status\":\"accepted\",\"justification\":\"test credentials only\","
                        + "\"properties\":{\"source\":\"waiver\",\"owner\":\"team-shop\",\"expires\":\"2026-06-30\"}}]");
        assertThat(result("K8S-006").get("suppressions").toString())
                .isEqualTo("[{\"kind\":\"external\",\"status\":\"accepted\",\"justification\":\"present in the baseline report\","
                        + "\"properties\":{\"source\":\"baseline\"}}]");
        long unsuppressed = 0;
        for (JsonNode r : run.get("results")) {
            if (!r.has("suppressions")) unsuppressed++;
        }
        assertThat(unsuppressed).isEqualTo(report.countedFindings().size()).isEqualTo(5);
        assertThat(result("K8S-009").at("/locations/0/logicalLocations/0/fullyQualifiedName").asString())
                .isEqualTo("ConfigMap/settings");
    }

    @Test
    void invocationReportsChecksThatThrew() {
        JsonNode invocation = run.at("/invocations/0");
        assertThat(run.get("invocations").size()).isEqualTo(1);
        assertThat(invocation.get("executionSuccessful").asBoolean()).isTrue();
        assertThat(invocation.get("startTimeUtc").asString()).isEqualTo("2026-03-01T09:30:00Z");
        assertThat(invocation.get("endTimeUtc").asString()).isEqualTo("2026-03-01T09:30:00.412Z");
        JsonNode notifications = invocation.get("toolExecutionNotifications");
        assertThat(notifications.size()).isEqualTo(1);
        assertThat(notifications.at("/0/level").asString()).isEqualTo("error");
        assertThat(notifications.at("/0/message/text").asString())
                .isEqualTo("K8S-020 pdb-coverage did not complete: index lookup failed: NullPointerException");
        assertThat(notifications.at("/0/associatedRule/id").asString()).isEqualTo("K8S-020");
        assertThat(notifications.at("/0/associatedRule/index").asInt()).isEqualTo(9);
    }

    @Test
    void noNotificationsWithoutErrors() {
        JsonNode invocation = PLAIN.readTree(Reports.render(new SarifReporter(CiReports.catalog()), empty())).at("/runs/0/invocations/0");
        assertThat(new ArrayList<>(invocation.propertyNames())).containsExactly("executionSuccessful", "startTimeUtc", "endTimeUtc");
    }

    @Test
    void runPropertiesHoldTheSectionsAsTheJsonReportWritesThem() {
        JsonNode json = PLAIN.readTree(Reports.render(new JsonReporter(), report));
        JsonNode properties = run.get("properties");
        assertThat(new ArrayList<>(properties.propertyNames())).containsExactly(
                "target", "notes", "checks", "criteria", "aspects", "nextSteps", "levelTwoPreview", "kpis");
        for (String section : properties.propertyNames()) {
            assertThat(properties.get(section)).as(section).isEqualTo(json.get(section));
        }
        assertThat(properties.get("criteria").size()).isEqualTo(5);
        assertThat(properties.at("/kpis/0/id").asString()).isEqualTo("deployment-frequency");
        assertThat(properties.at("/aspects/1/state").asString()).isEqualTo("insufficient-evidence");
        assertThat(properties.at("/notes/0/kind").asString()).isEqualTo("skipped-large-file");
    }

    @Test
    void versionControlOnlyForAWebAddressWithoutCredentials() {
        JsonNode vcs = run.at("/versionControlProvenance");
        assertThat(vcs.size()).isEqualTo(1);
        assertThat(vcs.at("/0/repositoryUri").asString()).isEqualTo("https://github.com/acme/shop.git");
        assertThat(vcs.at("/0/revisionId").asString()).isEqualTo("3f2c1ab9d0e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8");
        assertThat(vcs.at("/0/mappedTo/uriBaseId").asString()).isEqualTo("%SRCROOT%");
        for (String repository : List.of("https://ci:s3cret@github.com/acme/shop.git", "git@github.com:acme/shop.git",
                "shop", "file:///home/ana/shop")) {
            assertThat(PLAIN.readTree(Reports.render(new SarifReporter(CiReports.catalog()), withRepository(repository)))
                    .at("/runs/0").has("versionControlProvenance")).as(repository).isFalse();
        }
    }

    @Test
    void sameReportSameBytesWhateverTheInputOrder() {
        List<Finding> shuffled = new ArrayList<>(report.findings());
        Collections.reverse(shuffled);
        var checks = new ArrayList<>(report.checks());
        Collections.reverse(checks);
        ScanReport reordered = new ScanReport(report.schemaVersion(), report.tool(), report.target(), report.notes(),
                shuffled, checks, report.criteria(), report.aspects(), report.nextSteps(), report.levelTwoPreview(),
                report.kpis());
        // Rules, results and notifications are sorted by the reporter; run.properties mirror the report's lists.
        JsonNode other = PLAIN.readTree(Reports.render(new SarifReporter(CiReports.catalog()), reordered));
        ((tools.jackson.databind.node.ObjectNode) other.at("/runs/0/properties")).remove("checks");
        JsonNode expected = PLAIN.readTree(text);
        ((tools.jackson.databind.node.ObjectNode) expected.at("/runs/0/properties")).remove("checks");
        assertThat(other).isEqualTo(expected);
        assertThat(Reports.render(new SarifReporter(CiReports.catalog()), report)).isEqualTo(text);
    }

    @Test
    void hostileAndIncompleteInputStaysValidSarif() {
        Finding odd = new Finding(dev.cairn.core.model.CheckId.of("K8S-003"), "run-as-non-root", Severity.HIGH,
                dev.cairn.core.model.Aspect.TECHNOLOGY, List.of(), "\u0000\u001b[2J<script>\u202e\ud800",
                dev.cairn.core.model.Location.file(SourcePath.ROOT), new dev.cairn.core.model.ObjectRef(null, "Pod", null, null),
                Reports.RUNS_AS_ROOT.fingerprint(), dev.cairn.core.model.Suppression.annotation(""));
        ScanReport s = Reports.small();
        ScanReport r = new ScanReport(s.schemaVersion(), s.tool(), s.target(), List.of(), List.of(odd), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
        String out = Reports.render(new SarifReporter(CiReports.catalog()), r);
        JsonNode tree = PLAIN.readTree(out);
        assertThat(SUBSET.validate(tree)).isEmpty();
        JsonNode result = tree.at("/runs/0/results/0");
        assertThat(result.at("/message/text").asString()).isEqualTo("\u0000\u001b[2J<script>\u202e\ufffd");
        assertThat(SarifReporter.wellFormed("a\ud83d\ude00b\udc00\ud800")).isEqualTo("a\ud83d\ude00b\ufffd\ufffd");
        assertThat(SarifReporter.wellFormed("plain")).isSameAs("plain");
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asString()).isEqualTo("./");
        assertThat(result.at("/locations/0/logicalLocations/0/fullyQualifiedName").asString()).isEqualTo("Pod/");
        assertThat(result.at("/locations/0/logicalLocations/0").has("name")).isFalse();
        assertThat(result.at("/suppressions/0").has("justification")).isFalse();
        assertThat(out.chars().filter(c -> c < 0x20 && c != '\n')).isEmpty();
    }

    @Test
    void namesAndDescriptions() {
        assertThat(SarifReporter.pascalCase("run-as-non-root")).isEqualTo("RunAsNonRoot");
        assertThat(SarifReporter.pascalCase("k8s-api-v1beta1")).isEqualTo("K8sApiV1beta1");
        assertThat(SarifReporter.summary("## Rationale\n\nFirst line\nsecond line.\n\nMore.\n")).contains("First line second line.");
        assertThat(SarifReporter.summary("Intro paragraph.\n\n## Rationale\n\n```yaml\nx: 1\n```\n\nAfter code.\n"))
                .contains("After code.");
        assertThat(SarifReporter.summary("No headings at all.")).contains("No headings at all.");
        assertThat(SarifReporter.summary("## Rationale\n\n~~~\n# not a heading\n~~~\nText.\n")).contains("Text.");
        assertThat(SarifReporter.summary("  \n")).isEmpty();
    }

    // ---------------------------------------------------------------- helpers

    private JsonNode rule(String id) {
        for (JsonNode rule : run.at("/tool/driver/rules")) {
            if (rule.get("id").asString().equals(id)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + id);
    }

    private JsonNode result(String ruleId) {
        for (JsonNode result : run.get("results")) {
            if (result.get("ruleId").asString().equals(ruleId)) {
                return result;
            }
        }
        throw new AssertionError("no result of " + ruleId);
    }

    private static ScanReport empty() {
        ScanReport s = Reports.small();
        return new ScanReport(s.schemaVersion(), s.tool(), s.target(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
    }

    private ScanReport withRepository(String repository) {
        Target t = report.target();
        return new ScanReport(report.schemaVersion(), report.tool(),
                new Target(t.path(), repository, t.commit(), t.scannedAt(), t.durationMillis(), t.inputs()),
                report.notes(), report.findings(), report.checks(), report.criteria(), report.aspects(),
                report.nextSteps(), report.levelTwoPreview(), report.kpis());
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    private static List<String> strings(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asString()));
        return out;
    }

    private static Schema schema(String resource, SpecificationVersion version) {
        try (InputStream in = SarifReporterTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError(resource + " is not on the classpath");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return SchemaRegistry.withDefaultDialect(version,
                            b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
                    .getSchema(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
