package dev.cairn.cluster;

/** The one line of a client error worth showing: its own message, else its root cause's. */
final class Messages {
    private Messages() {}

    static String of(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getMessage() != null && !e.getMessage().isBlank() && root == e ? e.getMessage()
                : root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return message.lines().findFirst().orElse(message);
    }
}
