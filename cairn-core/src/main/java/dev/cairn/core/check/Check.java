package dev.cairn.core.check;

/**
 * A pure judgement over evidence. Implementations never touch disk, network, environment or clock;
 * they receive evidence and report through a {@link FindingSink}, which stamps location, severity and
 * fingerprint. Four shapes exist: {@link ObjectCheck}, {@link SourceCheck}, {@link IndexCheck} and {@link ConfigCheck}.
 */
public sealed interface Check permits ObjectCheck, SourceCheck, IndexCheck, ConfigCheck {
    CheckSpec spec();
}
