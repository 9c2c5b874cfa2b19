package dev.cairn.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A fixture of one check: a file, or a directory that is a mini repository. */
public record Fixture(Path path, FixtureKind kind) {

    public String name() {
        return path.getFileName().toString();
    }

    public boolean isDirectory() {
        return Files.isDirectory(path);
    }

    /** The fixtures in a check's fixture folder, sorted by name; sidecar {@code .expect} files are not fixtures. */
    public static List<Fixture> in(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Fixture> out = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            entries.sorted().forEach(p -> {
                String name = p.getFileName().toString();
                FixtureKind kind = FixtureKind.of(name);
                if (kind != null && !name.endsWith(".expect")) {
                    out.add(new Fixture(p, kind));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
