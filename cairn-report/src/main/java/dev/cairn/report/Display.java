package dev.cairn.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the human-readable reports spell numbers and enum values, so that the formats agree with each other. */
public final class Display {
    private Display() {}

    /** {@code IN_PROGRESS} → {@code in progress}. */
    public static String words(Enum<?> value) {
        return ReportJson.kebab(value).replace('-', ' ');
    }

    /** At most two decimals, no trailing zeros: 1.4, 12, 0.25. */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A share from 0.0 to 1.0 as a whole percentage: 0.25 → {@code 25%}. */
    public static String percent(double share) {
        if (!Double.isFinite(share)) {
            return String.valueOf(share);
        }
        return BigDecimal.valueOf(share * 100).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** The first seven characters of a commit id, as git prints it; cleaned, since it comes from the scan. */
    public static String shortCommit(String commit) {
        return Printable.clean(commit.length() > 7 ? commit.substring(0, 7) : commit);
    }
}
