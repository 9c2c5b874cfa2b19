package dev.cairn.core.check;

import dev.cairn.core.model.Severity;

/** A check as this scan runs it: with parameters applied and the severity the configuration chose. */
public record ConfiguredCheck(Check check, Severity severity) {
    public static ConfiguredCheck withDefaults(Check check) {
        return new ConfiguredCheck(check, check.spec().severity());
    }

    public CheckSpec spec() {
        return check.spec();
    }
}
