package dev.cairn.ingest.discovery;

import dev.cairn.core.check.FileKind;
import dev.cairn.core.model.SourcePath;
import java.nio.file.Path;

/** A file discovery chose to read: where it is on disk, its root-relative path, size and kind. */
public record DiscoveredFile(Path file, SourcePath path, long size, FileKind kind) {}
