package dev.cairn.core.ci;

import dev.cairn.core.model.Location;
import java.util.Set;

/**
 * One logical shell command of a step's script: continuation lines joined, comments and blank lines left
 * out. Commands keep their order, so a smoke test can be seen to follow the deployment in the same script.
 *
 * @param location the command's own lines and columns when the reader could map them onto the source,
 *                 else the location of the whole script
 */
public record Command(String text, Location location, Set<StepKind> kinds) {
    public Command {
        kinds = Copies.kinds(kinds);
    }
}
