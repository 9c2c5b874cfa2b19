package dev.cairn.report.html;

import dev.cairn.core.model.Note;
import dev.cairn.core.model.ScanReport;
import dev.cairn.report.Display;
import java.util.ArrayList;
import java.util.List;

/**
 * Files or parts of files that were not read or not judged, with the reason. A repository can have thousands
 * (vendored binaries), so the list stops at {@link #SHOWN}; the JSON report lists them all.
 */
final class NotesSection {
    static final int SHOWN = 500;

    private NotesSection() {}

    static Section of(ScanReport report) {
        List<Note> notes = report.notes();
        if (notes.isEmpty()) {
            return new Section("notes", "Notes", List.of(Section.empty("No notes: nothing was skipped.")));
        }
        Element table = Tables.table("notes-table", "What was skipped on purpose, and why",
                List.of("Path", "Line", "Kind", "Message"));
        Element body = Element.of("tbody");
        for (Note note : notes.subList(0, Math.min(SHOWN, notes.size()))) {
            body.add(Element.of("tr")
                    .add(Element.of("td").add(Tables.path(note.path().value())))
                    .add(Tables.number(note.line() == null ? "" : note.line().toString()))
                    .add(Tables.cell(Display.words(note.kind())))
                    .add(Tables.cell(note.message())));
        }
        List<Node> content = new ArrayList<>();
        content.add(table.add(body));
        if (notes.size() > SHOWN) {
            content.add(Element.of("p", "The first " + SHOWN + " of " + notes.size()
                    + " notes are shown; --format json lists them all.").cls("muted"));
        }
        return new Section("notes", "Notes", content);
    }
}
