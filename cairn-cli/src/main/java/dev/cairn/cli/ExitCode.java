package dev.cairn.cli;

/** The exit codes every command shares (PRODUCT.md, "Conventions"). */
public final class ExitCode {
    /** No finding at or above the --fail-on threshold. */
    public static final int OK = 0;
    /** At least one counted finding at or above the threshold. */
    public static final int FINDINGS = 1;
    /** The command line was wrong; the message says what to type instead. */
    public static final int USAGE = 2;
    /** cairn could not do its job: unreadable input root, unwritable output. */
    public static final int FAILURE = 3;

    private ExitCode() {}
}
