package dev.cairn.ingest.discovery;

import dev.cairn.core.model.Note;
import java.util.List;

/** The files to read, sorted by path, and notes on what was skipped and why. */
public record DiscoveryResult(List<DiscoveredFile> files, List<Note> notes) {
    public DiscoveryResult {
        files = List.copyOf(files);
        notes = List.copyOf(notes);
    }
}
