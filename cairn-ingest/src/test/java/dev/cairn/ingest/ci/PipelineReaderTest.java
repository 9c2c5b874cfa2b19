package dev.cairn.ingest.ci;

import static dev.cairn.ingest.ci.CiFixtures.READER;
import static dev.cairn.ingest.ci.CiFixtures.at;
import static dev.cairn.ingest.ci.CiFixtures.parse;
import static dev.cairn.ingest.ci.CiFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;

import dev.cairn.core.check.ParseProblem;
import dev.cairn.core.ci.CiSystem;
import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.model.SourcePath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The entry point: which system a file belongs to, and that no input makes it throw. */
class PipelineReaderTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            .github/workflows/ci.yml,            GITHUB_ACTIONS
            services/api/.github/workflows/ci.yaml, GITHUB_ACTIONS
            .gitlab-ci.yml,                      GITLAB_CI
            .gitlab/ci/build.yml,                GITLAB_CI
            ci/templates/deploy.gitlab-ci.yml,   GITLAB_CI
            azure-pipelines.yml,                 AZURE_PIPELINES
            azure-pipelines-release.yaml,        AZURE_PIPELINES
            .circleci/config.yml,                CIRCLECI
            bitbucket-pipelines.yml,             BITBUCKET_PIPELINES
            .tekton/push.yaml,                   TEKTON
            Jenkinsfile,                         JENKINS
            ci/Jenkinsfile.release,              JENKINS
            cloudbuild.yaml,                     CLOUD_BUILD
            deploy/cloudbuild-prod.yml,          CLOUD_BUILD
            .drone.yml,                          DRONE
            .woodpecker.yml,                     WOODPECKER
            .woodpecker/build.yaml,              WOODPECKER
            .buildkite/pipeline.yml,             BUILDKITE
            .buildkite/pipeline.release.yml,     BUILDKITE
            .github/workflows/templates/x.yml,
            .github/dependabot.yml,
            Jenkinsfile.md,
            .buildkite/hooks.yml,
            deploy/deployment.yaml,
            """)
    void theSystemOfAFileComesFromItsPath(String path, CiSystem expected) {
        assertThat(PipelineReader.systemOf(SourcePath.of(path))).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void aFileOfNoKnownSystemIsAProblemNotAnException() {
        PipelineParse parse = parse("deploy/deployment.yaml", "kind: Deployment\n");

        assertThat(parse.pipelines()).isEmpty();
        assertThat(parse.problems()).extracting(ParseProblem::message)
                .containsExactly("not a known CI pipeline file name: deployment.yaml");
    }

    @Test
    void aYamlErrorIsAProblemAtItsPositionAndTheOtherDocumentsAreStillRead() {
        PipelineParse parse = parse(".drone.yml", """
                kind: pipeline
                name: one
                steps: [{name: a, image: alpine, commands: [make]}]
                ---
                kind: pipeline
                name: [broken
                ---
                kind: pipeline
                name: three
                steps: [{name: a, image: alpine, commands: [make test]}]
                """);

        assertThat(parse.pipelines()).extracting(Pipeline::name).containsExactly("one", "three");
        assertThat(parse.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.document()).isEqualTo(1);
            assertThat(problem.span().startLine()).isEqualTo(7);
        });
    }

    @Test
    void aDocumentThatIsNotAMappingIsAProblemAndAnEmptyFileIsNothing() {
        assertThat(parse(".gitlab-ci.yml", "- just\n- a list\n").problems()).extracting(ParseProblem::message, p -> at(p.span()))
                .containsExactly(tuple("a GitLab CI file must be a mapping", "1:1-2:9"));
        PipelineParse empty = parse(".github/workflows/empty.yml", "");
        assertThat(empty.pipelines()).isEmpty();
        assertThat(empty.problems()).isEmpty();
    }

    @Test
    void anyFileCanBeReadAsAnySystemWithoutAnException() {
        for (CiSystem system : CiSystem.values()) {
            for (String sample : SAMPLES) {
                assertThatCode(() -> READER.read(SourcePath.of("x.yml"), system, text(sample)))
                        .as("%s read as %s", sample, system).doesNotThrowAnyException();
            }
        }
    }

    static Stream<Arguments> truncatedSamples() {
        return Stream.of(SAMPLES).map(Arguments::of);
    }

    /** Every sample cut at the start and in the middle of each line, as a half-saved file looks. */
    @ParameterizedTest
    @MethodSource("truncatedSamples")
    void everyTruncationOfASampleReadsWithoutAnException(String sample) {
        String text = text(sample);
        String path = PATHS[Arrays.asList(SAMPLES).indexOf(sample)];
        List<Integer> cuts = new ArrayList<>();
        for (int start = 0; start < text.length(); start = text.indexOf('\n', start) + 1) {
            int end = text.indexOf('\n', start);
            cuts.add(start);
            cuts.add((start + (end < 0 ? text.length() : end)) / 2);
            if (end < 0) break;
        }
        for (int end : cuts) {
            String prefix = text.substring(0, end);
            assertThatCode(() -> READER.read(SourcePath.of(path), prefix)).as("%s cut at %d", sample, end)
                    .doesNotThrowAnyException();
        }
    }

    private static final String[] SAMPLES = {"github-release.yml", "gitlab-ci.yml", "azure-pipelines.yml", "circleci-config.yml",
            "bitbucket-pipelines.yml", "tekton-push.yaml", "cloudbuild.yaml", "drone.yml", "woodpecker-build.yml",
            "buildkite-pipeline.yml", "Jenkinsfile"};
    private static final String[] PATHS = {".github/workflows/release.yml", ".gitlab-ci.yml", "azure-pipelines.yml",
            ".circleci/config.yml", "bitbucket-pipelines.yml", ".tekton/push.yaml", "cloudbuild.yaml", ".drone.yml",
            ".woodpecker/build.yml", ".buildkite/pipeline.yml", "Jenkinsfile"};
}
