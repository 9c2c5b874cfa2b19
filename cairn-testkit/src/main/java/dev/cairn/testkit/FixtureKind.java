package dev.cairn.testkit;

import dev.cairn.core.model.CheckStatus;

/** The outcome a fixture's name promises: {@code fail-*}, {@code pass-*} or {@code na-*}. */
public enum FixtureKind {
    FAIL("fail-", CheckStatus.FAIL), PASS("pass-", CheckStatus.PASS), NOT_APPLICABLE("na-", CheckStatus.NOT_APPLICABLE);

    private final String prefix;
    private final CheckStatus status;

    FixtureKind(String prefix, CheckStatus status) {
        this.prefix = prefix;
        this.status = status;
    }

    public CheckStatus status() {
        return status;
    }

    public static FixtureKind of(String fileName) {
        for (FixtureKind k : values()) {
            if (fileName.startsWith(k.prefix)) {
                return k;
            }
        }
        return null;
    }
}
