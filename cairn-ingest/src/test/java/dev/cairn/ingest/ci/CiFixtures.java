package dev.cairn.ingest.ci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.ci.Command;
import dev.cairn.core.ci.Job;
import dev.cairn.core.ci.Pipeline;
import dev.cairn.core.ci.Step;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the sample pipelines beside the tests and prints locations the way a user reads them. */
final class CiFixtures {
    static final PipelineReader READER = new PipelineReader();

    private CiFixtures() {}

    static String text(String resource) {
        try (InputStream in = CiFixtures.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalArgumentException("no test resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a sample resource as if it were the file at {@code path}, which must parse without problems. */
    static Pipeline only(String resource, String path) {
        PipelineParse parse = READER.read(SourcePath.of(path), text(resource));
        assertThat(parse.problems()).isEmpty();
        assertThat(parse.pipelines()).hasSize(1);
        return parse.pipelines().getFirst();
    }

    static PipelineParse parse(String path, String text) {
        return READER.read(SourcePath.of(path), text);
    }

    /** {@code line:column-line:column}, end column exclusive. */
    static String at(Location location) {
        Span s = location.span();
        return s.startLine() + ":" + s.startColumn() + "-" + s.endLine() + ":" + s.endColumn();
    }

    static String at(Span s) {
        return s.startLine() + ":" + s.startColumn() + "-" + s.endLine() + ":" + s.endColumn();
    }

    static Job job(Pipeline pipeline, String id) {
        return pipeline.jobs().stream().filter(j -> j.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no job " + id + " in " + pipeline.jobs().stream().map(Job::id).toList()));
    }

    static List<String> commandTexts(Step step) {
        return step.commands().stream().map(Command::text).toList();
    }
}
