package dev.cairn.ingest.render;

import dev.cairn.core.model.SourcePath;
import dev.cairn.ingest.text.DecodedText;
import dev.cairn.ingest.text.SourceText;
import dev.cairn.ingest.yaml.YamlFile;
import dev.cairn.ingest.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The repository files that rendered objects point back to, read and parsed once per scan. Thread-safe:
 * source maps look files up while objects are checked in parallel.
 */
public final class SourceFiles {
    private final Path root;
    private final long maxFileSize;
    private final YamlReader reader;
    private final Map<SourcePath, Optional<Source>> cache = new ConcurrentHashMap<>();

    /** One source file: its text as lines (for templates and inline patches) and its YAML tree. */
    public record Source(SourcePath path, String text, List<String> lines, YamlFile yaml) {}

    public SourceFiles(Path root, long maxFileSize, YamlReader reader) {
        this.root = root;
        this.maxFileSize = maxFileSize;
        this.reader = reader;
    }

    public Path root() {
        return root;
    }

    public YamlReader reader() {
        return reader;
    }

    /** The file, parsed as YAML (templates parse badly, and only their lines are used). Empty if unreadable. */
    public Optional<Source> get(SourcePath path) {
        return cache.computeIfAbsent(path, this::load);
    }

    private Optional<Source> load(SourcePath path) {
        Path file = root.resolve(path.value());
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > maxFileSize) {
                return Optional.empty();
            }
            DecodedText text = SourceText.decode(Files.readAllBytes(file));
            if (!text.ok()) {
                return Optional.empty();
            }
            return Optional.of(new Source(path, text.text(), text.text().lines().toList(), reader.read(path, text.text())));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }
}
