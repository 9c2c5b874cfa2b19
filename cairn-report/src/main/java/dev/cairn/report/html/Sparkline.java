package dev.cairn.report.html;

import dev.cairn.report.Display;
import java.util.List;

/**
 * A word-sized line of recent values, one per scan and evenly spaced, with the latest value marked: a trend
 * at a glance in a table row (the dashboard's portfolio). The exact numbers are in its title and description.
 */
public final class Sparkline {
    private static final int WIDTH = 120;
    private static final int HEIGHT = 28;
    private static final int PAD = 3;

    private Sparkline() {}

    /**
     * @param id     unique in the page
     * @param label  what the values are, e.g. {@code counted findings}
     * @param values at least one, oldest first
     */
    public static Element render(String id, String label, List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a sparkline needs a value");
        }
        double low = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double high = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double first = values.getFirst();
        double last = values.getLast();
        String summary = label + ": " + Display.number(last) + (values.size() == 1 ? " (one scan)"
                : ", from " + Display.number(first) + " over " + values.size() + " scans");
        Element svg = Svg.chart(id, WIDTH, HEIGHT, summary, summary + "; lowest " + Display.number(low)
                + ", highest " + Display.number(high) + ".");
        svg.cls("chart sparkline");
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            points.append(i == 0 ? "" : " ").append(Svg.num(x(i, values.size()))).append(',')
                    .append(Svg.num(y(values.get(i), low, high)));
        }
        svg.add(Element.of("polyline").attr("points", points.toString()).cls("trend"));
        svg.add(Svg.circle(x(values.size() - 1, values.size()), y(last, low, high), 2.5, "point"));
        return svg;
    }

    private static double x(int index, int count) {
        return count == 1 ? WIDTH - PAD : PAD + index * (WIDTH - 2.0 * PAD) / (count - 1);
    }

    /** Higher values higher up; a flat series sits in the middle. */
    private static double y(double value, double low, double high) {
        if (high == low) {
            return HEIGHT / 2.0;
        }
        return HEIGHT - PAD - (value - low) / (high - low) * (HEIGHT - 2.0 * PAD);
    }
}
