package dev.cairn.report.html;

import dev.cairn.report.Printable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An HTML or SVG element under construction. It cannot express what the report must never contain: an
 * unescaped text, an event handler, a style attribute, or an attribute that makes the browser fetch
 * something ({@code src}, {@code action}, ...). Links go through {@link #href}, which takes fragments, https
 * pages and, for the dashboard's pages, paths on the same site. Element and attribute names are code, checked
 * against a plain name pattern. The dashboard ({@code cairn serve}) builds its pages with it too.
 */
public final class Element implements Node {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*");
    private static final Pattern ATTRIBUTE = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*");
    private static final Set<String> VOID = Set.of("meta", "input", "br", "hr", "col", "wbr");
    /** Their content is not parsed as HTML, so it cannot be escaped: it must be a constant of the report. */
    private static final Set<String> RAW_TEXT = Set.of("script", "style");
    /** Attributes that load or send something; the report is one file that makes no request. */
    private static final Set<String> FETCHING = Set.of("src", "srcset", "action", "formaction", "poster", "data",
            "background", "ping", "manifest", "codebase", "cite", "longdesc", "usemap", "href");
    /** Where a line break in the output keeps the file readable without changing what a browser shows. */
    private static final Set<String> BLOCK = Set.of("html", "head", "body", "header", "nav", "main", "section",
            "footer", "table", "caption", "thead", "tbody", "tr", "ul", "ol", "li", "p", "div", "h1", "h2", "h3",
            "dl", "figure", "figcaption", "form", "fieldset", "meta", "title", "style", "script", "svg", "g",
            "noscript", "details", "label", "select", "option");
    private static final Set<String> OPEN_ON_ITS_OWN_LINE = Set.of("html", "head", "body", "header", "nav", "main",
            "section", "footer", "table", "thead", "tbody", "ul", "ol", "dl", "form", "fieldset", "figure", "svg",
            "select");

    private final String name;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<Node> children = new ArrayList<>();
    private String raw;

    private Element(String name) {
        this.name = name;
    }

    public static Element of(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an element name: " + name);
        }
        return new Element(name);
    }

    /** An element holding one text node, e.g. {@code Element.of("td", path)}. */
    public static Element of(String name, String text) {
        return of(name).text(text);
    }

    String name() {
        return name;
    }

    /** Sets an attribute; {@code null} leaves it out. The value is escaped. */
    public Element attr(String attribute, String value) {
        if (!ATTRIBUTE.matcher(attribute).matches()) {
            throw new IllegalArgumentException("not an attribute name: " + attribute);
        }
        String lower = attribute.toLowerCase(Locale.ROOT);
        if (lower.startsWith("on") || lower.equals("style") || FETCHING.contains(lower)) {
            throw new IllegalArgumentException("the report never sets " + attribute + " (no scripts, styles or requests"
                    + " in attributes; links go through href())");
        }
        if (value != null) {
            attributes.put(attribute, value);
        }
        return this;
    }

    /** A boolean attribute such as {@code hidden} or {@code checked}, set when {@code on}. */
    public Element flag(String attribute, boolean on) {
        return on ? attr(attribute, "") : this;
    }

    public Element id(String id) {
        return attr("id", id);
    }

    public Element cls(String classes) {
        return attr("class", classes);
    }

    /**
     * A link to a fragment of this page ({@code #findings}), to a page a reader opens on purpose ({@code https://}),
     * or to another page of the same site ({@code /scans/3}, the dashboard's; the report file has none). Paths
     * starting with {@code //} or {@code /\\} are refused: browsers read them as another host.
     */
    public Element href(String url) {
        if (!name.equals("a")) {
            throw new IllegalArgumentException("only links have an href, not <" + name + ">");
        }
        boolean samesite = url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\");
        if (!(url.startsWith("#") || url.startsWith("https://") || samesite)
                || url.chars().anyMatch(c -> c <= ' ' || c == '"' || c == 0x7f)) {
            throw new IllegalArgumentException("a link is a #fragment, an https URL or a /path of this site, not " + url);
        }
        attributes.put("href", url);
        if (url.startsWith("https://")) {
            attributes.put("rel", "noopener noreferrer");
        }
        return this;
    }

    public Element text(String value) {
        return add(new Text(value));
    }

    public Element add(Node child) {
        if (VOID.contains(name) || RAW_TEXT.contains(name)) {
            throw new IllegalStateException("<" + name + "> takes no child nodes");
        }
        children.add(child);
        return this;
    }

    public Element add(Collection<? extends Node> nodes) {
        nodes.forEach(this::add);
        return this;
    }

    /**
     * The content of a {@code script} or {@code style}: a resource of the report, never scanned text. It may not
     * contain {@code </} or {@code <!--}, the only sequences that could end or confuse the element early.
     */
    public Element raw(String code) {
        if (!RAW_TEXT.contains(name)) {
            throw new IllegalStateException("only <script> and <style> hold raw text, not <" + name + ">");
        }
        if (code.contains("</") || code.contains("<!--")) {
            throw new IllegalArgumentException("raw text must not contain '</' or '<!--'");
        }
        raw = code;
        return this;
    }

    @Override
    public void render(StringBuilder out) {
        out.append('<').append(name);
        attributes.forEach((attribute, value) -> {
            out.append(' ').append(attribute);
            if (!value.isEmpty()) {
                out.append("=\"");
                Escape.attribute(Printable.clean(value), out);
                out.append('"');
            }
        });
        out.append('>');
        if (VOID.contains(name)) {
            if (BLOCK.contains(name)) {
                out.append('\n');
            }
            return;
        }
        if (OPEN_ON_ITS_OWN_LINE.contains(name)) {
            out.append('\n');
        }
        if (raw != null) {
            out.append(raw);
        }
        for (Node child : children) {
            child.render(out);
        }
        out.append("</").append(name).append('>');
        if (BLOCK.contains(name)) {
            out.append('\n');
        }
    }

    /** The whole document: doctype and this {@code html} element. */
    public String document() {
        StringBuilder out = new StringBuilder(64 * 1024).append("<!DOCTYPE html>\n");
        render(out);
        return out.toString();
    }
}
