package dev.cairn.ingest.yaml;

/** Thrown by the tree builder to drop the current document; cheap, as it carries no stack trace. */
final class DocumentAbort extends RuntimeException {
    final int offset;

    DocumentAbort(String message, int offset) {
        super(message, null, false, false);
        this.offset = offset;
    }
}
