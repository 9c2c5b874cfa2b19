package dev.cairn.server;

import dev.cairn.report.html.Assets;
import dev.cairn.report.html.Element;
import dev.cairn.report.html.Node;
import dev.cairn.report.html.Text;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The frame of every dashboard page: the report's stylesheet and the dashboard's own, inlined, a breadcrumb trail
 * and a heading. Pages load nothing: {@link #CONTENT_SECURITY_POLICY}, sent as a header, allows exactly the two
 * stylesheets and the report's findings filter by their hashes, and nothing else.
 */
final class Page {
    static final String STYLE = Assets.read(Page.class, "dashboard.css");
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + Assets.sha256(Assets.CSS) + "' '"
            + Assets.sha256(STYLE) + "'; script-src '" + Assets.sha256(Assets.SCRIPT) + "'; base-uri 'none';"
            + " form-action 'none'; frame-ancestors 'none'";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** One step of the breadcrumb trail; the last one, the page itself, has no link. */
    record Crumb(String label, String href) {}

    private Page() {}

    /**
     * @param title   the document's title, after {@code cairn: }
     * @param heading what the {@code h1} holds
     * @param trail   from the portfolio to this page
     * @param body    what follows the header: a {@code main} with id {@code main}, and whatever else
     */
    static String render(String title, List<? extends Node> heading, List<Crumb> trail, List<? extends Node> body) {
        Element crumbs = Element.of("ol");
        for (Crumb c : trail) {
            crumbs.add(Element.of("li").add(c.href() == null ? Element.of("span", c.label()).attr("aria-current", "page")
                    : Element.of("a", c.label()).href(c.href())));
        }
        Element html = Element.of("html").attr("lang", "en")
                .add(Element.of("head")
                        .add(Element.of("meta").attr("charset", "utf-8"))
                        .add(Element.of("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1"))
                        .add(Element.of("meta").attr("name", "referrer").attr("content", "no-referrer"))
                        .add(Element.of("title", "cairn: " + title))
                        .add(Element.of("style").raw(Assets.CSS))
                        .add(Element.of("style").raw(STYLE)))
                .add(Element.of("body")
                        .add(Element.of("a", "Skip to the content").href("#main").cls("skip"))
                        .add(Element.of("header").cls("site")
                                .add(Element.of("nav").attr("aria-label", "Breadcrumb").cls("crumbs").add(crumbs))
                                .add(Element.of("h1").add(heading)))
                        .add(body));
        return html.document();
    }

    static List<Node> heading(String text) {
        return List.of(new Text(text));
    }

    /** A time as the pages show it, with its machine-readable form. */
    static Element time(Instant at) {
        return Element.of("time", TIME.format(at)).attr("datetime", at.toString());
    }

    /** The day of a time, with the whole time as its title and machine-readable form. */
    static Element date(Instant at) {
        return Element.of("time", DAY.format(at)).attr("datetime", at.toString()).attr("title", TIME.format(at));
    }

    /** A section with a heading, the way the report's sections look. */
    static Element section(String id, String title, List<? extends Node> content) {
        return Element.of("section").id(id).attr("aria-labelledby", id + "-heading")
                .add(Element.of("h2", title).id(id + "-heading"))
                .add(content);
    }

    /** A sentence saying that a part has nothing to show, and why. */
    static Element empty(String text) {
        return Element.of("p", text).cls("empty");
    }
}
