package dev.cairn.core.ci;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScriptCallsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            bash .ci/run                         | .ci/run
            sh ./scripts/test.sh --fast          | scripts/test.sh
            bash -euo pipefail scripts/ci.sh     | scripts/ci.sh
            bash -x -- scripts/ci.sh             | scripts/ci.sh
            source ci/env.sh                     | ci/env.sh
            . ci/env.sh                          | ci/env.sh
            ./build.sh release                   | build.sh
            scripts/deploy staging               | scripts/deploy
            CI=true bash .ci/run                 | .ci/run
            "bash" '.ci/run'                     | .ci/run
            bash -c "make test"                  | none
            ./mvnw -B verify                     | none
            ./gradlew check                      | none
            /usr/local/bin/deploy.sh             | none
            bash ../outside.sh                   | none
            bash scripts/../../outside.sh        | none
            bash $SCRIPT                         | none
            bash "${{ inputs.script }}"          | none
            make test                            | none
            bash                                 | none
            """)
    void findsTheRepositoryScriptACommandRuns(String command, String script) {
        assertThat(ScriptCalls.scriptOf(command).orElse(null)).isEqualTo(script);
    }
}
