package dev.cairn.ingest.ci;

import static dev.cairn.core.ci.StepKind.*;
import static dev.cairn.ingest.ci.CiFixtures.at;
import static dev.cairn.ingest.ci.CiFixtures.only;
import static dev.cairn.ingest.ci.CiFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.cairn.core.check.ParseProblem;
import dev.cairn.core.ci.Command;
import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.ci.Step;
import dev.cairn.core.ci.Trigger;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WoodpeckerReaderTest {
    private final Pipeline woodpecker = only("woodpecker-build.yml", ".woodpecker/build.yml");

    @Test
    void theTopLevelWhenListsTheEvents() {
        assertThat(woodpecker.name()).isEqualTo("build.yml");
        assertThat(woodpecker.triggers()).extracting(Trigger::event, Trigger::raw, t -> at(t.location())).containsExactly(
                tuple(Trigger.PUSH, "push", "2:12-2:16"),
                tuple(Trigger.PULL_REQUEST, "pull_request", "4:13-4:25"),
                tuple(Trigger.TAG, "tag", "4:27-4:30"));
    }

    @Test
    void stepsAsAMappingAreNamedByTheirKeys() {
        assertThat(woodpecker.jobs().getFirst().services()).containsExactly("postgres:16");
        assertThat(woodpecker.jobs().getFirst().steps()).extracting(Step::name, Step::kinds, s -> at(s.location())).containsExactly(
                tuple("lint", Set.of(STATIC_ANALYSIS), "8:5-10:26"),
                tuple("test", Set.of(UNIT_TEST), "12:5-13:28"),
                tuple("image", Set.of(IMAGE_BUILD, IMAGE_PUSH, REGISTRY_LOGIN, TAG_FROM_SEMVER), "15:5-19:41"));
        assertThat(woodpecker.jobs().getFirst().steps().get(1).commands()).extracting(Command::text, c -> at(c.location()))
                .containsExactly(tuple("go test ./...", "13:15-13:28"));
    }

    @Test
    void stepsAsAListAndTheOldPipelineKeyAreReadToo() {
        Pipeline list = parse(".woodpecker.yml", "steps:\n  - name: build\n    image: golang\n    commands: [go build]\n")
                .pipelines().getFirst();
        Pipeline old = parse(".woodpecker.yml", "pipeline:\n  build:\n    image: golang\n    commands: [go build]\n")
                .pipelines().getFirst();

        assertThat(list.steps()).extracting(Step::name, Step::kinds).containsExactly(tuple("build", Set.of(BUILD)));
        assertThat(old.steps()).extracting(Step::name, Step::kinds).containsExactly(tuple("build", Set.of(BUILD)));
        assertThat(list.triggers()).extracting(Trigger::raw).containsExactly(Trigger.DEFAULT);
    }

    @Test
    void aWorkflowWithoutStepsIsAProblem() {
        PipelineParse parse = parse(".woodpecker.yml", "when:\n  event: push\n");

        assertThat(parse.problems()).extracting(ParseProblem::message, p -> at(p.span()))
                .containsExactly(tuple("a Woodpecker workflow needs 'steps'", "1:1-2:14"));
    }
}
