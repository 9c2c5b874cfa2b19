package dev.cairn.report.html;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The few SVG shapes the charts draw. Coordinates are written with at most one decimal and a dot whatever
 * the locale, so that the same report gives the same bytes. Colours come from the stylesheet by class.
 */
final class Svg {
    private Svg() {}

    /**
     * A chart that screen readers announce as one image with a title and a description of its data.
     *
     * @param id unique in the document; the title and description get ids derived from it
     */
    static Element chart(String id, int width, int height, String title, String description) {
        return Element.of("svg").id(id)
                .attr("viewBox", "0 0 " + width + " " + height).attr("width", String.valueOf(width))
                .attr("height", String.valueOf(height)).attr("role", "img")
                .attr("aria-labelledby", id + "-title " + id + "-desc").cls("chart")
                .add(Element.of("title", title).id(id + "-title"))
                .add(Element.of("desc", description).id(id + "-desc"));
    }

    static Element rect(double x, double y, double width, double height, String cssClass) {
        return Element.of("rect").attr("x", num(x)).attr("y", num(y)).attr("width", num(width))
                .attr("height", num(height)).cls(cssClass);
    }

    static Element line(double x1, double y1, double x2, double y2, String cssClass) {
        return Element.of("line").attr("x1", num(x1)).attr("y1", num(y1)).attr("x2", num(x2)).attr("y2", num(y2))
                .cls(cssClass);
    }

    /** @param anchor {@code start}, {@code middle} or {@code end} */
    static Element text(double x, double y, String anchor, String text, String cssClass) {
        return Element.of("text", text).attr("x", num(x)).attr("y", num(y)).attr("text-anchor", anchor).cls(cssClass);
    }

    static Element circle(double cx, double cy, double r, String cssClass) {
        return Element.of("circle").attr("cx", num(cx)).attr("cy", num(cy)).attr("r", num(r)).cls(cssClass);
    }

    static String num(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
