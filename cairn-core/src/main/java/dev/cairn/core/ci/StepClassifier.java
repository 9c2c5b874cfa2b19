package dev.cairn.core.ci;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Says what a step does ({@link StepKind}) from its commands and from what it uses. Pure and stateless; the
 * pipeline readers use it for every step, and criteria evaluators may use it for commands found outside
 * pipelines, such as Makefile recipes or deploy scripts, so that the same command counts the same way.
 */
public final class StepClassifier {
    private StepClassifier() {}

    /** The kinds of a shell text of any length: the union over its commands ({@link ShellCommands#split}). */
    public static Set<StepKind> classifyCommand(String shellText) {
        Set<StepKind> kinds = EnumSet.noneOf(StepKind.class);
        if (shellText == null) return kinds;
        for (ShellCommands.Line line : ShellCommands.split(shellText)) {
            kinds.addAll(classifyLine(line.text()));
        }
        return kinds;
    }

    /** The kinds of one logical command line, simple commands and pipes included. */
    public static Set<StepKind> classifyLine(String line) {
        Set<StepKind> kinds = EnumSet.noneOf(StepKind.class);
        for (String simple : ShellCommands.simpleCommands(line)) {
            kinds.addAll(CommandRules.classify(simple));
        }
        kinds.addAll(TagSources.of(line, kinds));
        return kinds;
    }

    /**
     * The kinds of a reference whose system is not known, guessed from its shape: a Buildkite plugin
     * ({@code name#v1}), an Azure task ({@code Name@2}), a GitHub action ({@code owner/repo@ref}), else an image.
     */
    public static Set<StepKind> classifyUses(String uses, Map<String, String> with) {
        if (uses == null) return Set.of();
        if (uses.contains("#")) return classifyUses(CiSystem.BUILDKITE, uses, with);
        if (uses.matches("[A-Za-z][\\w.-]*@\\d+")) return classifyUses(CiSystem.AZURE_PIPELINES, uses, with);
        if (uses.startsWith("docker://") || uses.startsWith("./") || uses.matches("[\\w.-]+/[\\w.-]+(/[\\w./-]+)?@\\S+")) {
            return classifyUses(CiSystem.GITHUB_ACTIONS, uses, with);
        }
        return ImageRules.classify(uses, with == null ? Map.of() : with);
    }

    /**
     * The kinds of what a step uses in a given system: a GitHub action, an orb command or job (alias resolved
     * to the orb's name), an Azure task, a Tekton task, a Buildkite plugin, a Jenkins step, a GitLab include, or a
     * container image (Drone and Woodpecker plugins, Bitbucket pipes, Cloud Build steps).
     */
    public static Set<StepKind> classifyUses(CiSystem system, String uses, Map<String, String> with) {
        if (uses == null || uses.isBlank()) return Set.of();
        Map<String, String> inputs = with == null ? Map.of() : with;
        return switch (system) {
            case GITHUB_ACTIONS -> ActionRules.classify(uses, inputs);
            case CIRCLECI -> ReferenceRules.orb(uses, inputs);
            case AZURE_PIPELINES -> ReferenceRules.azureTask(uses, inputs);
            case BUILDKITE -> ReferenceRules.buildkitePlugin(uses, inputs);
            case JENKINS -> ReferenceRules.jenkinsStep(uses);
            case TEKTON -> uses.contains(":") || uses.contains(".") && uses.contains("/")
                    ? ImageRules.classify(uses, inputs, false) : ReferenceRules.tektonTask(uses, inputs);
            case GITLAB_CI, BITBUCKET_PIPELINES, CLOUD_BUILD, DRONE, WOODPECKER -> ImageRules.classify(uses, inputs);
        };
    }

    /**
     * The kinds of a whole step: what it uses, what its script runs, and tags its inputs or script derive
     * from the commit or a release. An image that runs a script is judged by the script alone.
     */
    public static Set<StepKind> classifyStep(CiSystem system, String uses, Map<String, String> with, String run) {
        boolean script = run != null && !run.isBlank();
        Set<StepKind> kinds = EnumSet.noneOf(StepKind.class);
        if (script) kinds.addAll(classifyCommand(run));
        kinds.addAll(classifyUses(system, uses, with, script));
        return kinds;
    }

    /**
     * The kinds of what a step uses, knowing whether the step also runs a script: an image that runs a script
     * only provides tools, so its name says nothing ({@code bitnami/kubectl} running {@code kubectl get pods}).
     */
    public static Set<StepKind> classifyUses(CiSystem system, String uses, Map<String, String> with, boolean runsScript) {
        if (uses == null || uses.isBlank()) return Set.of();
        boolean image = system != CiSystem.GITHUB_ACTIONS && system != CiSystem.AZURE_PIPELINES && system != CiSystem.CIRCLECI
                && system != CiSystem.BUILDKITE && system != CiSystem.JENKINS;
        return runsScript && image ? ImageRules.classify(uses, with == null ? Map.of() : with, false)
                : classifyUses(system, uses, with);
    }

    /**
     * A step its author named a smoke test or health check that calls a URL is one, whatever the URL looks like
     * ({@code curl -s $API_URL/api/status}).
     */
    public static boolean isNamedSmokeTest(String name, String run) {
        return name != null && run != null && SMOKE_NAME.matcher(name).find() && HTTP_CALL.matcher(run).find();
    }

    private static final Pattern SMOKE_NAME = Pattern.compile("(?i)smoke|health.?check");
    private static final Pattern HTTP_CALL = Pattern.compile("\\b(?:curl|wget|http|newman|hurl)\\b");

    /** The kinds of a GitLab {@code include} (templates and components by name). */
    public static Set<StepKind> classifyInclude(String ref) {
        return ref == null ? Set.of() : ReferenceRules.gitlabInclude(ref);
    }

    /**
     * True when the text tags or deploys an image by GitHub's ref name ({@code github.ref_name},
     * {@code GITHUB_REF_NAME}); that is a release tag only in workflows that a tag push starts.
     */
    public static boolean tagsFromRefName(String text, Set<StepKind> doing) {
        return text != null && TagSources.REF_NAME.matcher(text).find() && TagSources.aboutImages(text, doing);
    }
}
