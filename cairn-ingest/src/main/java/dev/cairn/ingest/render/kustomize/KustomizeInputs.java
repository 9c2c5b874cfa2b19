package dev.cairn.ingest.render.kustomize;

import dev.cairn.core.model.SourcePath;
import dev.cairn.ingest.render.InputDigest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * What a root's {@code kustomize build} reads, for its {@link InputDigest}. kustomize's default load
 * restrictor lets a kustomization read files only in and below its own folder, so what a build reads lies in
 * the folders of the root's kustomizations and of the folders they reference: every file there counts (path
 * and content), not only the files cairn knows the build uses, and so does each file they reference by name.
 * Also counted: the command, its executable and the root; and, apart, the kustomize version the command
 * reports (a wrapper, such as the Google Cloud SDK's kubectl, may stay the same file when the kubectl behind
 * it changes), which is asked for only when the rest matches a kept build. There is no digest (the root is built every
 * time) where a reference lies outside the repository, or names a kustomization that discovery left out
 * (its references are unknown).
 */
public final class KustomizeInputs {
    private final InputDigest digest;
    private final Supplier<Optional<String>> version;

    /**
     * @param version the kustomize version the command reports, which may wait for the version check; empty
     *                when it is not that command's (its builds are then dropped, and none is kept)
     */
    public KustomizeInputs(InputDigest digest, Supplier<Optional<String>> version) {
        this.digest = digest;
        this.version = version;
    }

    Optional<String> digest(Kustomizations all, Kustomization root, List<String> command) {
        Optional<Reach> reach = reach(all, root);
        if (reach.isEmpty()) {
            return Optional.empty();
        }
        try {
            return digest.of(List.of("kustomize", String.join("\u0000", command), InputDigest.identity(Path.of(command.getFirst())),
                    root.dir().value()), reach.get().folders(), reach.get().files());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The kustomize version the command reports; may wait for the version check. */
    Optional<String> version() {
        return version.get();
    }

    /**
     * The folders of a root's kustomizations and of what they reference, and the files they reference by name
     * (a file outside a kustomization's folder fails the build, and that failure is kept too).
     */
    private record Reach(TreeSet<SourcePath> folders, TreeSet<SourcePath> files) {}

    /** What the root's build may read; empty when part of it lies outside the repository or is unknown. */
    private Optional<Reach> reach(Kustomizations all, Kustomization root) {
        Reach out = new Reach(new TreeSet<>(), new TreeSet<>());
        for (Kustomization k : all.chain(root)) {
            out.folders().add(k.dir());
            for (Kustomization.Reference r : k.allReferences()) {
                if (r.remote() || r.resolved().isEmpty()) {
                    return Optional.empty(); // fetched from the network, or outside the repository (or all of it)
                }
                Path target = digest.root().resolve(r.resolved().get().value());
                if (Files.isSymbolicLink(target)) {
                    return Optional.empty();
                }
                if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                    out.files().add(r.resolved().get());
                } else if (all.at(r.resolved().get()).isPresent()) {
                    out.folders().add(r.resolved().get());
                } else {
                    return Optional.empty(); // a kustomization cairn did not read (excluded): its own references are unknown
                }
            }
        }
        return Optional.of(out);
    }
}
