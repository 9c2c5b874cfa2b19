package dev.cairn.report.html;

import dev.cairn.core.model.AspectState;
import dev.cairn.core.model.CheckStatus;
import dev.cairn.core.model.KpiStatus;
import dev.cairn.core.model.Outcome;
import dev.cairn.core.model.Severity;
import dev.cairn.report.Display;
import java.util.Locale;

/**
 * A coloured label for a verdict. The word is always written out, so colour is never the only signal (and
 * survives printing in black and white); the stylesheet colours it by its class.
 */
public final class Badge {
    private Badge() {}

    public static Element severity(Severity severity) {
        return of("severity", severity);
    }

    public static Element state(AspectState state) {
        return of("state", state);
    }

    public static Element outcome(Outcome outcome) {
        return of("outcome", outcome);
    }

    public static Element kpi(KpiStatus status) {
        return of("kpi", status);
    }

    public static Element check(CheckStatus status) {
        return of("check", status);
    }

    /** {@code severity-high}: the class that colours a value, also used by the charts. */
    public static String cssClass(String family, Enum<?> value) {
        return family + "-" + value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Element of(String family, Enum<?> value) {
        return Element.of("span", Display.words(value)).cls("badge " + cssClass(family, value));
    }
}
