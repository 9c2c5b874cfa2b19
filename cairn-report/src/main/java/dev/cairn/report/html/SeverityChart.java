package dev.cairn.report.html;

import dev.cairn.core.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A horizontal bar per severity: the counted findings, scaled to the largest count. */
final class SeverityChart {
    private static final int LABEL = 70;
    private static final int BAR = 260;
    private static final int ROW = 26;
    private static final int TOP = 6;
    private static final int VALUE = 50;
    private static final int BAR_HEIGHT = 14;

    private SeverityChart() {}

    /** @param counted the number of counted findings of each severity; missing ones are zero */
    static Element render(Map<Severity, Long> counted) {
        List<Severity> order = FindingsSection.SEVERITIES_HIGHEST_FIRST;
        long max = order.stream().mapToLong(s -> counted.getOrDefault(s, 0L)).max().orElse(0);
        Element svg = Svg.chart("severity-chart", LABEL + BAR + VALUE, TOP * 2 + order.size() * ROW,
                "Counted findings by severity", description(order, counted));
        for (int i = 0; i < order.size(); i++) {
            Severity s = order.get(i);
            long n = counted.getOrDefault(s, 0L);
            double y = TOP + i * ROW;
            svg.add(Svg.text(LABEL - 8, y + ROW / 2.0 + 4, "end", s.id(), "label"));
            if (n > 0) {
                svg.add(Svg.rect(LABEL, y + (ROW - BAR_HEIGHT) / 2.0, BAR * (double) n / max, BAR_HEIGHT,
                        "bar " + Badge.cssClass("severity", s)));
            }
            double end = n > 0 ? LABEL + BAR * (double) n / max : LABEL;
            svg.add(Svg.text(end + 6, y + ROW / 2.0 + 4, "start", String.valueOf(n), "value"));
        }
        return svg;
    }

    private static String description(List<Severity> order, Map<Severity, Long> counted) {
        List<String> parts = new ArrayList<>();
        for (Severity s : order) {
            parts.add(counted.getOrDefault(s, 0L) + " " + s.id());
        }
        return String.join(", ", parts) + ".";
    }
}
