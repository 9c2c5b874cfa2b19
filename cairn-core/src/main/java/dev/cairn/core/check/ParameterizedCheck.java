package dev.cairn.core.check;

/**
 * A check with typed parameters. The configuration loader validates {@code checks.params.<id-or-slug>}
 * against {@link #paramsType()} and calls {@link #withParams} to get the configured instance.
 *
 * @param <P> an immutable record of the parameters
 */
public interface ParameterizedCheck<P extends Record> {
    /** The record type the configuration is bound to: that of {@link #params()} (a record class is final). */
    @SuppressWarnings("unchecked")
    default Class<P> paramsType() {
        return (Class<P>) params().getClass();
    }

    /** The parameters in force: the defaults until the configuration sets others; never null. */
    P params();

    Check withParams(P params);
}
