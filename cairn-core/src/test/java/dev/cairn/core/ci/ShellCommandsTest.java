package dev.cairn.core.ci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.ci.ShellCommands.Line;
import org.junit.jupiter.api.Test;

/** How a script splits into the commands a shell would run, with the script lines each one spans. */
class ShellCommandsTest {

    @Test
    void continuationLinesJoinIntoOneCommandAndCommentsAndBlankLinesDrop() {
        String script = """
                #!/usr/bin/env bash
                set -euo pipefail

                # build the image
                docker build \\
                  --tag shop:dev \\
                  .
                docker push shop:dev   # and push it
                """;

        assertThat(ShellCommands.split(script)).containsExactly(
                new Line("set -euo pipefail", 1, 1),
                new Line("docker build --tag shop:dev .", 4, 6),
                new Line("docker push shop:dev", 7, 7));
    }

    @Test
    void aHereDocumentBelongsToTheCommandThatOpensIt() {
        String script = """
                cat <<'EOF' | kubectl apply -f -
                apiVersion: v1
                kind: Namespace
                EOF
                kubectl rollout status deployment/shop
                """;

        assertThat(ShellCommands.split(script)).containsExactly(
                new Line("cat <<'EOF' | kubectl apply -f -", 0, 3),
                new Line("kubectl rollout status deployment/shop", 4, 4));
    }

    @Test
    void aQuotedStringThatSpansLinesStaysOneCommandAndAnUnclosedQuoteEndsAtItsLine() {
        assertThat(ShellCommands.split("curl -d '{\n  \"text\": \"failed\"\n}' $HOOK\nmake test\n")).containsExactly(
                new Line("curl -d '{\n  \"text\": \"failed\"\n}' $HOOK", 0, 2),
                new Line("make test", 3, 3));
        assertThat(ShellCommands.split("echo 'oops\nmake test\n")).containsExactly(
                new Line("echo 'oops", 0, 0),
                new Line("make test", 1, 1));
    }

    @Test
    void hashInsideAWordOrQuotesIsNotAComment() {
        assertThat(ShellCommands.split("echo \"#1\" ${#ARR[@]} a#b # c")).containsExactly(
                new Line("echo \"#1\" ${#ARR[@]} a#b", 0, 0));
    }

    @Test
    void simpleCommandsSplitAtOperatorsButNotInsideQuotesSubstitutionsOrRedirections() {
        assertThat(ShellCommands.simpleCommands("cd app && mvn -B verify || exit 1; echo done"))
                .containsExactly("cd app", "mvn -B verify", "exit 1", "echo done");
        assertThat(ShellCommands.simpleCommands("kustomize build . | kubectl apply -f - 2>&1"))
                .containsExactly("kustomize build .", "kubectl apply -f - 2>&1");
        assertThat(ShellCommands.simpleCommands("TAG=$(git describe --tags | sed 's/v//') && echo \"a;b\""))
                .containsExactly("TAG=$(git describe --tags | sed 's/v//')", "echo \"a;b\"");
    }

    @Test
    void nothingToSplitGivesNoCommands() {
        assertThat(ShellCommands.split(null)).isEmpty();
        assertThat(ShellCommands.split("\n  \n# only a comment\n")).isEmpty();
    }
}
