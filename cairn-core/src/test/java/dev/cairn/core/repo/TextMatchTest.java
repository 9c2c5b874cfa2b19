package dev.cairn.core.repo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.model.SourcePath;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which mentions of a tool sit in a comment, and so call or configure nothing. */
class TextMatchTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "kubectl apply -k deploy/prod                         | false",
            "\tkubectl apply -f .                                 | false",
            "# kubectl apply -k deploy/prod                       | true",
            "   # keeps the kustomize builds in the render cache  | true",
            "make deploy  # runs kubectl apply                    | true",
            "echo '#' && kubectl apply -f .                       | false",
            "echo \"a # b\" && kubectl apply -f .                 | false",
            "curl https://example.com/#kubectl                    | false",
    })
    void inHashComment(String line, boolean comment) {
        assertThat(match("scripts/deploy.sh", line).inHashComment()).isEqualTo(comment);
        assertThat(match("scripts/deploy.sh", line).inComment()).isEqualTo(comment);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "Dockerfile,                   true",
            "build/Dockerfile.prod,        true",
            "deploy/kustomization.yaml,    true",
            "infra/main.tf,                true",
            "Makefile,                     true",
            ".gitignore,                   true",
            "src/main/resources/application.properties, true",
            "README.md,                    false",
            "pom.xml,                      false",
            "build.gradle,                 false",
    })
    void onlyFormatsWhoseCommentsStartWithAHashHaveSuchComments(String path, boolean hashComments) {
        assertThat(match(path, "# kubectl apply -f .").inComment()).isEqualTo(hashComments);
    }

    private static TextMatch match(String path, String line) {
        Matcher m = Pattern.compile("kubectl|kustomize").matcher(line);
        assertThat(m.find()).isTrue();
        return new TextMatch(SourcePath.of(path), 1, m.start() + 1, m.end() + 1, line);
    }
}
