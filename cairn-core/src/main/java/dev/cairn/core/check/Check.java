package dev.cairn.core.check;

/**
 * A pure judgement over evidence. Implementations never touch disk, network, environment or clock;
 * they receive evidence and report through a {@link FindingSink}, which stamps location, severity and
 * fingerprint. Three shapes exist: {@link ObjectCheck}, {@link SourceCheck} and {@link IndexCheck}.
 */
public sealed interface Check permits ObjectCheck, SourceCheck, IndexCheck {
    CheckSpec spec();
}
