package dev.cairn.engine;

import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.CheckId;
import dev.cairn.core.model.Finding;
import dev.cairn.core.model.ObjectRef;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.model.Span;
import dev.cairn.ingest.discovery.DiscoveredFile;
import dev.cairn.ingest.render.RenderResult;
import dev.cairn.ingest.render.Rendering;
import dev.cairn.ingest.yaml.YamlLimits;
import dev.cairn.ingest.yaml.YamlReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rendering in the scan: kustomize and Helm output becomes objects like any others, and findings are then
 * reported once per source position. A base used by three overlays, or a template rendered with two values
 * files, is one line a person edits, so the same check at the same line gives one finding, which names the
 * render variants it came from. Which finding stands for the group is deterministic: the first
 * that counts (not suppressed), in report order, then by fingerprint.
 */
final class RenderStage {
    private RenderStage() {}

    static RenderResult render(ScanRequest request, List<DiscoveredFile> files, YamlLimits limits) {
        return Rendering.render(request.root(), files, request.config().maxFileSize(), new YamlReader(limits), request.render());
    }

    static List<Finding> reportOnce(List<Finding> findings, RenderResult rendered) {
        if (rendered.objects().isEmpty()) {
            return findings;
        }
        Map<ObjectRef, TreeSet<String>> variantsOf = new HashMap<>();
        for (K8sObject o : rendered.objects()) {
            variantsOf.computeIfAbsent(o.ref(), r -> new TreeSet<>()).add(o.variant());
        }
        Map<Position, List<Finding>> groups = new LinkedHashMap<>();
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            if (f.location().span() == null) {
                out.add(f);
            } else {
                groups.computeIfAbsent(new Position(f.checkId(), f.location().path(), f.location().span()),
                        k -> new ArrayList<>()).add(f);
            }
        }
        // Ties (the same check at the same line in several variants) go by fingerprint, so that the finding kept
        // for a group, and the fingerprint a baseline remembers, depend on the group alone: not on the order the
        // scan met the variants in, nor on other findings of their objects.
        Comparator<Finding> counting = Comparator.comparing((Finding f) -> !f.counts()).thenComparing(Finding.ORDER)
                .thenComparing(Finding::fingerprint, Comparator.nullsFirst(Comparator.naturalOrder()));
        for (List<Finding> group : groups.values()) {
            if (group.size() == 1) {
                out.add(group.get(0));
                continue;
            }
            group.sort(counting);
            Finding kept = group.get(0);
            // an object keeps its name across variants when no overlay renames it: then its variants are all
            // of its names' variants; they are named when that accounts for every finding of the group
            TreeSet<String> variants = new TreeSet<>();
            group.forEach(f -> variants.addAll(f.object() == null ? Set.of() : variantsOf.getOrDefault(f.object(), new TreeSet<>())));
            String also = variants.size() == group.size()
                    ? " (in " + group.size() + " render variants: " + String.join(", ", variants) + ")"
                    : " (and " + (group.size() - 1) + " more rendered from this line)";
            out.add(new Finding(kept.checkId(), kept.slug(), kept.severity(), kept.aspect(), kept.criteria(),
                    kept.message() + also, kept.location(), kept.object(), kept.fingerprint(), kept.suppressed()));
        }
        return out;
    }

    private record Position(CheckId check, SourcePath path, Span span) {}
}
