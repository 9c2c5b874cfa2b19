package dev.cairn.ingest.discovery;

import dev.cairn.core.model.Note;
import java.util.List;

/**
 * The files to read, sorted by path, and notes on what was skipped and why.
 *
 * @param files  files the checks read (manifests, Dockerfiles, pipelines, ...)
 * @param others every other file that is not ignored, with kind OTHER and size unknown (-1): evidence for
 *               the criteria (documents, build files, tests), which read only the few they need
 */
public record DiscoveryResult(List<DiscoveredFile> files, List<Note> notes, List<DiscoveredFile> others) {
    public DiscoveryResult {
        files = List.copyOf(files);
        notes = List.copyOf(notes);
        others = List.copyOf(others);
    }
}
