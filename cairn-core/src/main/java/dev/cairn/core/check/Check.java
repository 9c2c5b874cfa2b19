package dev.cairn.core.check;

/**
 * A pure judgement over evidence. Implementations never touch disk, network, environment or clock;
 * they receive evidence and report through a {@link FindingSink}, which stamps location, severity and
 * fingerprint. Five shapes exist: {@link ObjectCheck}, {@link SourceCheck}, {@link IndexCheck}, {@link ConfigCheck}
 * and {@link ClusterCheck}.
 */
public sealed interface Check permits ObjectCheck, SourceCheck, IndexCheck, ConfigCheck, ClusterCheck {
    CheckSpec spec();
}
