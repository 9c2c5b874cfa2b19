package dev.cairn.maturity.catalog;

import java.util.Optional;

/** Where the evidence for a criterion comes from (cnmm-level1.md, section 1), in the catalog's letters. */
public enum Mode {
    REPOSITORY("R", "repository files"),
    MANIFESTS("M", "rendered Kubernetes manifests"),
    GIT_HISTORY("G", "git history"),
    LIVE_CLUSTER("L", "live cluster"),
    FORGE("F", "forge API"),
    SELF_ASSESSMENT("Q", "self-assessment question");

    private final String letter;
    private final String title;

    Mode(String letter, String title) {
        this.letter = letter;
        this.title = title;
    }

    /** The one-letter code the catalog and the docs use, e.g. {@code R}. */
    public String letter() {
        return letter;
    }

    public String title() {
        return title;
    }

    public static Optional<Mode> ofLetter(String letter) {
        for (Mode m : values()) {
            if (m.letter.equals(letter)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
