package dev.cairn.core.check;

/** Judges one source file's evidence (parse problems, Dockerfile instructions, pipelines). */
public non-sealed interface SourceCheck extends Check {
    boolean appliesTo(SourceEvidence source);

    void check(SourceEvidence source, FindingSink sink);
}
