package dev.cairn.report.html;

import java.util.List;

/** Tables with a caption and column headers, the form screen readers navigate best. */
public final class Tables {
    private Tables() {}

    /** A table with its caption and a header row; add the body rows (or row groups) to it. */
    public static Element table(String id, String caption, List<String> columns) {
        Element head = Element.of("tr");
        for (String column : columns) {
            head.add(Element.of("th", column).attr("scope", "col"));
        }
        return Element.of("table").id(id).add(Element.of("caption", caption)).add(Element.of("thead").add(head));
    }

    /** A cell holding one text. */
    public static Element cell(String text) {
        return Element.of("td", text);
    }

    /** A right-aligned numeric cell. */
    public static Element number(String text) {
        return Element.of("td", text).cls("num");
    }

    /** A row group with a heading row spanning the table, e.g. one severity of the findings. */
    public static Element group(String heading, int columns) {
        return Element.of("tbody").add(Element.of("tr").cls("group")
                .add(Element.of("th", heading).attr("scope", "rowgroup").attr("colspan", String.valueOf(columns))));
    }

    /** Code such as a commit, in a {@code code} element so that it reads and copies as written. */
    public static Element code(String text) {
        return Element.of("code", text);
    }

    /**
     * A path or an object name as code that may wrap after each slash ({@code wbr}), so that a narrow column
     * breaks {@code deploy/base/deployment.yaml} between its parts rather than inside a word.
     */
    public static Element path(String text) {
        Element code = Element.of("code");
        int start = 0;
        for (int slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', start)) {
            code.text(text.substring(start, slash + 1)).add(Element.of("wbr"));
            start = slash + 1;
        }
        return code.text(text.substring(start));
    }
}
