package dev.cairn.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The report's colours meet WCAG AA (4.5:1) for the text drawn on them, and the print stylesheet is there. */
class StylesheetContrastTest {
    private static final Pattern VARIABLE = Pattern.compile("--([a-z-]+):\\s*#([0-9a-f]{6})");
    private static final double AA = 4.5;

    private static Map<String, String> colours() {
        Map<String, String> colours = new LinkedHashMap<>();
        Matcher m = VARIABLE.matcher(Assets.CSS);
        while (m.find()) {
            colours.put(m.group(1), m.group(2));
        }
        return colours;
    }

    @Test
    void badgeColoursCarryWhiteText() {
        Map<String, String> colours = colours();
        for (String badge : List.of("critical", "high", "medium", "low", "info", "good", "warn", "bad", "none")) {
            assertThat(contrast(colours.get(badge), "ffffff")).as("white on --" + badge).isGreaterThanOrEqualTo(AA);
        }
    }

    @Test
    void textColoursReadOnThePageAndOnShadedCells() {
        Map<String, String> colours = colours();
        for (String text : List.of("ink", "muted", "link")) {
            assertThat(contrast(colours.get(text), "ffffff")).as("--" + text + " on white").isGreaterThanOrEqualTo(AA);
            assertThat(contrast(colours.get(text), colours.get("soft"))).as("--" + text + " on --soft").isGreaterThanOrEqualTo(AA);
        }
    }

    @Test
    void printingHidesTheControlsAndKeepsTheColouredLabels() {
        String print = Assets.CSS.substring(Assets.CSS.indexOf("@media print"));
        assertThat(print).contains("nav.contents, .filters, .skip, noscript { display: none; }")
                .contains("print-color-adjust: exact").contains("break-inside: avoid");
    }

    @Test
    void contrastFormulaMatchesKnownValues() {
        assertThat(contrast("000000", "ffffff")).isEqualTo(21.0);
        assertThat(contrast("777777", "ffffff")).isBetween(4.47, 4.49); // the well-known just-failing grey
    }

    /** WCAG 2.x contrast ratio of two sRGB colours. */
    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] weights = {0.2126, 0.7152, 0.0722};
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16) / 255.0;
            sum += weights[i] * (c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return sum;
    }
}
