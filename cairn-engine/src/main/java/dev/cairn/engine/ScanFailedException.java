package dev.cairn.engine;

/** The scan could not do its job at all (the root is unreadable); exit code 3. */
public final class ScanFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    public ScanFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
