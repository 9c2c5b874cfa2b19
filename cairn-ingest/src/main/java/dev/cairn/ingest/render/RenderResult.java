package dev.cairn.ingest.render;

import dev.cairn.core.check.SourceEvidence;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.Note;
import dev.cairn.core.model.SourcePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What rendering gave: the rendered objects (each with its source map and render variant), the raw files
 * they stand for (not to be judged again as raw objects), the kustomizations and charts rendered with the
 * problems met (evidence for the render-error check), notes, the variants rendered, and how many renders
 * ran and how many were kept from an earlier scan ({@link RenderCache}; for {@code --timings}, not for the
 * report, which must not depend on what an earlier scan left behind).
 */
public record RenderResult(List<K8sObject> objects, Set<SourcePath> covered, List<SourceEvidence> renders,
        List<Note> notes, List<String> variants, int ran, int kept) {

    public static RenderResult empty() {
        return new RenderResult(List.of(), Set.of(), List.of(), List.of(), List.of(), 0, 0);
    }

    /** Collects the results of the renderers. Not thread-safe; rendering runs on one thread. */
    public static final class Builder {
        private final List<K8sObject> objects = new ArrayList<>();
        private final Set<SourcePath> covered = new TreeSet<>();
        private final List<SourceEvidence> renders = new ArrayList<>();
        private final List<Note> notes = new ArrayList<>();
        private final List<String> variants = new ArrayList<>();
        private int ran;
        private int kept;

        public List<K8sObject> objects() {
            return objects;
        }

        /** Raw files whose objects were rendered. */
        public Set<SourcePath> covered() {
            return covered;
        }

        /** One per kustomization or chart variant rendered, with its problems if it failed. */
        public List<SourceEvidence> renders() {
            return renders;
        }

        public List<Note> notes() {
            return notes;
        }

        public List<String> variants() {
            return variants;
        }

        /** Counts a render that ran (kustomize build, helm template), whatever came of it. */
        public void ran() {
            ran++;
        }

        /** Counts a render kept from an earlier scan instead. */
        public void kept() {
            kept++;
        }

        /** Adds what another builder collected after what this one has. */
        public void addAll(Builder other) {
            objects.addAll(other.objects);
            covered.addAll(other.covered);
            renders.addAll(other.renders);
            notes.addAll(other.notes);
            variants.addAll(other.variants);
            ran += other.ran;
            kept += other.kept;
        }

        public RenderResult build() {
            return new RenderResult(List.copyOf(objects), Set.copyOf(covered), List.copyOf(renders), List.copyOf(notes),
                    List.copyOf(variants), ran, kept);
        }
    }
}
