package dev.cairn.maturity.catalog;

import java.util.Locale;
import java.util.Set;

/** Whether files can decide a criterion without a person (cnmm-level1.md, sections 1 and 2.6). */
public enum Automation {
    /** Repository, manifests, history, cluster or forge decide; nobody is asked. */
    AUTO,
    /** Automated signals plus a question that closes the gap. */
    HYBRID,
    /** The answer to a question is the only evidence. */
    SELF;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The class that follows from a criterion's modes: it is a property of the modes, not a free choice. */
    public static Automation of(Set<Mode> modes) {
        if (!modes.contains(Mode.SELF_ASSESSMENT)) {
            return AUTO;
        }
        return modes.size() == 1 ? SELF : HYBRID;
    }
}
