package dev.cairn.core.model;

import java.util.Comparator;

/** A file or part of one that was skipped on purpose, with the reason; line is null for a whole file. */
public record Note(SourcePath path, Integer line, NoteKind kind, String message) {
    public static final Comparator<Note> ORDER = Comparator.comparing(Note::path)
            .thenComparing(Note::line, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Note::kind)
            .thenComparing(Note::message);

    public static Note file(SourcePath path, NoteKind kind, String message) {
        return new Note(path, null, kind, message);
    }
}
