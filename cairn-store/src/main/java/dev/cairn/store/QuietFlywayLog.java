package dev.cairn.store;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Flyway's log, silenced: migrating the store is cairn's business, not output for the user, whatever logging
 * happens to be on the classpath. Failures still reach the user as a {@link HistoryException}.
 * Flyway instantiates this class by name, so it must stay public with a public constructor.
 */
public final class QuietFlywayLog implements LogCreator, Log {
    @Override
    public Log createLogger(Class<?> clazz) {
        return this;
    }

    @Override
    public boolean isDebugEnabled() {
        return false;
    }

    @Override
    public void debug(String message) {}

    @Override
    public void info(String message) {}

    @Override
    public void warn(String message) {}

    @Override
    public void error(String message) {}

    @Override
    public void error(String message, Exception e) {}

    @Override
    public void notice(String message) {}
}
