package dev.cairn.report;

import dev.cairn.core.check.ComplianceRef;
import dev.cairn.core.cluster.ClusterAddress;
import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.CheckId;
import dev.cairn.core.model.CheckResult;
import dev.cairn.core.model.CheckStatus;
import dev.cairn.core.model.Finding;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.ObjectRef;
import dev.cairn.core.model.ScanReport;
import dev.cairn.core.model.Severity;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.model.Span;
import dev.cairn.core.model.Suppression;
import dev.cairn.core.model.Target;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, one rule per check of the report
 * (every check that ran and every check that fired), one result per finding, suppressed findings included
 * and marked. Criteria, aspects, KPIs and the other sections a result cannot carry (they have no location)
 * go into {@code run.properties}, serialised exactly as the JSON report serialises them.
 *
 * <p>The report knows check ids and slugs only; titles, default severities, criteria and pages come from
 * the {@link RuleCatalog}. A check the catalog does not know still gets a rule, described by its id, slug
 * and the severity of its findings.
 *
 * <p>A rule's {@code defaultConfiguration.level} and {@code security-severity} are the severity this scan
 * used for the check: its default, or the {@code .cairn.yaml} override that its findings carry. GitHub reads
 * the severity of an alert from the rule, so an override must show there to be seen at all.
 */
public final class SarifReporter implements Reporter {
    public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String SARIF_VERSION = "2.1.0";
    public static final String INFORMATION_URI = "https://github.com/cairn-dev/cairn";
    /** The base of every artifact URI: the scanned root. */
    public static final String SRCROOT = "%SRCROOT%";
    /** The key of cairn's line-independent fingerprint in {@code partialFingerprints}. */
    public static final String FINGERPRINT_KEY = "cairn/v1";

    private static final Pattern SEMVER = Pattern.compile(
            "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");

    private final RuleCatalog catalog;

    public SarifReporter(RuleCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** The SARIF {@code level} of a severity (PRODUCT.md, "Conventions"). */
    public static String level(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, INFO -> "note";
        };
    }

    /** The {@code security-severity} GitHub code scanning expects: a number, written as a string. */
    public static String securitySeverity(Severity severity) {
        return switch (severity) {
            case CRITICAL -> "9.5";
            case HIGH -> "8.0";
            case MEDIUM -> "5.5";
            case LOW -> "3.0";
            case INFO -> "0.0";
        };
    }

    @Override
    public void write(ScanReport report, Writer out) throws IOException {
        ObjectNode log = log(report);
        try {
            ReportJson.WRITER.writeValue(out, log);
        } catch (JacksonException e) {
            IOException io = ReportJson.ioCause(e);
            if (io != null) {
                throw io;
            }
            throw e;
        }
        out.write('\n');
        out.flush();
    }

    private ObjectNode log(ScanReport report) {
        ObjectNode log = ReportJson.MAPPER.createObjectNode();
        log.put("$schema", SCHEMA_URI);
        log.put("version", SARIF_VERSION);
        log.putArray("runs").add(run(report));
        return log;
    }

    private ObjectNode run(ScanReport report) {
        List<Rule> rules = rules(report);
        Map<CheckId, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            index.put(rules.get(i).id(), i);
        }
        ObjectNode run = ReportJson.MAPPER.createObjectNode();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", Objects.toString(report.tool().name(), "cairn"));
        if (report.tool().version() != null) {
            driver.put("version", report.tool().version());
            if (SEMVER.matcher(report.tool().version()).matches()) {
                driver.put("semanticVersion", report.tool().version());
            }
        }
        driver.put("informationUri", INFORMATION_URI);
        ArrayNode ruleNodes = driver.putArray("rules");
        rules.forEach(rule -> ruleNodes.add(rule.node()));
        if (report.tool().rulesetVersion() != null) {
            driver.putObject("properties").put("rulesetVersion", report.tool().rulesetVersion());
        }

        run.putArray("invocations").add(invocation(report, index));
        run.putObject("originalUriBaseIds").putObject(SRCROOT).putObject("description")
                .put("text", "The scanned root: " + report.target().path());
        versionControl(report.target()).ifPresent(vcs -> run.putArray("versionControlProvenance").add(vcs));

        ArrayNode results = run.putArray("results");
        report.findings().stream().sorted(Finding.ORDER).forEach(f -> results.add(result(f, index.get(f.checkId()))));
        run.put("columnKind", "utf16CodeUnits");

        ObjectNode properties = run.putObject("properties");
        properties.set("target", ReportJson.MAPPER.valueToTree(report.target()));
        properties.set("notes", ReportJson.MAPPER.valueToTree(report.notes()));
        properties.set("checks", ReportJson.MAPPER.valueToTree(report.checks()));
        properties.set("criteria", ReportJson.MAPPER.valueToTree(report.criteria()));
        properties.set("aspects", ReportJson.MAPPER.valueToTree(report.aspects()));
        properties.set("nextSteps", ReportJson.MAPPER.valueToTree(report.nextSteps()));
        properties.set("levelTwoPreview", ReportJson.MAPPER.valueToTree(report.levelTwoPreview()));
        properties.set("kpis", ReportJson.MAPPER.valueToTree(report.kpis()));
        return run;
    }

    // ---------------------------------------------------------------- rules

    /** What is known of one check: from the catalog when it knows it, otherwise from the report alone. */
    private record Rule(CheckId id, String slug, Optional<RuleInfo> info, Severity severity, Aspect aspect,
            List<String> criteria) {

        ObjectNode node() {
            ObjectNode rule = ReportJson.MAPPER.createObjectNode();
            rule.put("id", id.value());
            rule.put("name", pascalCase(slug));
            String title = info.map(RuleInfo::title).orElse(id + " " + slug);
            rule.putObject("shortDescription").put("text", title);
            rule.putObject("fullDescription").put("text",
                    info.map(RuleInfo::markdown).flatMap(SarifReporter::summary).orElse(title));
            String page = info.map(RuleInfo::markdown).filter(m -> !m.isBlank()).orElse(null);
            String helpUri = info.map(RuleInfo::helpUri).orElse(null);
            if (page != null) {
                rule.putObject("help").put("text", page).put("markdown", page);
            } else if (helpUri != null) {
                rule.putObject("help").put("text", title + ": see " + helpUri)
                        .put("markdown", title + ": see [" + id + "](" + helpUri + ")");
            }
            if (helpUri != null) {
                rule.put("helpUri", helpUri);
            }
            if (severity != null) {
                rule.putObject("defaultConfiguration").put("level", level(severity));
            }
            ObjectNode properties = rule.putObject("properties");
            properties.put("slug", slug);
            ArrayNode tags = properties.putArray("tags");
            Set<String> tagSet = new LinkedHashSet<>();
            if (aspect != null) {
                tagSet.add(ReportJson.kebab(aspect));
            }
            tagSet.addAll(criteria);
            tagSet.add("security");
            tagSet.forEach(tags::add);
            if (severity != null) {
                properties.put("security-severity", securitySeverity(severity));
                properties.put("severity", severity.id());
            }
            if (aspect != null) {
                properties.put("aspect", ReportJson.kebab(aspect));
            }
            ArrayNode criteriaNode = properties.putArray("criteria");
            criteria.forEach(criteriaNode::add);
            List<ComplianceRef> compliance = info.map(RuleInfo::compliance).orElse(List.of());
            if (!compliance.isEmpty()) {
                ArrayNode refs = properties.putArray("compliance");
                for (ComplianceRef c : compliance) {
                    ObjectNode ref = refs.addObject();
                    ref.put("framework", ReportJson.kebab(c.framework()));
                    ref.put("control", c.control());
                    if (c.title() != null) {
                        ref.put("title", c.title());
                    }
                }
            }
            return rule;
        }
    }

    /** One rule per check that ran or fired, sorted by id, so that rule indices are stable for the same report. */
    private List<Rule> rules(ScanReport report) {
        Map<CheckId, String> slugs = new TreeMap<>();
        Map<CheckId, Severity> fired = new TreeMap<>();
        Map<CheckId, Finding> sample = new TreeMap<>();
        for (CheckResult c : report.checks()) {
            slugs.putIfAbsent(c.checkId(), Objects.toString(c.slug(), ""));
        }
        for (Finding f : report.findings()) {
            slugs.putIfAbsent(f.checkId(), Objects.toString(f.slug(), ""));
            fired.merge(f.checkId(), f.severity(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
            sample.putIfAbsent(f.checkId(), f);
        }
        List<Rule> rules = new ArrayList<>();
        for (Map.Entry<CheckId, String> e : slugs.entrySet()) {
            CheckId id = e.getKey();
            Optional<RuleInfo> info = catalog.rule(id);
            Finding any = sample.get(id);
            Severity severity = fired.containsKey(id) ? fired.get(id) : info.map(RuleInfo::severity).orElse(null);
            Aspect aspect = info.map(RuleInfo::aspect).orElse(any == null ? null : any.aspect());
            List<String> criteria = info.map(RuleInfo::criteria).orElse(any == null ? List.of() : any.criteria());
            String slug = info.map(RuleInfo::slug).orElse(e.getValue());
            rules.add(new Rule(id, slug, info, severity, aspect, criteria));
        }
        return rules;
    }

    /** {@code run-as-non-root} becomes {@code RunAsNonRoot}, the SARIF convention for rule names. */
    static String pascalCase(String slug) {
        StringBuilder name = new StringBuilder(slug.length());
        for (String part : slug.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.toString();
    }

    /** The first paragraph of the page's Rationale (or of the page), as one line of plain text. */
    static Optional<String> summary(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return Optional.empty();
        }
        List<String> lines = markdown.lines().toList();
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equalsIgnoreCase("## Rationale")) {
                start = i + 1;
                break;
            }
        }
        List<String> paragraph = new ArrayList<>();
        boolean fenced = false;
        for (int i = start; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            boolean fence = line.startsWith("```") || line.startsWith("~~~");
            if (fence) {
                fenced = !fenced;
            }
            if (fence || fenced || line.isEmpty() || line.startsWith("#")) {
                if (!paragraph.isEmpty()) break;
                continue;
            }
            paragraph.add(line);
        }
        return paragraph.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", paragraph));
    }

    // ---------------------------------------------------------------- invocation

    private static ObjectNode invocation(ScanReport report, Map<CheckId, Integer> index) {
        ObjectNode invocation = ReportJson.MAPPER.createObjectNode();
        // A check that threw is reported here and does not fail the scan (PRODUCT.md, "Exit codes").
        invocation.put("executionSuccessful", true);
        Instant started = report.target().scannedAt();
        if (started != null) {
            invocation.put("startTimeUtc", started.truncatedTo(ChronoUnit.MILLIS).toString());
            invocation.put("endTimeUtc",
                    started.plusMillis(report.target().durationMillis()).truncatedTo(ChronoUnit.MILLIS).toString());
        }
        List<CheckResult> errors = report.checks().stream()
                .filter(c -> c.status() == CheckStatus.ERROR)
                .sorted((a, b) -> a.checkId().compareTo(b.checkId()))
                .toList();
        if (!errors.isEmpty()) {
            ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
            for (CheckResult c : errors) {
                ObjectNode n = notifications.addObject();
                n.put("level", "error");
                n.putObject("message").put("text", c.checkId() + " " + c.slug() + " did not complete: "
                        + (c.error() == null ? "no message" : c.error()));
                ObjectNode rule = n.putObject("associatedRule");
                rule.put("id", c.checkId().value());
                rule.put("index", index.get(c.checkId()));
            }
        }
        return invocation;
    }

    /** The repository and commit, when the repository is a web address without credentials. */
    private static Optional<ObjectNode> versionControl(Target target) {
        if (target.repository() == null || target.commit() == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(target.repository());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getRawUserInfo() != null || uri.getHost() == null) {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        ObjectNode vcs = ReportJson.MAPPER.createObjectNode();
        vcs.put("repositoryUri", target.repository());
        vcs.put("revisionId", target.commit());
        vcs.putObject("mappedTo").put("uriBaseId", SRCROOT);
        return Optional.of(vcs);
    }

    // ---------------------------------------------------------------- results

    private static ObjectNode result(Finding f, int ruleIndex) {
        ObjectNode result = ReportJson.MAPPER.createObjectNode();
        result.put("ruleId", f.checkId().value());
        result.put("ruleIndex", ruleIndex);
        result.put("level", level(f.severity()));
        result.putObject("message").put("text", wellFormed(f.message()));
        result.putArray("locations").add(location(f.location(), f.object()));
        if (f.fingerprint() != null) {
            result.putObject("partialFingerprints").put(FINGERPRINT_KEY, f.fingerprint());
        }
        if (f.suppressed() != null) {
            result.putArray("suppressions").add(suppression(f.suppressed()));
        }
        ObjectNode properties = result.putObject("properties");
        properties.put("severity", f.severity().id());
        ArrayNode criteria = properties.putArray("criteria");
        f.criteria().forEach(criteria::add);
        if (f.location().pointer() != null) {
            properties.put("pointer", f.location().pointer());
        }
        return result;
    }

    private static ObjectNode location(Location where, ObjectRef object) {
        ObjectNode location = ReportJson.MAPPER.createObjectNode();
        ObjectNode physical = location.putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        if (ClusterAddress.isCluster(where.path())) {
            // an object read from a cluster: an absolute URI of its own, not a file under the source root
            String rest = where.path().value().substring(ClusterAddress.SCHEME.length());
            artifact.put("uri", ClusterAddress.SCHEME + uri(SourcePath.of(rest)));
        } else {
            artifact.put("uri", uri(where.path()));
            artifact.put("uriBaseId", SRCROOT);
        }
        Span span = where.span();
        if (span != null) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", span.startLine());
            region.put("startColumn", span.startColumn());
            region.put("endLine", span.endLine());
            region.put("endColumn", span.endColumn());
        }
        if (object != null) {
            ObjectNode logical = location.putArray("logicalLocations").addObject();
            if (object.name() != null) {
                logical.put("name", wellFormed(object.name()));
            }
            logical.put("fullyQualifiedName", wellFormed(qualifiedName(object)));
            logical.put("kind", "object");
            if (object.apiVersion() != null) {
                logical.putObject("properties").put("apiVersion", object.apiVersion());
            }
        }
        return location;
    }

    /**
     * Text with every lone surrogate replaced by U+FFFD. Messages quote manifests; a YAML escape such as
     * {@code "\\uD800"} yields half a character, which no UTF-8 writer can encode and which would fail the file.
     */
    static String wellFormed(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lone = Character.isHighSurrogate(c)
                    ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
            if (lone && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(lone ? '\uFFFD' : c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** {@code Kind/namespace/name}, or {@code Kind/name} without a namespace, as waivers name objects. */
    private static String qualifiedName(ObjectRef object) {
        String kind = Objects.toString(object.kind(), "");
        String name = Objects.toString(object.name(), "");
        return object.namespace() == null || object.namespace().isEmpty()
                ? kind + "/" + name : kind + "/" + object.namespace() + "/" + name;
    }

    /** Annotations live in the scanned files; waivers and baselines outside them. */
    private static ObjectNode suppression(Suppression why) {
        ObjectNode s = ReportJson.MAPPER.createObjectNode();
        s.put("kind", switch (why.kind()) {
            case ANNOTATION -> "inSource";
            case WAIVER, BASELINE -> "external";
        });
        s.put("status", "accepted");
        if (why.reason() != null && !why.reason().isEmpty()) {
            s.put("justification", wellFormed(why.reason()));
        }
        ObjectNode properties = s.putObject("properties");
        properties.put("source", ReportJson.kebab(why.kind()));
        if (why.owner() != null) {
            properties.put("owner", why.owner());
        }
        if (why.expires() != null) {
            properties.put("expires", why.expires().toString());
        }
        return s;
    }

    /**
     * A root-relative path as a relative URI reference: each byte outside the characters RFC 3986 allows in a
     * path is percent-encoded, and so is {@code :}, which would otherwise read as a scheme. The root itself
     * is {@code ./}.
     */
    static String uri(SourcePath path) {
        if (path.value().isEmpty()) {
            return "./";
        }
        StringBuilder out = new StringBuilder(path.value().length() + 8);
        for (byte b : path.value().getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=@/".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
