package dev.cairn.core.check;

import dev.cairn.core.config.CairnConfig;
import java.time.LocalDate;

/**
 * Judges the user's own configuration, e.g. waivers past their expiry. The scan date is passed in as
 * data (captured once with the report's timestamp), so the check stays a pure function.
 */
public non-sealed interface ConfigCheck extends Check {
    boolean appliesTo(CairnConfig config);

    void check(CairnConfig config, LocalDate today, FindingSink sink);
}
