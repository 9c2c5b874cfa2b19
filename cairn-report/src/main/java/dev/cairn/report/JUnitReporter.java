package dev.cairn.report;

import dev.cairn.core.model.CheckId;
import dev.cairn.core.model.CheckResult;
import dev.cairn.core.model.CriterionResult;
import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Finding;
import dev.cairn.core.model.ScanReport;
import dev.cairn.core.model.Severity;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as CI systems read it (GitLab test reports, Jenkins, Azure DevOps): each check is a test case,
 * and each Level 1 criterion is one too.
 *
 * <p>Suite {@code cairn checks}, one test case per check result, class name the check's domain (the id
 * prefix in lower case: {@code k8s}, {@code dkr}, {@code repo}, ...), name {@code "<ID> <slug>"}:
 * <ul>
 * <li>fail: one {@code <failure>} typed with the highest severity among the counted findings, whose text
 *     lists each counted finding as {@code path:line:column message};</li>
 * <li>error (the check threw): {@code <error>} with what went wrong;</li>
 * <li>not-applicable, not-available: {@code <skipped>};</li>
 * <li>pass and suppressed: a passing test case; suppressed findings of any check are listed in
 *     {@code <system-out>} with the reason, so that nobody mistakes them for absent.</li>
 * </ul>
 *
 * <p>Suite {@code cairn maturity}, only when the report has criteria: one test case per criterion, class name
 * the aspect, name the criterion id. Met passes; not-met fails with type {@code not-met}; partial fails too,
 * with type {@code partial}, because a partial criterion is work left to do and CI dashboards only show
 * failures prominently; unknown and not-applicable are skipped (no verdict is not a pass). Evidence and any
 * conflict with a self-assessment answer are in the failure text, or in {@code <system-out>} when it passed.
 *
 * <p>Everything goes through {@link XMLStreamWriter}, which escapes markup; characters XML 1.0 forbids (C0
 * controls other than tab, line feed and carriage return, lone surrogates, U+FFFE, U+FFFF) are replaced with
 * U+FFFD first, since messages quote manifests and manifests are attacker-controlled.
 */
public final class JUnitReporter implements Reporter {
    static final String CHECKS_SUITE = "cairn checks";
    static final String MATURITY_SUITE = "cairn maturity";
    private static final String INDENT = "  ";
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

    enum Kind { PASS, FAILURE, ERROR, SKIPPED }

    /** One test case, already decided; {@code body} is the text of the failure, error or skipped element. */
    private record Case(String classname, String name, Kind kind, String type, String message, String body,
            String systemOut) {}

    private record Suite(String name, List<Case> cases, Double seconds, String timestamp, Map<String, String> properties) {
        long count(Kind kind) {
            return cases.stream().filter(c -> c.kind() == kind).count();
        }
    }

    @Override
    public void write(ScanReport report, Writer out) throws IOException {
        List<Suite> suites = new ArrayList<>();
        suites.add(checks(report));
        if (!report.criteria().isEmpty()) {
            suites.add(maturity(report));
        }
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            newline(xml, 0);
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "cairn");
            counts(xml, suites.stream().mapToLong(s -> s.cases().size()).sum(),
                    suites.stream().mapToLong(s -> s.count(Kind.FAILURE)).sum(),
                    suites.stream().mapToLong(s -> s.count(Kind.ERROR)).sum(),
                    suites.stream().mapToLong(s -> s.count(Kind.SKIPPED)).sum());
            xml.writeAttribute("time", seconds(report.target().durationMillis() / 1000.0));
            for (Suite suite : suites) {
                suite(xml, suite);
            }
            newline(xml, 0);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close(); // does not close the underlying writer
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
        out.write('\n');
        out.flush();
    }

    // ---------------------------------------------------------------- suites

    private static Suite checks(ScanReport report) {
        Map<CheckId, List<Finding>> byCheck = new TreeMap<>();
        report.findings().stream().sorted(Finding.ORDER)
                .forEach(f -> byCheck.computeIfAbsent(f.checkId(), k -> new ArrayList<>()).add(f));
        List<Case> cases = new ArrayList<>();
        List<CheckResult> results = report.checks().stream()
                .sorted(Comparator.comparing(CheckResult::checkId)).toList();
        for (CheckResult c : results) {
            List<Finding> findings = byCheck.getOrDefault(c.checkId(), List.of());
            List<Finding> counted = findings.stream().filter(Finding::counts).toList();
            List<Finding> suppressed = findings.stream().filter(f -> !f.counts()).toList();
            String classname = domain(c.checkId());
            String name = c.checkId() + " " + c.slug();
            String systemOut = suppressed.isEmpty() ? null : suppressedList(suppressed);
            cases.add(switch (c.status()) {
                case FAIL -> {
                    int n = counted.isEmpty() ? c.findings() : counted.size();
                    String type = counted.stream().map(Finding::severity).max(Comparator.naturalOrder())
                            .map(Severity::id).orElse("fail");
                    yield new Case(classname, name, Kind.FAILURE, type, n + (n == 1 ? " finding" : " findings"),
                            String.join("\n", counted.stream().map(JUnitReporter::line).toList()), systemOut);
                }
                case ERROR -> new Case(classname, name, Kind.ERROR, "error", "the check did not complete",
                        c.error() == null ? "no message" : c.error(), systemOut);
                case NOT_APPLICABLE -> new Case(classname, name, Kind.SKIPPED, null,
                        "not applicable: nothing in scope", null, systemOut);
                case NOT_AVAILABLE -> new Case(classname, name, Kind.SKIPPED, null,
                        "not available: the evidence it needs was not collected", null, systemOut);
                case PASS, SUPPRESSED -> new Case(classname, name, Kind.PASS, null, null, null, systemOut);
            });
        }
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("cairn.version", report.tool().version());
        properties.put("cairn.ruleset", report.tool().rulesetVersion());
        properties.put("target.path", report.target().path());
        properties.put("target.commit", report.target().commit());
        return new Suite(CHECKS_SUITE, cases, report.target().durationMillis() / 1000.0,
                timestamp(report.target().scannedAt()), properties);
    }

    private static Suite maturity(ScanReport report) {
        List<Case> cases = new ArrayList<>();
        for (CriterionResult r : report.criteria()) {
            String classname = ReportJson.kebab(r.aspect());
            String details = criterionDetails(r);
            cases.add(switch (r.outcome()) {
                case MET -> new Case(classname, r.id(), Kind.PASS, null, null, null, details);
                case NOT_MET -> new Case(classname, r.id(), Kind.FAILURE, "not-met", "not met", details, null);
                case PARTIAL -> new Case(classname, r.id(), Kind.FAILURE, "partial", "partially met", details, null);
                case UNKNOWN -> new Case(classname, r.id(), Kind.SKIPPED, null,
                        "unknown: not enough evidence for a verdict", details, null);
                case NOT_APPLICABLE -> new Case(classname, r.id(), Kind.SKIPPED, null, "not applicable", details, null);
            });
        }
        return new Suite(MATURITY_SUITE, cases, null, timestamp(report.target().scannedAt()), Map.of());
    }

    private static String criterionDetails(CriterionResult r) {
        List<String> lines = new ArrayList<>();
        lines.add(ReportJson.kebab(r.tier()) + " criterion, " + ReportJson.kebab(r.outcome()) + ", "
                + (r.confidence() == null ? "no" : ReportJson.kebab(r.confidence())) + " evidence");
        if (r.conflict() != null) {
            lines.add("conflict: " + r.conflict());
        }
        for (EvidenceItem e : r.evidence()) {
            StringBuilder line = new StringBuilder("- ").append(e.summary());
            if (e.location() != null) line.append(" (").append(e.location().display()).append(')');
            if (e.commit() != null) line.append(" (commit ").append(e.commit()).append(')');
            if (e.object() != null && e.location() == null) line.append(" (").append(e.object().display()).append(')');
            if (e.question() != null) line.append(" (answer ").append(e.question()).append(')');
            if (e.checkId() != null) line.append(" (").append(e.checkId()).append(')');
            lines.add(line.toString());
        }
        return String.join("\n", lines);
    }

    private static String suppressedList(List<Finding> suppressed) {
        List<String> lines = new ArrayList<>();
        lines.add(suppressed.size() + (suppressed.size() == 1 ? " suppressed finding:" : " suppressed findings:"));
        for (Finding f : suppressed) {
            var why = f.suppressed();
            lines.add(line(f) + " [" + ReportJson.kebab(why.kind())
                    + (why.reason() == null || why.reason().isEmpty() ? "" : ": " + why.reason())
                    + (why.owner() == null ? "" : ", owner " + why.owner())
                    + (why.expires() == null ? "" : ", expires " + why.expires()) + "]");
        }
        return String.join("\n", lines);
    }

    private static String line(Finding f) {
        return f.location().display() + " " + (f.message() == null ? "" : f.message());
    }

    /** {@code K8S-003} belongs to {@code k8s}: the domain the id prefix names (PRODUCT.md, "Check ids"). */
    private static String domain(CheckId id) {
        return id.value().substring(0, id.value().indexOf('-')).toLowerCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------- writing

    private static void suite(XMLStreamWriter xml, Suite suite) throws XMLStreamException {
        newline(xml, 1);
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", suite.name());
        counts(xml, suite.cases().size(), suite.count(Kind.FAILURE), suite.count(Kind.ERROR), suite.count(Kind.SKIPPED));
        if (suite.seconds() != null) {
            xml.writeAttribute("time", seconds(suite.seconds()));
        }
        if (suite.timestamp() != null) {
            xml.writeAttribute("timestamp", suite.timestamp());
        }
        List<Map.Entry<String, String>> properties = suite.properties().entrySet().stream()
                .filter(e -> e.getValue() != null).toList();
        if (!properties.isEmpty()) {
            newline(xml, 2);
            xml.writeStartElement("properties");
            for (Map.Entry<String, String> p : properties) {
                newline(xml, 3);
                xml.writeEmptyElement("property");
                xml.writeAttribute("name", p.getKey());
                xml.writeAttribute("value", attribute(p.getValue()));
            }
            newline(xml, 2);
            xml.writeEndElement();
        }
        for (Case c : suite.cases()) {
            testcase(xml, c);
        }
        newline(xml, 1);
        xml.writeEndElement();
    }

    private static void testcase(XMLStreamWriter xml, Case c) throws XMLStreamException {
        newline(xml, 2);
        boolean empty = c.kind() == Kind.PASS && c.systemOut() == null;
        if (empty) {
            xml.writeEmptyElement("testcase");
        } else {
            xml.writeStartElement("testcase");
        }
        xml.writeAttribute("classname", attribute(c.classname()));
        xml.writeAttribute("name", attribute(c.name()));
        if (empty) {
            return;
        }
        if (c.kind() != Kind.PASS) {
            newline(xml, 3);
            String element = switch (c.kind()) {
                case FAILURE -> "failure";
                case ERROR -> "error";
                case SKIPPED -> "skipped";
                case PASS -> throw new AssertionError();
            };
            if (c.body() == null || c.body().isEmpty()) {
                xml.writeEmptyElement(element);
            } else {
                xml.writeStartElement(element);
            }
            if (c.type() != null) {
                xml.writeAttribute("type", attribute(c.type()));
            }
            if (c.message() != null) {
                xml.writeAttribute("message", attribute(c.message()));
            }
            if (c.body() != null && !c.body().isEmpty()) {
                xml.writeCharacters(text(c.body()));
                xml.writeEndElement();
            }
        }
        if (c.systemOut() != null) {
            newline(xml, 3);
            xml.writeStartElement("system-out");
            xml.writeCharacters(text(c.systemOut()));
            xml.writeEndElement();
        }
        newline(xml, 2);
        xml.writeEndElement();
    }

    private static void counts(XMLStreamWriter xml, long tests, long failures, long errors, long skipped)
            throws XMLStreamException {
        xml.writeAttribute("tests", Long.toString(tests));
        xml.writeAttribute("failures", Long.toString(failures));
        xml.writeAttribute("errors", Long.toString(errors));
        xml.writeAttribute("skipped", Long.toString(skipped));
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + INDENT.repeat(depth));
    }

    private static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.3f", seconds);
    }

    /** ISO 8601 in UTC without a zone designator, the form the JUnit schema of Ant and Jenkins expects. */
    private static String timestamp(Instant instant) {
        return instant == null ? null : TIMESTAMP.format(instant);
    }

    /** Attribute values become one line: parsers would turn line breaks into spaces anyway. */
    private static String attribute(String value) {
        return text(value).replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }

    /** Replaces every character XML 1.0 does not allow with U+FFFD; markup is escaped by the writer. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            int width = Character.charCount(cp);
            boolean legal = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!legal && out == null) {
                out = new StringBuilder(value.length()).append(value, 0, i);
            }
            if (out != null) {
                if (legal) {
                    out.appendCodePoint(cp);
                } else {
                    out.append('\uFFFD');
                }
            }
            i += width;
        }
        return out == null ? value : out.toString();
    }
}
