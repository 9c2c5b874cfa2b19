package dev.cairn.core.check;

/**
 * A check with typed parameters. The configuration loader validates {@code checks.params.<id-or-slug>}
 * against {@link #paramsType()} and calls {@link #withParams} to get the configured instance.
 *
 * @param <P> an immutable record of the parameters
 */
public interface ParameterizedCheck<P extends Record> {
    Class<P> paramsType();

    P params();

    Check withParams(P params);
}
