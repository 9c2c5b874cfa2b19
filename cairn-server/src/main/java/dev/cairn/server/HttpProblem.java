package dev.cairn.server;

/**
 * A request the server answers with an error status and a sentence saying why: JSON under {@code /api}, a page
 * elsewhere. Never a stack trace.
 */
final class HttpProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    HttpProblem(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }

    static HttpProblem badRequest(String message) {
        return new HttpProblem(400, message);
    }

    static HttpProblem notFound(String message) {
        return new HttpProblem(404, message);
    }
}
