package dev.cairn.store;

/** The history store could not do what was asked: the database is unreachable, unreadable or not cairn's. */
public class HistoryException extends RuntimeException {
    public HistoryException(String message, Throwable cause) {
        super(message, cause);
    }

    public HistoryException(String message) {
        super(message);
    }
}
