package dev.cairn.ingest.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.check.ParseProblem;
import dev.cairn.core.dockerfile.Dockerfile;
import dev.cairn.core.dockerfile.Heredoc;
import dev.cairn.core.dockerfile.Instruction;
import dev.cairn.core.dockerfile.Stage;
import dev.cairn.core.model.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DockerfileParserTest {

    private static Span span(int sl, int sc, int el, int ec) {
        return new Span(sl, sc, el, ec);
    }

    private static List<String> messages(Dockerfile d) {
        return d.problems().stream().map(ParseProblem::message).toList();
    }

    @Test
    void readsStagesPreambleAndNames() {
        Dockerfile d = DockerfileParser.parse("""
                ARG BASE=golang:1.23
                FROM --platform=$BUILDPLATFORM ${BASE} as Build
                RUN go build -o /app .
                FROM gcr.io/distroless/static:nonroot
                COPY --from=build /app /app
                """);
        assertThat(d.problems()).isEmpty();
        assertThat(d.preamble()).singleElement().satisfies(i -> {
            assertThat(i.keyword()).isEqualTo("ARG");
            assertThat(i.arguments()).isEqualTo("BASE=golang:1.23");
            assertThat(i.span()).isEqualTo(span(1, 1, 1, 21));
        });
        assertThat(d.stages()).hasSize(2);
        Stage build = d.stages().get(0);
        assertThat(build.index()).isZero();
        assertThat(build.name()).isEqualTo("build");
        assertThat(build.from().flags()).isEqualTo(Map.of("platform", "$BUILDPLATFORM"));
        assertThat(build.from().arguments()).isEqualTo("${BASE} as Build");
        assertThat(build.baseImage()).isEqualTo("${BASE}");
        assertThat(build.pointer(build.instructions().getFirst())).isEqualTo("/stages/build/instructions/0");
        assertThat(build.pointer(build.from())).isEqualTo("/stages/build/from");
        Stage last = d.finalStage().orElseThrow();
        assertThat(last.name()).isNull();
        assertThat(last.baseImage()).isEqualTo("gcr.io/distroless/static:nonroot");
        assertThat(last.pointer()).isEqualTo("/stages/1");
        Instruction copy = last.instructions().getFirst();
        assertThat(copy.flag("from")).contains("build");
        assertThat(copy.arguments()).isEqualTo("/app /app");
        assertThat(copy.span()).isEqualTo(span(5, 1, 5, 28));
        assertThat(d.stage("BUILD")).containsSame(build);
    }

    @Test
    void joinsContinuationsSkippingCommentAndEmptyLines() {
        Dockerfile d = DockerfileParser.parse("""
                FROM alpine:3.20
                  run apk add --no-cache \\
                # a comment inside the continuation
                      curl \\\t

                      jq
                USER 10001
                """);
        assertThat(d.problems()).isEmpty();
        List<Instruction> body = d.stages().getFirst().instructions();
        Instruction run = body.get(0);
        assertThat(run.keyword()).isEqualTo("RUN");
        assertThat(run.arguments()).isEqualTo("apk add --no-cache       curl       jq");
        assertThat(run.execForm()).isFalse();
        assertThat(run.execArgs()).isEmpty();
        assertThat(run.span()).isEqualTo(span(2, 3, 6, 9));
        assertThat(body.get(1).span()).isEqualTo(span(7, 1, 7, 11));
    }

    @Test
    void escapeDirectiveSwitchesTheContinuationCharacter() {
        Dockerfile d = DockerfileParser.parse("""
                # syntax=docker/dockerfile:1
                # escape=`
                FROM mcr.microsoft.com/windows/servercore:ltsc2022
                RUN dir c:\\ `
                    && echo done
                """);
        assertThat(d.problems()).isEmpty();
        Instruction run = d.stages().getFirst().instructions().getFirst();
        assertThat(run.arguments()).isEqualTo("dir c:\\     && echo done");
        assertThat(run.span()).isEqualTo(span(4, 1, 5, 17));
    }

    @Test
    void directivesCountOnlyAtTheTop() {
        Dockerfile d = DockerfileParser.parse("""
                FROM alpine:3.20
                # escape=`
                RUN echo a \\
                    b
                """);
        Instruction run = d.stages().getFirst().instructions().getFirst();
        assertThat(run.arguments()).isEqualTo("echo a     b");
        assertThat(d.problems()).isEmpty();
    }

    @Test
    void badDirectivesAreProblems() {
        Dockerfile d = DockerfileParser.parse("""
                # escape=x
                # check=skip=all
                # CHECK=error=true
                FROM alpine:3.20
                """);
        assertThat(d.problems()).extracting(ParseProblem::span).containsExactly(span(1, 1, 1, 11), span(3, 1, 3, 19));
        assertThat(messages(d)).containsExactly("invalid escape token 'x': use ` or \\",
                "only one check parser directive can be used");
    }

    @Test
    void readsHeredocs() {
        Dockerfile d = DockerfileParser.parse("""
                FROM debian:12
                RUN <<EOF
                apt-get update
                EOF
                COPY <<-"CONF" /etc/app.conf <<OTHER /etc/other
                \t\tkey=$value
                \tCONF
                other
                OTHER
                USER app
                """);
        assertThat(d.problems()).isEmpty();
        List<Instruction> body = d.stages().getFirst().instructions();
        Instruction run = body.get(0);
        assertThat(run.arguments()).isEqualTo("<<EOF");
        assertThat(run.heredocs()).containsExactly(new Heredoc("EOF", false, false, "apt-get update\n", span(3, 1, 4, 4)));
        assertThat(run.span()).isEqualTo(span(2, 1, 4, 4));
        Instruction copy = body.get(1);
        assertThat(copy.heredocs()).containsExactly(
                new Heredoc("CONF", true, true, "key=$value\n", span(6, 1, 7, 6)),
                new Heredoc("OTHER", false, false, "other\n", span(8, 1, 9, 6)));
        assertThat(copy.span()).isEqualTo(span(5, 1, 9, 6));
        assertThat(body.get(2).keyword()).isEqualTo("USER");
        assertThat(body.get(2).span()).isEqualTo(span(10, 1, 10, 9));
    }

    @Test
    void heredocAfterAContinuationAndInOnbuild() {
        Dockerfile d = DockerfileParser.parse("""
                FROM alpine:3.20
                RUN --mount=type=cache,target=/var/cache/apk \\
                    --mount=type=secret,id=npm sh <<'SCRIPT'
                echo "$HOME"
                SCRIPT
                ONBUILD RUN <<EOF
                make
                EOF
                """);
        assertThat(d.problems()).isEmpty();
        Instruction run = d.stages().getFirst().instructions().get(0);
        assertThat(run.flagValues("mount")).containsExactly("type=cache,target=/var/cache/apk", "type=secret,id=npm");
        assertThat(run.arguments()).isEqualTo("sh <<'SCRIPT'");
        assertThat(run.heredocs()).singleElement().satisfies(h -> {
            assertThat(h.quoted()).isTrue();
            assertThat(h.content()).isEqualTo("echo \"$HOME\"\n");
        });
        Instruction onbuild = d.stages().getFirst().instructions().get(1);
        assertThat(onbuild.heredocs()).extracting(Heredoc::content).containsExactly("make\n");
        assertThat(onbuild.span()).isEqualTo(span(6, 1, 8, 4));
    }

    @Test
    void hereStringsAndExecFormOpenNoHeredoc() {
        Dockerfile d = DockerfileParser.parse("""
                FROM alpine:3.20
                RUN cat <<<"text"
                RUN ["sh", "-c", "cat <<EOF"]
                """);
        assertThat(d.problems()).isEmpty();
        assertThat(d.stages().getFirst().instructions()).allSatisfy(i -> assertThat(i.heredocs()).isEmpty());
    }

    @Test
    void unterminatedHeredocIsAProblemAndKeepsTheRest() {
        Dockerfile d = DockerfileParser.parse("FROM alpine:3.20\nRUN <<EOF\necho hi\nEOF \n");
        assertThat(messages(d)).containsExactly("unterminated heredoc <<EOF: no line holds just EOF");
        assertThat(d.problems().getFirst().span()).isEqualTo(span(2, 1, 5, 1));
        Instruction run = d.stages().getFirst().instructions().getFirst();
        assertThat(run.heredocs().getFirst().content()).isEqualTo("echo hi\nEOF \n\n");
    }

    @Test
    void execFormOnlyForJsonArraysOfStrings() {
        Dockerfile d = DockerfileParser.parse("""
                FROM alpine:3.20
                ENTRYPOINT ["/bin/app", "--port=8080", "a\\"b\\u00e9"]
                CMD ['app']
                CMD [ ]
                SHELL ["/bin/sh", 1]
                VOLUME ["/data"
                """);
        List<Instruction> body = d.stages().getFirst().instructions();
        assertThat(body.get(0).execForm()).isTrue();
        assertThat(body.get(0).execArgs()).containsExactly("/bin/app", "--port=8080", "a\"b\u00e9");
        assertThat(body.get(1).execForm()).isFalse();
        assertThat(body.get(1).arguments()).isEqualTo("['app']");
        assertThat(body.get(2).execForm()).isTrue();
        assertThat(body.get(2).execArgs()).isEmpty();
        assertThat(body.get(3).execForm()).isFalse();
        assertThat(body.get(4).execForm()).isFalse();
        assertThat(messages(d)).containsExactly("SHELL arguments are a JSON array holding something other than strings");
        assertThat(d.problems().getFirst().span()).isEqualTo(span(5, 1, 5, 21));
    }

    @Test
    void crlfAndBomKeepTheSameSpans() {
        String unix = "FROM alpine:3.20\nRUN echo a \\\n  b\nUSER 1\n";
        Dockerfile plain = DockerfileParser.parse(unix);
        Dockerfile windows = DockerfileParser.parse("\uFEFF" + unix.replace("\n", "\r\n"));
        assertThat(windows).isEqualTo(plain);
        assertThat(plain.stages().getFirst().instructions().getFirst().span()).isEqualTo(span(2, 1, 3, 4));
    }

    @Test
    void columnsCountUtf16Units() {
        Dockerfile d = DockerfileParser.parse("FROM alpine:3.20\n\tLABEL emoji=\"\uD83D\uDE00\"\n");
        assertThat(d.stages().getFirst().instructions().getFirst().span()).isEqualTo(span(2, 2, 2, 18));
    }

    @Test
    void structuralProblems() {
        Dockerfile d = DockerfileParser.parse("""
                RUN echo too early
                ARG V=1
                FROM alpine:3.20 AS 1st
                FROM alpine:3.20 base
                FETCH https://example.com
                RUN
                """);
        assertThat(d.problems()).extracting(ParseProblem::span).containsExactly(
                span(1, 1, 1, 19), span(3, 1, 3, 24), span(4, 1, 4, 22), span(5, 1, 5, 26), span(6, 1, 6, 4));
        assertThat(messages(d)).containsExactly(
                "RUN before the first FROM: only ARG may come before it",
                "invalid stage name \"1st\": use a letter followed by letters, digits, '-', '_' or '.'",
                "FROM takes an image and optionally AS name, got: alpine:3.20 base",
                "unknown instruction: FETCH",
                "RUN requires at least one argument");
        assertThat(d.preamble()).extracting(Instruction::keyword).containsExactly("RUN", "ARG");
        assertThat(d.stages()).hasSize(2);
    }

    @Test
    void noFromIsOneProblem() {
        Dockerfile d = DockerfileParser.parse("ARG A=1\nRUN echo\n");
        assertThat(messages(d)).containsExactly("no FROM instruction: nothing to build");
        assertThat(d.stages()).isEmpty();
    }

    @Test
    void emptyAndCommentOnlyFilesHaveNoInstructionsAndNoProblems() {
        for (String text : List.of("", "\n\n", "# syntax=docker/dockerfile:1\n# just a comment\n", "\\\n")) {
            Dockerfile d = DockerfileParser.parse(text);
            assertThat(d.stages()).as(text).isEmpty();
            assertThat(d.preamble()).as(text).isEmpty();
            assertThat(d.problems()).as(text).isEmpty();
        }
    }

    @Test
    void neverThrowsOnOddInput() {
        for (String text : List.of("FROM", "RUN <<", "RUN <<EOF", "FROM a\nRUN [\"a\", [[[[[[]]]]]]]", "FROM a\nCOPY --", "FROM a\nRUN \\",
                "FROM a AS", "\r\r\r", "FROM a\nRUN [" + "[".repeat(10_000), "FROM a\nRUN <<-\t\n")) {
            Dockerfile d = DockerfileParser.parse(text);
            assertThat(d).as(text).isNotNull();
        }
    }

    @Test
    void flagsEndAtTheFirstPlainWordOrABareDoubleDash() {
        Dockerfile d = DockerfileParser.parse("""
                FROM alpine:3.20
                COPY --chown="app:app" --link -- --odd-name /dst/
                """);
        Instruction copy = d.stages().getFirst().instructions().getFirst();
        assertThat(copy.flags()).containsExactly(Map.entry("chown", "app:app"), Map.entry("link", ""));
        assertThat(copy.arguments()).isEqualTo("--odd-name /dst/");
    }
}
