package dev.cairn.report.html;

import dev.cairn.report.Display;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A line chart of one KPI over the scans that measured it, with its target as a dashed line. Time runs
 * left to right in proportion; the value axis spans the values and the target with a margin.
 */
public final class TrendChart {
    static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final int WIDTH = 340;
    private static final int HEIGHT = 170;
    private static final int LEFT = 52;
    private static final int RIGHT = 16;
    private static final int TOP = 14;
    private static final int BOTTOM = 30;
    /** Up to this many points each get a mark with its date and value; longer series are drawn as a line alone. */
    static final int MARKED_POINTS = 60;

    /** One measured value. */
    public record Point(Instant at, double value) {}

    private TrendChart() {}

    /**
     * @param points at least two, oldest first
     * @param target the KPI's target, or null
     */
    public static Element render(String id, String kpi, String unit, List<Point> points, Double target) {
        if (points.size() < 2) {
            throw new IllegalArgumentException("a trend needs two points, " + kpi + " has " + points.size());
        }
        Scale x = new Scale(points.getFirst().at().toEpochMilli(), points.getLast().at().toEpochMilli(),
                LEFT, WIDTH - RIGHT);
        double low = points.stream().mapToDouble(Point::value).min().orElseThrow();
        double high = points.stream().mapToDouble(Point::value).max().orElseThrow();
        if (target != null) {
            low = Math.min(low, target);
            high = Math.max(high, target);
        }
        double margin = high > low ? (high - low) * 0.1 : Math.max(Math.abs(high) * 0.1, 1);
        Scale y = new Scale(low - margin, high + margin, HEIGHT - BOTTOM, TOP);

        Element svg = Svg.chart(id, WIDTH, HEIGHT, kpi + " (" + unit + ") over " + points.size() + " scans",
                description(kpi, unit, points, target));
        svg.add(Svg.line(LEFT, TOP, LEFT, HEIGHT - BOTTOM, "axis-line"));
        svg.add(Svg.line(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, "axis-line"));
        svg.add(Svg.text(LEFT - 6, y.at(low) + 4, "end", Display.number(low), "axis"));
        svg.add(Svg.text(LEFT - 6, y.at(high) + 4, "end", Display.number(high), "axis"));
        svg.add(Svg.text(LEFT, HEIGHT - 10, "start", DAY.format(points.getFirst().at()), "axis"));
        svg.add(Svg.text(WIDTH - RIGHT, HEIGHT - 10, "end", DAY.format(points.getLast().at()), "axis"));
        if (target != null) {
            svg.add(Svg.line(LEFT, y.at(target), WIDTH - RIGHT, y.at(target), "target"));
            svg.add(Svg.text(WIDTH - RIGHT, y.at(target) - 4, "end", "target " + Display.number(target), "axis"));
        }
        StringBuilder polyline = new StringBuilder();
        for (Point p : points) {
            polyline.append(polyline.isEmpty() ? "" : " ")
                    .append(Svg.num(x.at(p.at().toEpochMilli()))).append(',').append(Svg.num(y.at(p.value())));
        }
        svg.add(Element.of("polyline").attr("points", polyline.toString()).cls("trend"));
        if (points.size() > MARKED_POINTS) {
            return svg; // a year of daily scans: 365 marks would blur into a thick line and weigh down the page
        }
        for (Point p : points) {
            svg.add(Svg.circle(x.at(p.at().toEpochMilli()), y.at(p.value()), 3, "point")
                    .add(Element.of("title", DAY.format(p.at()) + ": " + Display.number(p.value()) + " " + unit)));
        }
        return svg;
    }

    private static String description(String kpi, String unit, List<Point> points, Double target) {
        Point first = points.getFirst();
        Point last = points.getLast();
        return kpi + " went from " + Display.number(first.value()) + " on " + DAY.format(first.at()) + " to "
                + Display.number(last.value()) + " " + unit + " on " + DAY.format(last.at()) + " over "
                + points.size() + " scans" + (target == null ? "" : "; the target is " + Display.number(target)) + ".";
    }

    /** Maps a domain interval onto a pixel interval; a domain of one value maps to the middle. */
    private record Scale(double from, double to, double pixelFrom, double pixelTo) {
        double at(double value) {
            if (to == from) {
                return (pixelFrom + pixelTo) / 2;
            }
            return pixelFrom + (value - from) / (to - from) * (pixelTo - pixelFrom);
        }
    }
}
