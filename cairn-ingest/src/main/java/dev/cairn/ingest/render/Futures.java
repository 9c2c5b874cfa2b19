package dev.cairn.ingest.render;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waits for rendering work handed to another thread, whose own failures it has already turned into notes. */
public final class Futures {
    private Futures() {}

    /**
     * The task's result. A failure that reaches here is a bug in cairn, rethrown as it was (the callers turn a
     * runtime exception into a note that the renderer failed); an interrupt keeps the thread's flag set.
     */
    public static <T> T join(Future<T> task, String what) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
