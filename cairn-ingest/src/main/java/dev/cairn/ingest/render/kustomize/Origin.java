package dev.cairn.ingest.render.kustomize;

import dev.cairn.core.model.SourcePath;
import dev.cairn.core.yaml.YMap;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where kustomize says a rendered object came from ({@code config.kubernetes.io/origin}): a resource file
 * ({@code path}) or a generator of a kustomization ({@code configuredIn} and {@code configuredBy.kind}).
 * Paths are relative to the folder kustomize was run in; they are turned into repository paths here, and
 * an origin outside the repository (a remote base) has no path.
 */
record Origin(Optional<SourcePath> path, boolean generated, String generatorKind) {
    static final String ANNOTATION = "config.kubernetes.io/origin";

    static Origin parse(YMap origin, Path buildDir, Path root) {
        Optional<String> file = origin.string("path");
        if (file.isPresent() && origin.string("repo").isEmpty()) {
            return new Origin(toSource(file.get(), buildDir, root), false, null);
        }
        Optional<String> configuredIn = origin.string("configuredIn");
        String kind = origin.map("configuredBy").flatMap(m -> m.string("kind")).orElse("");
        if (configuredIn.isPresent() && origin.string("repo").isEmpty()) {
            return new Origin(toSource(configuredIn.get(), buildDir, root), true, kind);
        }
        return new Origin(Optional.empty(), false, null);
    }

    static Optional<SourcePath> toSource(String relative, Path buildDir, Path root) {
        try {
            Path absolute = buildDir.resolve(relative).normalize();
            Path inside = root.relativize(absolute);
            String value = inside.toString().replace('\\', '/');
            if (value.isEmpty() || value.equals("..") || value.startsWith("../") || inside.isAbsolute()) {
                return Optional.empty();
            }
            return Optional.of(SourcePath.of(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
