package dev.cairn.maturity.catalog;

/** The criteria catalog is malformed; the message names the file and the entry. */
public final class CatalogException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CatalogException(String message) {
        super(message);
    }

    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
