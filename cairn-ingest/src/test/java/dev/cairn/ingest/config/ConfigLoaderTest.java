package dev.cairn.ingest.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cairn.core.check.Check;
import dev.cairn.core.check.CheckRegistry;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.ObjectCheck;
import dev.cairn.core.check.ParameterizedCheck;
import dev.cairn.core.config.CairnConfig;
import dev.cairn.core.config.ConfigException;
import dev.cairn.core.config.Waiver;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Severity;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.model.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading {@code .cairn.yaml}: a valid file gives exactly the configuration it says, and every mistake is a
 * {@link ConfigException} at the line and column to fix. The registry holds two test-only checks, so this
 * module's tests do not need the built-in catalog (the engine's tests bind the real checks' parameters).
 */
class ConfigLoaderTest {
    /** A test check with typed parameters. */
    static final class LimitCheck implements ObjectCheck, ParameterizedCheck<LimitCheck.Params> {
        record Params(List<String> allowedPaths, int max) {}

        private final Params params;

        LimitCheck(Params params) {
            this.params = params;
        }

        @Override
        public CheckSpec spec() {
            return CheckSpec.builder("K8S-901", "limit-check").title("Test check with parameters").severity(Severity.HIGH).build();
        }

        @Override
        public Params params() {
            return params;
        }

        @Override
        public Check withParams(Params p) {
            return new LimitCheck(p);
        }

        @Override
        public boolean appliesTo(K8sObject object) {
            return true;
        }

        @Override
        public void check(K8sObject object, FindingSink sink) {}
    }

    /** A test check without parameters. */
    static final class PlainCheck implements ObjectCheck {
        @Override
        public CheckSpec spec() {
            return CheckSpec.builder("K8S-902", "plain-check").title("Test check without parameters").severity(Severity.LOW).build();
        }

        @Override
        public boolean appliesTo(K8sObject object) {
            return true;
        }

        @Override
        public void check(K8sObject object, FindingSink sink) {}
    }

    private static final CheckRegistry REGISTRY = new CheckRegistry(List.of(new LimitCheck(new LimitCheck.Params(List.of(), 0)), new PlainCheck()));
    private final ConfigLoader loader = new ConfigLoader(REGISTRY);

    @TempDir
    Path tmp;

    private CairnConfig parse(String yaml) {
        return loader.parse(yaml, ".cairn.yaml");
    }

    private ConfigException error(String yaml) {
        return catchThrowableOfType(ConfigException.class, () -> parse(yaml));
    }

    private static void assertAt(ConfigException e, int line, int column, String message) {
        assertThat(e).as("expected a ConfigException").isNotNull();
        assertThat(e.getMessage()).isEqualTo(message);
        assertThat(e.span().startLine()).as("line").isEqualTo(line);
        assertThat(e.span().startColumn()).as("column").isEqualTo(column);
        assertThat(e.file()).isEqualTo(".cairn.yaml");
        assertThat(e.display()).isEqualTo(".cairn.yaml:" + line + ":" + column + ": " + message);
    }

    @Test
    void fullValidConfiguration() {
        CairnConfig config = parse("""
                include: [ "deploy/**", "k8s/**" ]
                exclude: [ "vendor/**", "test/fixtures/**" ]
                checks:
                  disable: [ plain-check ]
                  severity: { limit-check: low }
                  params:
                    limit-check: { allowedPaths: [ /var/log ], max: 3 }
                waivers:
                  - check: K8S-902                    # id or slug
                    path: deploy/legacy/**
                    reason: "legacy batch job, replaced in Q3"
                    owner: team-payments
                    expires: 2027-03-31
                  - check: limit-check
                    object: Deployment/batch/nightly-report
                    reason: accepted
                kpis:
                  deployments: { from: tags, pattern: "v*" }
                  targets:
                    - { kpi: deployment-frequency, baseline: 0.5, target: 2.0, unit: per-week, owner: cto,
                        goal: "faster time to market", source: git-tags }
                pricing: { cpuCoreHour: 0.031611, memoryGiBHour: 0.004237, storageGiBHour: 0.00005479 }
                """);

        assertThat(config.source()).isEqualTo(SourcePath.of(".cairn.yaml"));
        assertThat(config.include()).containsExactly("deploy/**", "k8s/**");
        assertThat(config.exclude()).containsExactly("vendor/**", "test/fixtures/**");
        assertThat(config.disabled()).containsExactly("K8S-902");
        assertThat(config.severity()).isEqualTo(Map.of("K8S-901", Severity.LOW));
        assertThat(config.params()).isEqualTo(Map.of("K8S-901", new LimitCheck.Params(List.of("/var/log"), 3)));
        assertThat(config.maxFileSize()).isEqualTo(CairnConfig.DEFAULT_MAX_FILE_SIZE);
        assertThat(config.waivers()).hasSize(2);
        Waiver byPath = config.waivers().get(0);
        assertThat(byPath.check()).isEqualTo("K8S-902");
        assertThat(byPath.path()).isEqualTo("deploy/legacy/**");
        assertThat(byPath.object()).isNull();
        assertThat(byPath.reason()).isEqualTo("legacy batch job, replaced in Q3");
        assertThat(byPath.owner()).isEqualTo("team-payments");
        assertThat(byPath.expires()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(byPath.span().startLine()).isEqualTo(9);
        assertThat(byPath.span().startColumn()).isEqualTo(5);
        Waiver byObject = config.waivers().get(1);
        assertThat(byObject.check()).isEqualTo("K8S-901");
        assertThat(byObject.path()).isNull();
        assertThat(byObject.object()).isEqualTo("Deployment/batch/nightly-report");
        assertThat(byObject.reason()).isEqualTo("accepted");
        assertThat(byObject.owner()).isNull();
        assertThat(byObject.expires()).isNull();
        assertThat(byObject.span().startLine()).isEqualTo(14);
    }

    @Test
    void idsAreCaseInsensitiveAndSlugsResolveToIds() {
        CairnConfig config = parse("""
                checks:
                  disable: [ k8s-902 ]
                  severity: { K8S-901: critical }
                """);
        assertThat(config.disabled()).containsExactly("K8S-902");
        assertThat(config.severity()).isEqualTo(Map.of("K8S-901", Severity.CRITICAL));
    }

    @Test
    void emptyFileAndCommentOnlyFileGiveTheDefaults() {
        for (String text : List.of("", "# nothing configured yet\n", "---\n")) {
            CairnConfig config = parse(text);
            assertThat(config.source()).isEqualTo(SourcePath.of(".cairn.yaml"));
            assertThat(config.include()).isEmpty();
            assertThat(config.exclude()).isEmpty();
            assertThat(config.disabled()).isEmpty();
            assertThat(config.severity()).isEmpty();
            assertThat(config.params()).isEmpty();
            assertThat(config.waivers()).isEmpty();
        }
    }

    @Test
    void unknownTopLevelKeyNamesTheAllowedKeys() {
        assertAt(error("""
                exclude: [ vendor/** ]
                  # a typo below
                exlude: [ test/** ]
                """), 3, 1, "unknown top-level key 'exlude' (allowed: checks, exclude, include, kpis, pricing, waivers)");
    }

    @Test
    void unknownKeysUnderChecksAndInAWaiver() {
        assertAt(error("""
                checks:
                  disabled: [ K8S-902 ]
                """), 2, 3, "unknown key under checks 'disabled' (allowed: disable, params, severity)");
        assertAt(error("""
                waivers:
                  - check: K8S-902
                    path: a/**
                    reason: ok
                    expiry: 2027-01-01
                """), 5, 5, "unknown key in a waiver 'expiry' (allowed: check, expires, object, owner, path, reason)");
    }

    @Test
    void wrongTypesAreReportedAtTheValue() {
        assertAt(error("exclude: \"vendor/**\"\n"), 1, 10, "exclude must be a list, e.g. [a, b]");
        assertAt(error("include:\n  - [ a, b ]\n"), 2, 5, "an entry of include must be a single value");
        assertAt(error("include: [ \"\" ]\n"), 1, 12, "empty entry in include");
        assertAt(error("checks: [ K8S-001 ]\n"), 1, 9, "checks must be a mapping");
        assertAt(error("waivers: { check: K8S-902 }\n"), 1, 10, "waivers must be a list, e.g. [a, b]");
        assertAt(error("- a\n- b\n"), 1, 1, "the configuration must be a mapping");
    }

    @Test
    void unknownCheckIdOrSlugEverywhereAChecksIsNamed() {
        String suffix = " (cairn checks list shows every id and slug)";
        assertAt(error("checks:\n  disable: [ K8S-902, K8S-999 ]\n"), 2, 23, "unknown check 'K8S-999'" + suffix);
        assertAt(error("checks:\n  severity:\n    no-such-check: low\n"), 3, 5, "unknown check 'no-such-check'" + suffix);
        assertAt(error("checks:\n  params:\n    K8S-900: {}\n"), 3, 5, "unknown check 'K8S-900'" + suffix);
        assertAt(error("waivers:\n  - check: privileged\n    path: a\n    reason: r\n"), 2, 12, "unknown check 'privileged'" + suffix);
    }

    @Test
    void invalidSeverityValue() {
        assertAt(error("checks:\n  severity: { K8S-901: urgent }\n"), 2, 24,
                "unknown severity 'urgent': use info, low, medium, high or critical");
        assertAt(error("checks:\n  severity: { K8S-901: HIGH }\n"), 2, 24,
                "unknown severity 'HIGH': use info, low, medium, high or critical");
    }

    @Test
    void waiverMistakes() {
        assertAt(error("""
                waivers:
                  - check: K8S-902
                    path: deploy/**
                """), 2, 5, "a waiver needs a non-empty 'reason:'");
        assertAt(error("""
                waivers:
                  - check: K8S-902
                    path: deploy/**
                    reason: "  "
                """), 2, 5, "a waiver needs a non-empty 'reason:'");
        assertAt(error("""
                waivers:
                  - check: K8S-902
                    path: deploy/**
                    object: Deployment/shop/web
                    reason: both
                """), 2, 5, "a waiver needs exactly one of 'path:' (a glob) or 'object:' (Kind/namespace/name)");
        assertAt(error("""
                waivers:
                  - check: K8S-902
                    reason: neither
                """), 2, 5, "a waiver needs exactly one of 'path:' (a glob) or 'object:' (Kind/namespace/name)");
        assertAt(error("""
                waivers:
                  - path: deploy/**
                    reason: no check
                """), 2, 5, "a waiver needs 'check:' (a check id or slug)");
        assertAt(error("""
                waivers:
                  - check: K8S-902
                    object: web
                    reason: r
                """), 3, 13, "object must be Kind/namespace/name or Kind/name, e.g. Deployment/shop/web");
        assertAt(error("""
                waivers:
                  - check: K8S-902
                    path: deploy/**
                    reason: r
                    expires: 2027-02-30
                """), 5, 14, "expires must be a date like 2027-03-31, not '2027-02-30'");
        assertAt(error("""
                waivers:
                  - check: K8S-902
                    path: deploy/**
                    reason: r
                    expires: next summer
                """), 5, 14, "expires must be a date like 2027-03-31, not 'next summer'");
    }

    @Test
    void paramsAreBoundToTheTypedRecord() {
        CairnConfig config = parse("""
                checks:
                  params:
                    K8S-901:
                      allowedPaths: [ /var/log, /data ]
                      max: 7
                """);
        assertThat(config.params()).isEqualTo(Map.of("K8S-901", new LimitCheck.Params(List.of("/var/log", "/data"), 7)));
        assertThat(config.params().get("K8S-901")).isInstanceOf(LimitCheck.Params.class);
    }

    @Test
    void oneValueWhereAListIsExpectedIsAListOfOne() {
        CairnConfig config = parse("""
                checks:
                  params:
                    K8S-901:
                      allowedPaths: /var/log
                """);
        assertThat(config.params()).isEqualTo(Map.of("K8S-901", new LimitCheck.Params(List.of("/var/log"), 0)));
    }

    @Test
    void paramMistakesPointAtTheField() {
        assertAt(error("""
                checks:
                  params:
                    limit-check:
                      allowed: [ /var/log ]
                """), 4, 7, "invalid parameter 'allowed' (expected fields: allowedPaths, max)");
        assertAt(error("""
                checks:
                  params:
                    limit-check:
                      max: lots
                """), 4, 7, "invalid parameter 'max': must be a whole number (expected fields: allowedPaths, max)");
        assertAt(error("""
                checks:
                  params:
                    limit-check:
                      allowedPaths: { a: b }
                """), 4, 7, "invalid parameter 'allowedPaths': must be a list, such as [ a, b ] (expected fields: allowedPaths, max)");
        assertAt(error("""
                checks:
                  params:
                    limit-check: [ /var/log ]
                """), 3, 18, "params of a check must be a mapping");
        assertAt(error("""
                checks:
                  params:
                    plain-check: { x: 1 }
                """), 3, 5, "K8S-902 (plain-check) takes no parameters");
    }

    @Test
    void syntaxErrorAndSecondDocument() {
        ConfigException syntax = error("checks:\n  disable: [ K8S-902\n");
        assertThat(syntax.getMessage()).startsWith("not valid YAML: ");
        assertThat(syntax.span().startLine()).isEqualTo(3);
        assertAt(error("include: [a]\n---\nexclude: [b]\n"), 2, 1, "expected one YAML document, found 2");
    }

    @Test
    void loadsFromDiskAndReportsInvalidUtf8AtItsPosition() throws IOException {
        Path file = tmp.resolve(".cairn.yaml");
        Files.write(file, new byte[] {'e', 'x', 'c', 'l', 'u', 'd', 'e', ':', ' ', '[', (byte) 0xC3, ']', '\n'});

        ConfigException e = catchThrowableOfType(ConfigException.class, () -> loader.loadFromRoot(tmp));

        assertAt(e, 1, 11, "invalid UTF-8 (byte 0xC3 at offset 10)");
    }

    @Test
    void missingFileAtTheRootGivesTheDefaults() throws IOException {
        CairnConfig config = loader.loadFromRoot(tmp);
        assertThat(config.source()).isNull();
        assertThat(config.exclude()).isEmpty();
        assertThat(config.waivers()).isEmpty();
    }

    @Test
    void explicitFileIsNamedAsTheUserTypedIt() throws IOException {
        Path file = tmp.resolve("ci.cairn.yaml");
        Files.writeString(file, "include: []\nbogus: 1\n");

        assertThatThrownBy(() -> loader.load(file, "config/ci.cairn.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("unknown top-level key 'bogus' (allowed: checks, exclude, include, kpis, pricing, waivers)")
                .extracting(t -> ((ConfigException) t).display())
                .isEqualTo("config/ci.cairn.yaml:2:1: unknown top-level key 'bogus' (allowed: checks, exclude, include, kpis, pricing, waivers)");
    }

    @Test
    void errorSpanCoversTheOffendingKey() {
        ConfigException e = error("bogus: 1\n");
        assertThat(e.span()).isEqualTo(new Span(1, 1, 1, 6));
    }
}
