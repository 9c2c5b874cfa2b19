package dev.cairn.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.model.CheckId;
import dev.cairn.core.model.CheckResult;
import dev.cairn.core.model.CheckStatus;
import dev.cairn.core.model.Finding;
import dev.cairn.core.model.ScanReport;
import dev.cairn.core.model.Severity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class JUnitReporterTest {
    private final ScanReport report = CiReports.ci();
    private final String xml = Reports.render(new JUnitReporter(), report);
    private final Element root = parse(xml).getDocumentElement();

    @Test
    void suitesAndTheirCounts() {
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(attributes(root)).containsOnly(Map.entry("name", "cairn"), Map.entry("tests", "17"),
                Map.entry("failures", "7"), Map.entry("errors", "1"), Map.entry("skipped", "4"),
                Map.entry("time", "0.412"));
        List<Element> suites = children(root, "testsuite");
        assertThat(suites).hasSize(2);
        assertThat(attributes(suites.get(0))).containsOnly(Map.entry("name", "cairn checks"), Map.entry("tests", "12"),
                Map.entry("failures", "5"), Map.entry("errors", "1"), Map.entry("skipped", "2"),
                Map.entry("time", "0.412"), Map.entry("timestamp", "2026-03-01T09:30:00"));
        assertThat(attributes(suites.get(1))).containsOnly(Map.entry("name", "cairn maturity"), Map.entry("tests", "5"),
                Map.entry("failures", "2"), Map.entry("errors", "0"), Map.entry("skipped", "2"),
                Map.entry("timestamp", "2026-03-01T09:30:00"));
        // The counts agree with the elements.
        for (Element suite : suites) {
            List<Element> cases = children(suite, "testcase");
            assertThat(cases).hasSize(Integer.parseInt(suite.getAttribute("tests")));
            assertThat(cases.stream().filter(c -> !children(c, "failure").isEmpty()).count())
                    .isEqualTo(Long.parseLong(suite.getAttribute("failures")));
            assertThat(cases.stream().filter(c -> !children(c, "error").isEmpty()).count())
                    .isEqualTo(Long.parseLong(suite.getAttribute("errors")));
            assertThat(cases.stream().filter(c -> !children(c, "skipped").isEmpty()).count())
                    .isEqualTo(Long.parseLong(suite.getAttribute("skipped")));
        }
    }

    @Test
    void oneTestCasePerCheckNamedByIdAndSlugInItsDomain() {
        List<Element> cases = children(children(root, "testsuite").get(0), "testcase");
        Map<String, String> names = new LinkedHashMap<>();
        cases.forEach(c -> names.put(c.getAttribute("name"), c.getAttribute("classname")));
        assertThat(names).containsExactly(
                Map.entry("CEL-001 team-label", "cel"),
                Map.entry("CI-004 pipeline-timeout", "ci"),
                Map.entry("CLU-001 audit-logging", "clu"),
                Map.entry("DKR-001 pinned-base-image", "dkr"),
                Map.entry("K8S-001 privileged-container", "k8s"),
                Map.entry("K8S-003 run-as-non-root", "k8s"),
                Map.entry("K8S-006 image-tag-latest", "k8s"),
                Map.entry("K8S-009 default-namespace", "k8s"),
                Map.entry("K8S-012 resource-limits", "k8s"),
                Map.entry("K8S-020 pdb-coverage", "k8s"),
                Map.entry("K8S-041 committed-secret", "k8s"),
                Map.entry("REPO-001 codeowners", "repo"));
    }

    @Test
    void failedCheckListsItsCountedFindings() {
        Element failure = only(testcase("K8S-003 run-as-non-root"), "failure");
        assertThat(attributes(failure)).containsOnly(Map.entry("type", "high"), Map.entry("message", "1 finding"));
        assertThat(failure.getTextContent()).isEqualTo(
                "deploy/base/deployment.yaml:21:11 container \"web\" may run as root: set securityContext.runAsNonRoot: true");
        assertThat(only(testcase("K8S-001 privileged-container"), "failure").getAttribute("type")).isEqualTo("critical");
        assertThat(only(testcase("K8S-012 resource-limits"), "failure").getAttribute("type")).isEqualTo("medium");
        Element fileLevel = only(testcase("CEL-001 team-label"), "failure");
        assertThat(fileLevel.getAttribute("type")).isEqualTo("low");
        assertThat(fileLevel.getTextContent()).isEqualTo("deploy/base/kustomization.yaml the kustomization sets no team label");
        assertThat(children(testcase("K8S-003 run-as-non-root"), "system-out")).isEmpty();
    }

    @Test
    void severalFindingsOneFailureTypedWithTheHighest() {
        Finding second = new Finding(CheckId.of("K8S-003"), "run-as-non-root", Severity.CRITICAL,
                Reports.RUNS_AS_ROOT.aspect(), List.of(), "container \"sidecar\" runs as UID 0",
                new dev.cairn.core.model.Location(Reports.WEB_CONTAINER.path(), new dev.cairn.core.model.Span(40, 11, 40, 30),
                        "/spec/template/spec/containers/1", 0),
                Reports.WEB, "99999999999999999999999999999999", null);
        ScanReport s = Reports.small();
        List<Finding> findings = new ArrayList<>(List.of(second, Reports.RUNS_AS_ROOT));
        ScanReport two = new ScanReport(s.schemaVersion(), s.tool(), s.target(), List.of(), findings,
                List.of(new CheckResult(CheckId.of("K8S-003"), "run-as-non-root", CheckStatus.FAIL, 2, 0, null)),
                List.of(), List.of(), List.of(), List.of(), List.of());
        Element failure = only(only(only(parse(Reports.render(new JUnitReporter(), two)).getDocumentElement(),
                "testsuite"), "testcase"), "failure");
        assertThat(attributes(failure)).containsOnly(Map.entry("type", "critical"), Map.entry("message", "2 findings"));
        assertThat(failure.getTextContent()).isEqualTo("""
                deploy/base/deployment.yaml:21:11 container "web" may run as root: set securityContext.runAsNonRoot: true
                deploy/base/deployment.yaml:40:11 container "sidecar" runs as UID 0""");
    }

    @Test
    void errorSkippedAndPassingChecks() {
        Element error = only(testcase("K8S-020 pdb-coverage"), "error");
        assertThat(attributes(error)).containsOnly(Map.entry("type", "error"),
                Map.entry("message", "the check did not complete"));
        assertThat(error.getTextContent()).isEqualTo("index lookup failed: NullPointerException");
        assertThat(attributes(only(testcase("CI-004 pipeline-timeout"), "skipped")))
                .containsOnly(Map.entry("message", "not applicable: nothing in scope"));
        assertThat(attributes(only(testcase("CLU-001 audit-logging"), "skipped")))
                .containsOnly(Map.entry("message", "not available: the evidence it needs was not collected"));
        assertThat(testcase("REPO-001 codeowners").getChildNodes().getLength()).isZero();
    }

    @Test
    void suppressedChecksPassAndSayWhatWasSuppressed() {
        Element waived = testcase("K8S-041 committed-secret");
        assertThat(elements(waived)).extracting(Element::getTagName).containsExactly("system-out");
        assertThat(only(waived, "system-out").getTextContent()).isEqualTo("""
                1 suppressed finding:
                deploy/base/secret.yaml:7:3 Secret data is committed in plain text \
                [waiver: test credentials only, owner team-shop, expires 2026-06-30]""");
        assertThat(only(testcase("K8S-009 default-namespace"), "system-out").getTextContent()).isEqualTo("""
                1 suppressed finding:
                deploy/base/configmap.yaml:4:3 ConfigMap settings has no namespace [annotation: the namespace is set by kustomize]""");
        assertThat(only(testcase("K8S-006 image-tag-latest"), "system-out").getTextContent())
                .endsWith("[baseline: present in the baseline report]");
    }

    @Test
    void maturitySuiteOneTestCasePerCriterion() {
        Element suite = children(root, "testsuite").get(1);
        List<Element> cases = children(suite, "testcase");
        assertThat(cases).extracting(c -> c.getAttribute("classname") + " " + c.getAttribute("name"))
                .containsExactly("people PEO-1", "process PRC-3", "technology TEC-8", "policy POL-6", "business-outcomes BIZ-2");
        assertThat(elements(cases.get(0))).extracting(Element::getTagName).containsExactly("system-out");
        assertThat(only(cases.get(0), "system-out").getTextContent()).isEqualTo("""
                core criterion, met, attested evidence
                - answered yes: checkout POC, sponsor VP Eng (answer PEO-1)""");
        assertThat(attributes(only(cases.get(1), "failure")))
                .containsOnly(Map.entry("type", "partial"), Map.entry("message", "partially met"));
        assertThat(only(cases.get(1), "failure").getTextContent()).isEqualTo("""
                supporting criterion, partial, observed evidence
                - pipeline builds the image but does not push it (.github/workflows/ci.yaml:12:7)""");
        Element notMet = only(cases.get(2), "failure");
        assertThat(attributes(notMet)).containsOnly(Map.entry("type", "not-met"), Map.entry("message", "not met"));
        assertThat(notMet.getTextContent()).isEqualTo("""
                core criterion, not-met, observed evidence
                conflict: answered met, but K8S-003 found a container that may run as root
                - K8S-003 failed on Deployment shop/web (deploy/base/deployment.yaml:21:11) (K8S-003)
                - securityContext removed (commit 0123456789abcdef0123456789abcdef01234567)
                - answered: containers never run as root (answer tec-8-non-root)""");
        assertThat(attributes(only(cases.get(3), "skipped")))
                .containsOnly(Map.entry("message", "unknown: not enough evidence for a verdict"));
        assertThat(attributes(only(cases.get(4), "skipped"))).containsOnly(Map.entry("message", "not applicable"));
    }

    @Test
    void noMaturitySuiteWithoutCriteria() {
        Element small = parse(Reports.render(new JUnitReporter(), Reports.small())).getDocumentElement();
        assertThat(children(small, "testsuite")).extracting(s -> s.getAttribute("name")).containsExactly("cairn checks");
        assertThat(attributes(small)).containsEntry("tests", "7").containsEntry("failures", "3")
                .containsEntry("errors", "1").containsEntry("skipped", "1");
    }

    @Test
    void suitePropertiesNameTheToolAndTarget() {
        Element properties = only(children(root, "testsuite").get(0), "properties");
        Map<String, String> values = new LinkedHashMap<>();
        children(properties, "property").forEach(p -> values.put(p.getAttribute("name"), p.getAttribute("value")));
        assertThat(values).containsExactly(Map.entry("cairn.version", "0.1.0"), Map.entry("cairn.ruleset", "2026.03"),
                Map.entry("target.path", "examples/shop"),
                Map.entry("target.commit", "3f2c1ab9d0e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8"));
    }

    @Test
    void markupAndControlCharactersFromManifestsCannotBreakTheXml() {
        String hostile = "container \"<script>alert('x')</script>\" & ]]> \u0000\u0007\u001b[2J\uFFFF\ud800 é 😀\nline two";
        Finding f = new Finding(CheckId.of("K8S-003"), "run-as-non-root", Severity.HIGH, Reports.RUNS_AS_ROOT.aspect(),
                List.of(), hostile, Reports.WEB_CONTAINER, Reports.WEB, Reports.RUNS_AS_ROOT.fingerprint(), null);
        ScanReport s = Reports.small();
        ScanReport report = new ScanReport(s.schemaVersion(), s.tool(),
                new dev.cairn.core.model.Target("repo\u0001<x>", null, null, s.target().scannedAt(), 5, s.target().inputs()),
                List.of(), List.of(f),
                List.of(new CheckResult(CheckId.of("K8S-003"), "run-as-non-root", CheckStatus.FAIL, 1, 0, null),
                        new CheckResult(CheckId.of("K8S-020"), "pdb-coverage", CheckStatus.ERROR, 0, 0, "boom <b>\u0002</b>")),
                List.of(), List.of(), List.of(), List.of(), List.of());
        String out = Reports.render(new JUnitReporter(), report);
        assertThat(out).doesNotContain("<script>").doesNotContain("<b>").doesNotContain("<x>")
                .contains("&lt;script&gt;");
        assertThat(out.chars().filter(c -> c < 0x20 && c != '\n')).isEmpty();
        assertThat(out).doesNotContain("\uFFFF").doesNotContain("\ud800\u0020");
        Element parsed = parse(out).getDocumentElement();
        Element suite = only(parsed, "testsuite");
        List<Element> cases = children(suite, "testcase");
        assertThat(only(cases.get(0), "failure").getTextContent()).isEqualTo(
                "deploy/base/deployment.yaml:21:11 container \"<script>alert('x')</script>\" & ]]> "
                        + "\uFFFD\uFFFD\uFFFD[2J\uFFFD\uFFFD é 😀\nline two");
        assertThat(only(cases.get(1), "error").getTextContent()).isEqualTo("boom <b>\uFFFD</b>");
        Map<String, String> values = new LinkedHashMap<>();
        children(only(suite, "properties"), "property").forEach(p -> values.put(p.getAttribute("name"), p.getAttribute("value")));
        assertThat(values).containsEntry("target.path", "repo\uFFFD<x>");
    }

    @Test
    void xmlCharacterFilter() {
        assertThat(JUnitReporter.text("plain")).isSameAs("plain");
        assertThat(JUnitReporter.text("a\tb\nc\rd")).isEqualTo("a\tb\nc\rd");
        assertThat(JUnitReporter.text("\u0000\u001f\u007f")).isEqualTo("\uFFFD\uFFFD\u007f");
        assertThat(JUnitReporter.text("\udc00x\ud83d\ude00")).isEqualTo("\uFFFDx\ud83d\ude00");
        assertThat(JUnitReporter.text(null)).isEmpty();
    }

    @Test
    void sameReportSameBytesWhateverTheInputOrder() {
        List<Finding> findings = new ArrayList<>(report.findings());
        Collections.reverse(findings);
        List<CheckResult> checks = new ArrayList<>(report.checks());
        Collections.reverse(checks);
        ScanReport reordered = new ScanReport(report.schemaVersion(), report.tool(), report.target(), report.notes(),
                findings, checks, report.criteria(), report.aspects(), report.nextSteps(), report.levelTwoPreview(),
                report.kpis());
        assertThat(Reports.render(new JUnitReporter(), reordered)).isEqualTo(xml);
    }

    @Test
    void documentShape() {
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<testsuites name=\"cairn\" tests=\"17\" failures=\"7\" errors=\"1\" skipped=\"4\" time=\"0.412\">\n"
                        + "  <testsuite name=\"cairn checks\" tests=\"12\" failures=\"5\" errors=\"1\" skipped=\"2\" time=\"0.412\""
                        + " timestamp=\"2026-03-01T09:30:00\">\n    <properties>\n")
                .contains("\n  <testsuite name=\"cairn checks\"")
                .contains("\n    <testcase classname=\"repo\" name=\"REPO-001 codeowners\"/>\n")
                .endsWith("</testsuites>\n")
                .doesNotContain("\r");
    }

    // ---------------------------------------------------------------- helpers

    private Element testcase(String name) {
        for (Element c : children(children(root, "testsuite").get(0), "testcase")) {
            if (c.getAttribute("name").equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no test case " + name);
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    private static List<Element> elements(Element parent) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<Element> children(Element parent, String tag) {
        return elements(parent).stream().filter(e -> e.getTagName().equals(tag)).toList();
    }

    private static Element only(Element parent, String tag) {
        List<Element> found = children(parent, tag);
        assertThat(found).as("<%s> in <%s>", tag, parent.getTagName()).hasSize(1);
        return found.get(0);
    }

    /** All attributes of an element; the DOM does not keep their order, {@link #documentShape} checks it. */
    private static Map<String, String> attributes(Element e) {
        Map<String, String> out = new LinkedHashMap<>();
        var attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Node n = attrs.item(i);
            out.put(n.getNodeName(), n.getNodeValue());
        }
        return out;
    }
}
