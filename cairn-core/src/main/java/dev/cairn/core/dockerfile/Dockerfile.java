package dev.cairn.core.dockerfile;

import dev.cairn.core.check.ParseProblem;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A parsed Dockerfile.
 *
 * @param stages   the build stages in order; the last one is the image that gets shipped
 * @param preamble the instructions before the first {@code FROM}; only {@code ARG} is valid there, and
 *                 anything else is also reported in {@code problems}
 * @param problems what BuildKit would reject, at the position it was found
 */
public record Dockerfile(List<Stage> stages, List<Instruction> preamble, List<ParseProblem> problems) {
    public Dockerfile {
        stages = List.copyOf(stages);
        preamble = List.copyOf(preamble);
        problems = List.copyOf(problems);
    }

    /** The stage that becomes the image when no {@code --target} is given. */
    public Optional<Stage> finalStage() {
        return stages.isEmpty() ? Optional.empty() : Optional.of(stages.getLast());
    }

    /** The stage named {@code name} ({@code FROM x AS name}); names compare case-insensitively, as in Docker. */
    public Optional<Stage> stage(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return stages.stream().filter(s -> lower.equals(s.name())).findFirst();
    }

    /** The stage a {@code FROM} names, if it names an earlier stage rather than an image. */
    public Optional<Stage> parentStage(Stage stage) {
        String image = stage.baseImage();
        if (image.isEmpty()) {
            return Optional.empty();
        }
        return stage(image).filter(s -> s.index() < stage.index());
    }

    /** The JSON Pointer of an instruction of the preamble, e.g. {@code /preamble/0}. */
    public String preamblePointer(Instruction instruction) {
        return "/preamble/" + Stage.indexOf(preamble, instruction);
    }
}
