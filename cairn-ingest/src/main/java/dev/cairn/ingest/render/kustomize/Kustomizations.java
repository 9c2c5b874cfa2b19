package dev.cairn.ingest.render.kustomize;

import dev.cairn.core.check.FileKind;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.yaml.YDocument;
import dev.cairn.core.yaml.YMap;
import dev.cairn.ingest.discovery.DiscoveredFile;
import dev.cairn.ingest.render.SourceFiles;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The kustomizations of a repository and how they use each other. The roots to render are the ones no other
 * kustomization pulls in: overlays, and bases that no overlay uses. A base is rendered as part of each
 * overlay that uses it, never alone, and components never alone.
 */
public final class Kustomizations {
    private final Map<SourcePath, Kustomization> byDir = new TreeMap<>();
    private final SourceFiles files;

    private Kustomizations(SourceFiles files) {
        this.files = files;
    }

    /** Reads every discovered kustomization file; one that does not parse is left to the parse-error check. */
    public static Kustomizations read(List<DiscoveredFile> discovered, SourceFiles files) {
        Kustomizations out = new Kustomizations(files);
        for (DiscoveredFile f : discovered) {
            if (f.kind() != FileKind.KUSTOMIZATION) continue;
            files.get(f.path()).ifPresent(source -> {
                List<YDocument> docs = source.yaml().documents();
                if (source.yaml().problems().isEmpty() && !docs.isEmpty() && docs.get(0).root() instanceof YMap root) {
                    out.byDir.putIfAbsent(f.path().parent(), new Kustomization(f.path(), root, source));
                }
            });
        }
        return out;
    }

    public boolean isEmpty() {
        return byDir.isEmpty();
    }

    public Optional<Kustomization> at(SourcePath dir) {
        return Optional.ofNullable(byDir.get(dir));
    }

    /** The kustomization read from this file. */
    public Optional<Kustomization> atFile(SourcePath file) {
        return at(file.parent()).filter(k -> k.file().equals(file));
    }

    /** Kustomizations that no other one uses, in path order. */
    public List<Kustomization> roots() {
        Set<SourcePath> used = new HashSet<>();
        for (Kustomization k : byDir.values()) {
            for (Kustomization.Reference r : references(k)) {
                r.resolved().filter(byDir::containsKey).filter(d -> !d.equals(k.dir())).ifPresent(used::add);
            }
        }
        return byDir.values().stream().filter(k -> !k.component() && !used.contains(k.dir())).toList();
    }

    /**
     * The kustomizations a root applies, in the order kustomize applies their patches: each resource's own
     * chain first, then the components, then the root itself.
     */
    public List<Kustomization> chain(Kustomization root) {
        LinkedHashSet<Kustomization> out = new LinkedHashSet<>();
        collect(root, out, new HashSet<>());
        return new ArrayList<>(out);
    }

    /** Why a root is not rendered on purpose, at the line that says so. */
    public record Skip(SourcePath file, int line, String reason) {}

    /**
     * A remote base (git or HTTP) needs the network, and {@code helmCharts} needs {@code --enable-helm} and
     * the network too: cairn renders offline and runs no plugins, so such a root is skipped, not failed.
     */
    public Optional<Skip> skip(Kustomization root) {
        for (Kustomization k : chain(root)) {
            for (Kustomization.Reference r : references(k)) {
                boolean local = r.resolved().map(p -> Files.exists(files.root().resolve(p.value()))).orElse(false);
                if (r.remote() && !local) {
                    return Optional.of(new Skip(k.file(), r.node().span().startLine(), "it uses the remote base "
                            + r.node().text().strip() + ", and cairn renders offline"));
                }
            }
            Optional<dev.cairn.core.yaml.YEntry> charts = k.root().entry("helmCharts");
            if (charts.isPresent()) {
                return Optional.of(new Skip(k.file(), charts.get().key().span().startLine(),
                        "it inflates Helm charts (helmCharts), which needs kustomize --enable-helm and the network"));
            }
        }
        return Optional.empty();
    }

    private void collect(Kustomization k, LinkedHashSet<Kustomization> out, Set<SourcePath> visiting) {
        if (!visiting.add(k.dir())) {
            return; // a cycle: kustomize reports it
        }
        for (Kustomization.Reference r : references(k)) {
            r.resolved().map(byDir::get).filter(child -> child != k).ifPresent(child -> collect(child, out, visiting));
        }
        out.add(k);
    }

    private static List<Kustomization.Reference> references(Kustomization k) {
        List<Kustomization.Reference> out = new ArrayList<>(k.resources());
        out.addAll(k.components());
        return out;
    }
}
