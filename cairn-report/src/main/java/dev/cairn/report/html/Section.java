package dev.cairn.report.html;

import java.util.List;

/** One part of the report with its own heading and an entry in the table of contents. */
record Section(String id, String title, List<Node> content) {

    Section {
        content = List.copyOf(content);
    }

    Element render() {
        return Element.of("section").id(id).attr("aria-labelledby", id + "-heading")
                .add(Element.of("h2", title).id(id + "-heading"))
                .add(content);
    }

    /** A paragraph that says honestly that a part of the report has nothing to show, and why that may be. */
    static Element empty(String text) {
        return Element.of("p", text).cls("empty");
    }
}
