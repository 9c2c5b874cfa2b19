package dev.cairn.engine;

import dev.cairn.core.ci.Command;
import dev.cairn.core.ci.Job;
import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.ci.ScriptCalls;
import dev.cairn.core.ci.ShellCommands;
import dev.cairn.core.ci.Step;
import dev.cairn.core.ci.StepClassifier;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.model.Span;
import dev.cairn.ingest.text.DecodedText;
import dev.cairn.ingest.text.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Follows CI steps into the repository scripts they run ({@code bash .ci/run}): a step the command rules do
 * not understand takes the kinds of the script's commands, whose locations point into the script, so that
 * "CI runs the tests" is seen where the tests are started. Scripts calling scripts are followed a few levels
 * deep; a script outside the repository (a symbolic link out of it), too large, not UTF-8 or missing is
 * left alone: the step then stays as the pipeline file shows it.
 */
final class RepositoryScripts {
    static final int MAX_DEPTH = 3;
    static final long MAX_BYTES = 256 * 1024;

    private final Path root;
    private final Map<String, List<Command>> read = new HashMap<>();

    RepositoryScripts(Path root) {
        this.root = root;
    }

    List<Pipeline> follow(List<Pipeline> pipelines) {
        List<Pipeline> out = new ArrayList<>(pipelines.size());
        for (Pipeline p : pipelines) {
            List<Job> jobs = p.jobs().stream().map(j -> j.withSteps(j.steps().stream().map(this::follow).toList())).toList();
            out.add(p.withJobs(jobs));
        }
        return out;
    }

    private Step follow(Step step) {
        List<Command> found = new ArrayList<>();
        for (Command c : step.commands()) {
            if (c.kinds().isEmpty()) found.addAll(scriptCommands(c.text(), 1, new HashSet<>()));
        }
        return step.including(found);
    }

    /** The commands of the scripts one command line runs, nested scripts included. */
    private List<Command> scriptCommands(String line, int depth, Set<String> visiting) {
        List<Command> out = new ArrayList<>();
        for (String simple : ShellCommands.simpleCommands(line)) {
            Optional<String> script = ScriptCalls.scriptOf(simple);
            if (script.isEmpty() || !visiting.add(script.get())) continue;
            for (Command c : commandsOf(script.get())) {
                out.add(c);
                if (c.kinds().isEmpty() && depth < MAX_DEPTH) out.addAll(scriptCommands(c.text(), depth + 1, visiting));
            }
        }
        return out;
    }

    private List<Command> commandsOf(String relative) {
        return read.computeIfAbsent(relative, r -> readScript(r).map(text -> commands(r, text)).orElse(List.of()));
    }

    private Optional<String> readScript(String relative) {
        try {
            Path file = root.resolve(relative).normalize();
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) return Optional.empty();
            if (!file.toRealPath().startsWith(root.toRealPath())) return Optional.empty();
            DecodedText text = SourceText.decode(Files.readAllBytes(file));
            return text.ok() ? Optional.of(text.text()) : Optional.empty();
        } catch (IOException | SecurityException | InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static List<Command> commands(String relative, String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        SourcePath path = SourcePath.of(relative);
        List<Command> out = new ArrayList<>();
        for (ShellCommands.Line line : ShellCommands.split(text)) {
            Span span = new Span(line.first() + 1, 1, line.last() + 1, lines[line.last()].length() + 1);
            out.add(new Command(line.text(), Location.at(path, span), StepClassifier.classifyLine(line.text())));
        }
        return out;
    }
}
