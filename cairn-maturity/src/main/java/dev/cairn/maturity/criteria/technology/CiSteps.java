package dev.cairn.maturity.criteria.technology;

import dev.cairn.core.ci.Job;
import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.ci.StepClassifier;
import dev.cairn.core.ci.StepKind;
import dev.cairn.core.model.EvidenceItem;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.repo.RepositoryFiles;
import dev.cairn.core.repo.TextMatch;
import java.util.ArrayList;
import java.util.List;

/**
 * Where work of a kind happens: in CI pipelines (the model's classified steps), or in scripts a person runs
 * (Makefile recipes, shell scripts, task runners), each line classified the same way by {@link StepClassifier}.
 */
final class CiSteps {
    static final String[] SCRIPTS = {"Makefile", "GNUmakefile", "*.mk", "*.sh", "*.bash", "scripts/**", "Taskfile.yml",
            "Taskfile.yaml", "justfile"};

    /** One place a pipeline does the work: the job (null for an included template) and the command or step. */
    record Found(Pipeline pipeline, Job job, Location location) {
        String describe() {
            return pipeline.path().value() + (job == null ? " (an include)" : " (job " + job.name() + ")");
        }

        EvidenceItem evidence(String summary) {
            return EvidenceItem.file(location, summary + " in " + describe());
        }
    }

    private CiSteps() {}

    /** Every place a pipeline does work of the kind, in pipeline and job order. */
    static List<Found> inPipelines(List<Pipeline> pipelines, StepKind kind) {
        List<Found> out = new ArrayList<>();
        for (Pipeline p : pipelines) {
            for (Job job : p.jobs()) {
                job.steps().forEach(s -> s.evidence(kind).forEach(at -> out.add(new Found(p, job, at))));
            }
            p.includes().stream().filter(i -> i.kinds().contains(kind)).forEach(i -> out.add(new Found(p, null, i.location())));
        }
        return out;
    }

    /** Lines of scripts whose command does work of the kind (comments and make targets aside). */
    static List<TextMatch> inScripts(RepositoryFiles files, StepKind kind) {
        List<TextMatch> out = new ArrayList<>();
        for (SourcePath path : files.matching(SCRIPTS)) {
            List<String> lines = files.text(path).orElse(List.of());
            for (int i = 0; i < lines.size(); i++) {
                String command = commandOf(lines.get(i));
                if (!command.isEmpty() && StepClassifier.classifyLine(command).contains(kind)) {
                    int column = lines.get(i).indexOf(command) + 1;
                    out.add(new TextMatch(path, i + 1, column, column + command.length(), lines.get(i)));
                }
            }
        }
        return out;
    }

    /** The command of a recipe or script line: without the recipe tab, make's {@code @} and {@code -}, and comments. */
    static String commandOf(String line) {
        String s = line.strip();
        if (s.startsWith("#")) return "";
        while (s.startsWith("@") || s.startsWith("-") && s.length() > 1 && s.charAt(1) != '-') {
            s = s.substring(1).strip();
        }
        return s;
    }
}
