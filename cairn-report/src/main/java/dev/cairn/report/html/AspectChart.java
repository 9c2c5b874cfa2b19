package dev.cairn.report.html;

import dev.cairn.core.model.AspectScore;
import dev.cairn.report.Display;
import java.util.ArrayList;
import java.util.List;

/** A horizontal bar per aspect: the Level 1 score out of 100, coloured by the aspect's state. */
public final class AspectChart {
    private static final int LABEL = 150;
    private static final int BAR = 340;
    private static final int ROW = 30;
    private static final int TOP = 8;
    private static final int AXIS = 22;
    private static final int VALUE = 170;
    private static final int BAR_HEIGHT = 16;

    private AspectChart() {}

    public static Element render(List<AspectScore> aspects) {
        int plotHeight = aspects.size() * ROW;
        Element svg = Svg.chart("aspect-chart", LABEL + BAR + VALUE, TOP + plotHeight + AXIS,
                "Level 1 score per aspect", description(aspects));
        for (int tick = 0; tick <= 100; tick += 25) {
            double x = LABEL + BAR * tick / 100.0;
            svg.add(Svg.line(x, TOP, x, TOP + plotHeight, "grid"));
            svg.add(Svg.text(x, TOP + plotHeight + 16, "middle", String.valueOf(tick), "axis"));
        }
        for (int i = 0; i < aspects.size(); i++) {
            AspectScore a = aspects.get(i);
            double y = TOP + i * ROW;
            double middle = y + ROW / 2.0 + 4;
            svg.add(Svg.text(LABEL - 8, middle, "end", a.aspect().title(), "label"));
            svg.add(Svg.rect(LABEL, y + (ROW - BAR_HEIGHT) / 2.0, BAR, BAR_HEIGHT, "track"));
            if (a.score() != null) {
                svg.add(Svg.rect(LABEL, y + (ROW - BAR_HEIGHT) / 2.0, BAR * clamp(a.score()) / 100.0, BAR_HEIGHT,
                        "bar " + Badge.cssClass("state", a.state())));
            }
            svg.add(Svg.text(LABEL + BAR + 8, middle, "start", valueLabel(a), "value"));
        }
        return svg;
    }

    private static String valueLabel(AspectScore a) {
        String score = a.score() == null ? "not scored" : a.score() + "/100";
        return score + ", coverage " + Display.percent(a.coverage());
    }

    private static String description(List<AspectScore> aspects) {
        List<String> parts = new ArrayList<>();
        for (AspectScore a : aspects) {
            parts.add(a.aspect().title() + ": " + (a.score() == null ? "not scored" : a.score() + " of 100") + ", "
                    + Display.words(a.state()) + ", coverage " + Display.percent(a.coverage()));
        }
        return String.join("; ", parts) + ".";
    }

    private static int clamp(int score) {
        return Math.max(0, Math.min(100, score));
    }
}
