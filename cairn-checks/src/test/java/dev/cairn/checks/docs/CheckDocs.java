package dev.cairn.checks.docs;

import dev.cairn.checks.CheckPages;
import dev.cairn.core.check.Check;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.ComplianceRef;
import dev.cairn.core.check.Equivalent;
import dev.cairn.core.model.Aspect;
import dev.cairn.testkit.Fixture;
import dev.cairn.testkit.FixtureKind;
import dev.cairn.testkit.FixtureRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Generates docs/checks/ from the metadata, the Markdown page and the fixtures of every check, so the
 * documentation never duplicates metadata by hand and its examples are the tested fixtures.
 */
final class CheckDocs {
    private CheckDocs() {}

    /** File name to content, for every page including the index. */
    static Map<String, String> render(List<Check> checks) {
        Map<String, String> out = new TreeMap<>();
        for (Check check : checks) {
            out.put(check.spec().id().value() + ".md", page(check));
        }
        out.put("README.md", index(checks));
        out.put(COMPLIANCE_PAGE, ComplianceControls.page(checks));
        out.put(PeerEquivalents.PAGE, PeerEquivalents.page(checks));
        return out;
    }

    /** The controls of each compliance framework, with the checks that cover them. */
    static final String COMPLIANCE_PAGE = "compliance-controls.md";

    static String category(Check check) {
        String pkg = check.getClass().getPackageName();
        return pkg.substring(pkg.lastIndexOf('.') + 1);
    }

    private static String page(Check check) {
        CheckSpec s = check.spec();
        StringBuilder b = new StringBuilder();
        b.append("<!-- Generated from the check's spec, page and fixtures; do not edit. -->\n");
        b.append("# ").append(s.id()).append(" ").append(s.slug()).append("\n\n");
        b.append("**").append(s.title()).append("**\n\n");
        b.append("| | |\n|---|---|\n");
        b.append("| severity | ").append(s.severity().id()).append(" |\n");
        b.append("| aspect | ").append(s.aspect().title()).append(" |\n");
        b.append("| Level 1 criteria | ").append(String.join(", ", s.criteria())).append(" |\n");
        b.append("| category | ").append(category(check)).append(" |\n");
        b.append("| inputs | ").append(String.join(", ", s.inputs().stream().map(i -> kebab(i.name())).sorted().toList())).append(" |\n");
        b.append("| lifecycle | ").append(kebab(s.lifecycle().name())).append(", since ").append(s.since()).append(" |\n");
        if (check instanceof dev.cairn.core.check.ParameterizedCheck<?> p) {
            b.append("| parameters | ");
            b.append(String.join(", ", Stream.of(p.paramsType().getRecordComponents()).map(c -> "`" + c.getName() + "`").toList()));
            b.append(" (`checks.params.").append(s.slug()).append("` in `.cairn.yaml`) |\n");
        }
        b.append("\n");
        b.append(CheckPages.of(check).orElse("").strip()).append("\n");
        if (!s.compliance().isEmpty()) {
            b.append("\n## Compliance\n\n");
            for (ComplianceRef c : s.compliance()) {
                b.append("- ").append(c.framework().title()).append(" ").append(c.control())
                        .append(c.title() == null ? "" : ": " + c.title()).append("\n");
            }
        }
        if (!s.equivalents().isEmpty()) {
            b.append("\n## Equivalents in other tools\n\n| tool | id |\n|---|---|\n");
            for (Equivalent e : s.equivalents()) {
                b.append("| ").append(kebab(e.peer().name())).append(" | `").append(e.id()).append("` |\n");
            }
        }
        examples(check, b);
        return b.toString();
    }

    private static void examples(Check check, StringBuilder b) {
        List<Fixture> fixtures = FixtureRunner.fixtures(check);
        Fixture fail = first(fixtures, FixtureKind.FAIL);
        Fixture pass = first(fixtures, FixtureKind.PASS);
        if (fail == null && pass == null) {
            return;
        }
        b.append("\n## Examples\n\nThese are the check's test fixtures; `# expect:` marks the line of each finding.\n");
        if (fail != null) example("Fails", fail, b);
        if (pass != null) example("Passes", pass, b);
    }

    private static void example(String heading, Fixture fixture, StringBuilder b) {
        b.append("\n### ").append(heading).append(": `").append(fixture.name()).append("`\n");
        for (Map.Entry<String, String> file : files(fixture).entrySet()) {
            if (fixture.isDirectory()) {
                b.append("\n`").append(file.getKey()).append("`\n");
            }
            String lang = file.getKey().endsWith(".json") ? "json"
                    : file.getKey().toLowerCase(Locale.ROOT).contains("dockerfile") ? "dockerfile" : "yaml";
            b.append("\n```").append(lang).append("\n").append(file.getValue().stripTrailing()).append("\n```\n");
        }
    }

    private static Map<String, String> files(Fixture fixture) {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            if (!fixture.isDirectory()) {
                out.put(fixture.name(), new String(Files.readAllBytes(fixture.path()), StandardCharsets.UTF_8));
                return out;
            }
            try (Stream<Path> walk = Files.walk(fixture.path())) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    out.put(fixture.path().relativize(p).toString().replace('\\', '/'),
                            new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Fixture first(List<Fixture> fixtures, FixtureKind kind) {
        return fixtures.stream().filter(f -> f.kind() == kind).findFirst().orElse(null);
    }

    private static String index(List<Check> checks) {
        StringBuilder b = new StringBuilder();
        b.append("<!-- Generated from the checks' specs; do not edit. -->\n");
        b.append("# cairn checks\n\n").append(checks.size())
                .append(" built-in checks. `cairn checks explain ID` prints any page in the terminal. Which checks cover"
                        + " each control of ").append(ComplianceControls.frameworks(checks)).append(": [").append(COMPLIANCE_PAGE)
                .append("](").append(COMPLIANCE_PAGE).append("). The rule ids of ").append(PeerEquivalents.tools(checks))
                .append(" that a check covers: [").append(PeerEquivalents.PAGE)
                .append("](").append(PeerEquivalents.PAGE).append(").\n");
        b.append("\n## By aspect\n");
        for (Aspect aspect : Aspect.values()) {
            List<Check> own = checks.stream().filter(c -> c.spec().aspect() == aspect).toList();
            if (!own.isEmpty()) {
                b.append("\n### ").append(aspect.title()).append("\n\n");
                table(own, b);
            }
        }
        b.append("\n## By category\n");
        Map<String, List<Check>> byCategory = new TreeMap<>();
        for (Check c : checks) {
            byCategory.computeIfAbsent(category(c), k -> new ArrayList<>()).add(c);
        }
        for (var e : byCategory.entrySet()) {
            b.append("\n### ").append(e.getKey()).append("\n\n");
            table(e.getValue(), b);
        }
        return b.toString();
    }

    private static void table(List<Check> checks, StringBuilder b) {
        b.append("| id | slug | severity | criteria | title |\n|---|---|---|---|---|\n");
        for (Check c : checks) {
            CheckSpec s = c.spec();
            b.append("| [").append(s.id()).append("](").append(s.id()).append(".md) | ").append(s.slug()).append(" | ")
                    .append(s.severity().id()).append(" | ").append(String.join(", ", s.criteria())).append(" | ")
                    .append(s.title()).append(" |\n");
        }
    }

    private static String kebab(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
