package dev.cairn.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.check.Check;
import dev.cairn.core.check.CheckRegistry;
import dev.cairn.core.check.CheckRunner;
import dev.cairn.core.check.ClusterCheck;
import dev.cairn.core.check.ConfiguredCheck;
import dev.cairn.core.check.FileKind;
import dev.cairn.core.check.ObjectIndex;
import dev.cairn.core.check.ObjectSummary;
import dev.cairn.core.check.ParameterizedCheck;
import dev.cairn.core.config.CairnConfig;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.CheckResult;
import dev.cairn.core.model.Finding;
import dev.cairn.core.model.SourcePath;
import dev.cairn.ingest.config.ConfigLoader;
import dev.cairn.ingest.discovery.DiscoveredFile;
import dev.cairn.ingest.discovery.Discovery;
import dev.cairn.ingest.discovery.FileClassifier;
import dev.cairn.ingest.discovery.KustomizePatches;
import dev.cairn.ingest.manifest.FileEvidence;
import dev.cairn.ingest.manifest.ManifestReader;
import dev.cairn.ingest.render.RenderMode;
import dev.cairn.ingest.render.RenderResult;
import dev.cairn.ingest.render.Rendering;
import dev.cairn.ingest.yaml.YamlLimits;
import dev.cairn.ingest.yaml.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs every check of a registry against the fixtures beside it, through the real parser, and asserts
 * the promised status and the exact set of (check id, path, line) with message substrings, failing on
 * unexpected findings too. Fixtures live in test resources at {@code <package>/<CheckClass>/}.
 */
public final class FixtureRunner {
    private FixtureRunner() {}

    /** The date fixtures are scanned on, so that waiver expiry in fixtures is deterministic. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    /**
     * @param registry all checks; the ones with fixtures are tested one at a time, and the whole registry
     *                 resolves check ids and slugs in fixture {@code .cairn.yaml} files
     */
    public static Stream<DynamicNode> tests(CheckRegistry registry) {
        return registry.all().stream().map(check -> DynamicContainer.dynamicContainer(
                check.spec().id() + " " + check.spec().slug(),
                fixtures(check).stream().map(f -> DynamicTest.dynamicTest(f.name(), f.path().toUri(),
                        () -> run(check, f, registry)))));
    }

    /** The fixture folder of a check, or a path that does not exist when it has none. */
    public static Path folderOf(Check check) {
        URL url = check.getClass().getResource(check.getClass().getSimpleName() + "/");
        if (url == null) {
            return Path.of("missing-fixtures-of-" + check.getClass().getSimpleName());
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Fixture> fixtures(Check check) {
        return Fixture.in(folderOf(check));
    }

    /** Scans one fixture with one check and returns the result and findings, for tests that look closer. */
    public static Outcome scan(Check check, Path fixture, CheckRegistry registry) {
        CairnConfig config = config(fixture, registry);
        CheckRunner runner = new CheckRunner(List.of(ConfiguredCheck.withDefaults(
                withParams(check, config.params().get(check.spec().id().value())))));
        if (check instanceof ClusterCheck) {
            return ClusterFixtures.scan(runner, fixture, TODAY);
        }
        ManifestReader reader = new ManifestReader(YamlLimits.defaults());
        List<Finding> findings = new ArrayList<>();
        List<ObjectSummary> summaries = new ArrayList<>();
        List<DiscoveredFile> files = files(fixture);
        RenderResult rendered = render(fixture, files);
        for (DiscoveredFile file : files) {
            FileEvidence evidence = reader.read(file);
            findings.addAll(runner.onSource(evidence.source()));
            if (rendered.covered().contains(file.path())) {
                continue; // judged as rendered, as the scanner does
            }
            for (K8sObject object : evidence.objects()) {
                findings.addAll(runner.onObject(object));
                summaries.add(ObjectSummary.of(object));
            }
        }
        rendered.renders().forEach(render -> findings.addAll(runner.onSource(render)));
        for (K8sObject object : rendered.objects()) {
            findings.addAll(runner.onObject(object));
            summaries.add(ObjectSummary.of(object));
        }
        findings.addAll(runner.onIndex(new ObjectIndex(summaries)));
        findings.addAll(runner.onConfig(config, TODAY));
        findings.sort(Finding.ORDER);
        return new Outcome(runner.results(findings).get(0), findings);
    }

    /** What one check concluded on one fixture. */
    public record Outcome(CheckResult result, List<Finding> findings) {}

    /** The check with the parameters a fixture's {@code checks.params} gives it, as the scanner applies them. */
    @SuppressWarnings("unchecked")
    private static <P extends Record> Check withParams(Check check, Record params) {
        if (params == null || !(check instanceof ParameterizedCheck<?> p)) {
            return check;
        }
        ParameterizedCheck<P> typed = (ParameterizedCheck<P>) p;
        return typed.withParams(typed.paramsType().cast(params));
    }

    /** A directory fixture's {@code .cairn.yaml}, or the defaults. */
    private static CairnConfig config(Path fixture, CheckRegistry registry) {
        if (!Files.isDirectory(fixture)) {
            return CairnConfig.defaults();
        }
        try {
            return new ConfigLoader(registry).loadFromRoot(fixture);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(Check check, Fixture fixture, CheckRegistry registry) throws IOException {
        Outcome outcome = scan(check, fixture.path(), registry);
        assertThat(outcome.result().error()).as("check error").isNull();
        List<Expectation> expected = expectations(fixture);
        // cluster findings have addresses, not lines: they are held to the fixture line of the node they name
        List<Expectation> found = check instanceof ClusterCheck
                ? ClusterFixtures.lines(outcome.findings(), fixture.path())
                : outcome.findings().stream().map(f -> new Expectation(f.checkId().value(), f.location().path().value(),
                        f.location().span() == null ? 0 : f.location().span().startLine(), f.message())).toList();
        List<String> actual = found.stream().map(f -> f.path() + ":" + f.line() + " " + f.checkId()).sorted().toList();
        List<String> wanted = expected.stream().map(e -> e.path() + ":" + e.line() + " " + e.checkId()).sorted().toList();
        assertThat(actual).as("findings (path:line id) of " + fixture.name()).containsExactlyElementsOf(wanted);
        for (Expectation e : expected) {
            assertThat(found).as("a finding at " + e).anySatisfy(f -> {
                assertThat(f.path()).isEqualTo(e.path());
                assertThat(f.line()).isEqualTo(e.line());
                assertThat(f.messagePart()).contains(e.messagePart());
            });
        }
        assertThat(outcome.result().status()).as("status of " + check.spec().id() + " on " + fixture.name())
                .isEqualTo(fixture.kind().status());
    }

    private static List<Expectation> expectations(Fixture fixture) throws IOException {
        if (!fixture.isDirectory()) {
            return Expectations.read(fixture.path(), fixture.name());
        }
        List<Expectation> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(fixture.path())) {
            for (Path p : files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".expect"))
                    .sorted(Comparator.naturalOrder()).toList()) {
                String relative = fixture.path().relativize(p).toString().replace('\\', '/');
                out.addAll(Expectations.read(p, relative));
            }
        }
        return out;
    }

    private static List<DiscoveredFile> files(Path fixture) {
        try {
            if (Files.isDirectory(fixture)) {
                var discovered = new Discovery(List.of(), List.of(), CairnConfig.DEFAULT_MAX_FILE_SIZE).discover(fixture);
                return KustomizePatches.reclassify(discovered.files());
            }
            SourcePath path = SourcePath.of(fixture.getFileName().toString());
            FileKind kind = FileClassifier.classify(path, null);
            return List.of(new DiscoveredFile(fixture, path, Files.size(fixture), kind));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A directory fixture's kustomizations and charts are rendered as a scan renders them, with the renderers
     * on PATH and helm-java when the test class path has it.
     */
    private static RenderResult render(Path fixture, List<DiscoveredFile> files) {
        if (!Files.isDirectory(fixture)) {
            return RenderResult.empty();
        }
        return Rendering.render(fixture, files, CairnConfig.DEFAULT_MAX_FILE_SIZE, new YamlReader(YamlLimits.defaults()),
                Rendering.Options.of(RenderMode.AUTO, "1.31"));
    }
}
