package dev.cairn.engine;

import dev.cairn.core.check.FileKind;
import dev.cairn.core.config.CairnConfig;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.KpiValue;
import dev.cairn.core.model.Note;
import dev.cairn.core.model.NoteKind;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.vuln.ScanResult;
import dev.cairn.ingest.discovery.DiscoveredFile;
import dev.cairn.ingest.discovery.Discovery;
import dev.cairn.ingest.discovery.DiscoveryResult;
import dev.cairn.ingest.discovery.KustomizePatches;
import dev.cairn.ingest.manifest.ManifestReader;
import dev.cairn.ingest.yaml.YamlLimits;
import dev.cairn.ingest.scanresults.ScanResultsRead;
import dev.cairn.ingest.scanresults.ScanResultsReader;
import dev.cairn.maturity.kpi.resources.ResourceFact;
import dev.cairn.maturity.kpi.resources.ResourceFacts;
import dev.cairn.maturity.kpi.resources.ResourceKpis;
import dev.cairn.maturity.kpi.security.VulnerabilityKpis;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The KPIs that need no git history: requests, limits and cost from the manifests (a compact
 * {@link ResourceFact} per object, collected while files stream), and vulnerabilities from scanner output
 * found in the repository or named with {@code --scan-results}. Values come without targets; the caller
 * applies {@code KpiTargets}. Thread-safe for {@link #onObject}.
 */
public final class ManifestAndScannerKpis {
    private final ConcurrentLinkedQueue<ResourceFact> resources = new ConcurrentLinkedQueue<>();
    private final ScanResultsReader reader = new ScanResultsReader();

    /** Keeps the few resource facts of one object; never throws, so a surprise cannot cost the scan. */
    public void onObject(K8sObject object) {
        try {
            ResourceFacts.of(object).ifPresent(resources::add);
        } catch (RuntimeException e) {
            // an object the facts builder cannot read is simply not in the resource KPIs
        }
    }

    /** The values and the notes on scanner output that could not be imported. */
    public record Result(List<KpiValue> kpis, List<Note> notes) {}

    /**
     * @param files       the discovered files; those classified {@link FileKind#SCAN_RESULT} are read
     * @param scanResults files named on the command line (absolute, or relative to the working directory)
     */
    public Result finish(Path root, List<DiscoveredFile> files, List<Path> scanResults, CairnConfig config) {
        List<KpiValue> kpis = new ArrayList<>(ResourceKpis.kpis(resources, config.pricing()));
        List<Note> notes = new ArrayList<>();
        List<ScanResult> results = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (DiscoveredFile f : files) {
            if (f.kind() != FileKind.SCAN_RESULT) {
                continue;
            }
            seen.add(real(f.file()));
            ScanResultsRead read = reader.read(f.file(), f.path().value(), Long.MAX_VALUE);
            switch (read.status()) {
                case IMPORTED -> results.add(read.result());
                case BROKEN -> notes.add(Note.file(f.path(), NoteKind.UNREADABLE, read.message()));
                case NOT_A_REPORT -> { } // named like scanner output, but is something else: not ours to judge
            }
        }
        for (Path given : scanResults) {
            if (!seen.add(real(given))) {
                continue;
            }
            SourcePath inside = insideRoot(root, given);
            String source = inside != null ? inside.value() : given.toString();
            ScanResultsRead read = reader.read(given, source, ScanResultsReader.MAX_BYTES);
            if (read.status() == ScanResultsRead.Status.IMPORTED) {
                results.add(read.result());
            } else {
                notes.add(Note.file(inside != null ? inside : SourcePath.ROOT, NoteKind.UNREADABLE,
                        "--scan-results " + read.message()));
            }
        }
        kpis.addAll(VulnerabilityKpis.kpis(results));
        return new Result(kpis, notes);
    }

    /**
     * For commands that do not scan (such as {@code cairn kpi}): discovers the root as a scan would, reads its
     * manifests (no checks) and its scanner output, and computes the same KPIs.
     */
    public static Result collect(Path root, CairnConfig config, List<Path> scanResults) throws IOException {
        DiscoveryResult discovered = new Discovery(config.include(), config.exclude(), config.maxFileSize()).discover(root);
        List<DiscoveredFile> files = KustomizePatches.reclassify(discovered.files());
        YamlLimits d = YamlLimits.defaults();
        int codePoints = (int) Math.min(Integer.MAX_VALUE - 1024L, config.maxFileSize()) + 1024;
        ManifestReader reader = new ManifestReader(
                new YamlLimits(d.maxDepth(), d.maxAliasExpansion(), Math.max(d.codePointLimit(), codePoints)));
        ManifestAndScannerKpis kpis = new ManifestAndScannerKpis();
        for (DiscoveredFile f : files) {
            if (f.kind() == FileKind.MANIFEST) {
                reader.read(f).objects().forEach(kpis::onObject);
            }
        }
        return kpis.finish(root, files, scanResults, config);
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | SecurityException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static SourcePath insideRoot(Path root, Path file) {
        Path r = real(root);
        Path f = real(file);
        if (!f.startsWith(r) || f.equals(r)) {
            return null;
        }
        return SourcePath.of(r.relativize(f).toString().replace('\\', '/'));
    }
}
