package dev.cairn.core.repo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.model.SourcePath;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which mentions of a tool sit in a {@code #} comment, and so call nothing. */
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
        Matcher m = Pattern.compile("kubectl|kustomize").matcher(line);
        assertThat(m.find()).isTrue();
        TextMatch match = new TextMatch(SourcePath.of("scripts/deploy.sh"), 1, m.start() + 1, m.end() + 1, line);
        assertThat(match.inHashComment()).isEqualTo(comment);
    }
}
