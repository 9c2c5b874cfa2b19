package dev.cairn.ingest.ci;

import dev.cairn.core.check.ParseProblem;
import dev.cairn.core.ci.CiSystem;
import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.model.Span;
import dev.cairn.core.yaml.YDocument;
import dev.cairn.core.yaml.YMap;
import dev.cairn.ingest.yaml.YamlFile;
import dev.cairn.ingest.yaml.YamlReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The entry point for CI pipelines: reads a pipeline file of any supported system into {@link Pipeline}s.
 * YAML goes through the same positioned {@link YamlReader} as manifests; Jenkinsfiles through a small lexer.
 * Never throws: YAML errors, wrong shapes and, as a last resort, reader bugs become parse problems.
 * Stateless and thread-safe.
 */
public final class PipelineReader {
    private static final Map<CiSystem, DocumentReader> YAML_READERS = Map.of(
            CiSystem.GITHUB_ACTIONS, new GitHubActionsReader(),
            CiSystem.GITLAB_CI, new GitLabCiReader(),
            CiSystem.AZURE_PIPELINES, new AzurePipelinesReader(),
            CiSystem.CIRCLECI, new CircleCiReader(),
            CiSystem.BITBUCKET_PIPELINES, new BitbucketPipelinesReader(),
            CiSystem.TEKTON, new TektonReader(),
            CiSystem.CLOUD_BUILD, new CloudBuildReader(),
            CiSystem.DRONE, new DroneReader(),
            CiSystem.WOODPECKER, new WoodpeckerReader(),
            CiSystem.BUILDKITE, new BuildkiteReader());

    private final YamlReader yaml;

    public PipelineReader(YamlReader yaml) {
        this.yaml = yaml;
    }

    public PipelineReader() {
        this(new YamlReader());
    }

    /** The CI system a path belongs to, by its name ({@code .github/workflows/*.yml}, {@code Jenkinsfile}, ...). */
    public static Optional<CiSystem> systemOf(SourcePath path) {
        return CiFiles.systemOf(path);
    }

    /** Reads a pipeline file whose system its path tells. */
    public PipelineParse read(SourcePath path, String text) {
        Optional<CiSystem> system = CiFiles.systemOf(path);
        if (system.isEmpty()) {
            return new PipelineParse(List.of(), List.of(new ParseProblem(Span.point(1, 1),
                    "not a known CI pipeline file name: " + path.fileName(), null)));
        }
        return read(path, system.get(), text);
    }

    /** Reads a file as a pipeline of the given system, whatever its name. */
    public PipelineParse read(SourcePath path, CiSystem system, String text) {
        List<ParseProblem> problems = new ArrayList<>();
        List<Pipeline> pipelines = new ArrayList<>();
        SourceLines source = new SourceLines(text);
        try {
            if (system == CiSystem.JENKINS) {
                pipelines.addAll(new JenkinsfileReader(path, source, problems).read());
            } else {
                YamlFile file = yaml.read(path, text);
                problems.addAll(file.problems());
                DocumentReader reader = YAML_READERS.get(system);
                for (YDocument document : file.documents()) {
                    if (document.root() == null) continue;
                    YamlDoc doc = new YamlDoc(path, source, document.index(), problems);
                    if (document.root() instanceof YMap root) {
                        pipelines.addAll(reader.read(doc, root));
                    } else {
                        doc.problem(document.root(), "a " + name(system) + " file must be a mapping");
                    }
                }
            }
        } catch (RuntimeException | StackOverflowError e) {
            // Last resort, as in YamlReader: a bug in a reader costs this file, never the scan.
            problems.add(new ParseProblem(Span.point(1, 1), "could not read the pipeline: " + e, null));
        }
        problems.sort(Comparator.comparing(ParseProblem::span));
        return new PipelineParse(pipelines, problems);
    }

    /**
     * Reads a Tekton object (Pipeline, PipelineRun, Task, TaskRun) that discovery read as a Kubernetes manifest.
     *
     * @param text the file's text, to place script commands on their lines; null gives commands the script's location
     */
    public PipelineParse readTekton(K8sObject object, String text) {
        List<ParseProblem> problems = new ArrayList<>();
        List<Pipeline> pipelines = new ArrayList<>();
        try {
            SourceLines source = text == null ? SourceLines.unknown() : new SourceLines(text);
            YamlDoc doc = new YamlDoc(object.path(), source, object.document(), problems);
            pipelines.addAll(new TektonReader().read(doc, object.root()));
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(new ParseProblem(object.root().span(), "could not read the Tekton object: " + e, object.document()));
        }
        return new PipelineParse(pipelines, problems);
    }

    private static String name(CiSystem system) {
        return switch (system) {
            case GITHUB_ACTIONS -> "GitHub Actions workflow";
            case GITLAB_CI -> "GitLab CI";
            case AZURE_PIPELINES -> "Azure Pipelines";
            case CIRCLECI -> "CircleCI";
            case BITBUCKET_PIPELINES -> "Bitbucket Pipelines";
            case TEKTON -> "Tekton";
            case JENKINS -> "Jenkins";
            case CLOUD_BUILD -> "Cloud Build";
            case DRONE -> "Drone";
            case WOODPECKER -> "Woodpecker";
            case BUILDKITE -> "Buildkite";
        };
    }
}
