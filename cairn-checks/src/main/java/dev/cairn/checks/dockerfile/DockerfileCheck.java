package dev.cairn.checks.dockerfile;

import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.SourceCheck;
import dev.cairn.core.check.SourceEvidence;
import dev.cairn.core.dockerfile.Dockerfile;
import dev.cairn.core.dockerfile.Instruction;
import dev.cairn.core.dockerfile.Stage;
import dev.cairn.core.model.Location;

/**
 * A check over one parsed Dockerfile. Findings point at an instruction: its span for the location and its
 * JSON Pointer ({@code /stages/build/instructions/3}) for the fingerprint, so that adding lines elsewhere
 * keeps the fingerprint. A Dockerfile without stages is in scope but has nothing to judge.
 */
public abstract class DockerfileCheck implements SourceCheck {

    @Override
    public final boolean appliesTo(SourceEvidence source) {
        return source.dockerfile() != null;
    }

    @Override
    public final void check(SourceEvidence source, FindingSink sink) {
        check(source.dockerfile(), new Findings(source, sink));
    }

    protected abstract void check(Dockerfile dockerfile, Findings findings);

    /** Where a Dockerfile check reports. */
    public record Findings(SourceEvidence source, FindingSink sink) {
        public void report(Stage stage, Instruction instruction, String message) {
            Location at = new Location(source.path(), instruction.span(), stage.pointer(instruction), null);
            sink.report(at, null, message);
        }

        /** A finding at an {@code ARG} before the first {@code FROM}. */
        public void reportPreamble(Instruction instruction, String message) {
            Dockerfile d = source.dockerfile();
            sink.report(new Location(source.path(), instruction.span(), d.preamblePointer(instruction), null), null,
                    message);
        }
    }
}
