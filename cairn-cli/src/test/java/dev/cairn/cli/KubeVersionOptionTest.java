package dev.cairn.cli;

import static dev.cairn.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code cairn scan --kube-version}: the target of the API version checks, unless .cairn.yaml sets it. */
class KubeVersionOptionTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    private Path repository() throws IOException {
        Path root = tmp.resolve("repo");
        Files.createDirectories(root);
        Files.writeString(root.resolve("cronjob.yaml"), """
                apiVersion: batch/v1beta1
                kind: CronJob
                metadata:
                  name: report
                  namespace: shop
                spec:
                  schedule: "0 3 * * *"
                  jobTemplate:
                    spec:
                      template:
                        spec:
                          restartPolicy: OnFailure
                          containers:
                            - name: report
                              image: ghcr.io/acme/report:1.0.0
                """);
        return root;
    }

    @Test
    void withoutTheFlagTheDefaultTargetRemovedTheApi() throws IOException {
        assertThat(apiFindings(repository())).containsExactly("K8S-060 (target 1.31)");
    }

    @Test
    void anOlderTargetStillServesTheApiButDeprecatedIt() throws IOException {
        Path root = repository();

        assertThat(apiFindings(root, "--kube-version", "1.24")).containsExactly("K8S-061 (target 1.24)");
        assertThat(apiFindings(root, "--kube-version", "v1.24.7")).containsExactly("K8S-061 (target 1.24)");
        assertThat(apiFindings(root, "--kube-version", "1.20")).isEmpty();
    }

    @Test
    void cairnYamlWinsForTheCheckItSetsAndTheFlagAppliesToTheOther() throws IOException {
        Path root = repository();
        Files.writeString(root.resolve(".cairn.yaml"), """
                checks:
                  params:
                    api-version-removed: { kubeVersion: "1.25" }
                    api-version-deprecated: {}
                """);

        assertThat(apiFindings(root, "--kube-version", "1.24"))
                .containsExactlyInAnyOrder("K8S-060 (target 1.25)", "K8S-061 (target 1.24)");
    }

    @Test
    void aVersionThatIsNotOneIsAUsageError() throws IOException {
        Cli.Run r = run("scan", repository().toString(), "--kube-version", "latest");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--kube-version takes a Kubernetes version such as 1.31, not 'latest'");
    }

    /** The API version findings as {@code <id> (target <version>)}. */
    private static List<String> apiFindings(Path root, String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("scan", root.toString(), "--format", "json", "--fail-on", "none"));
        args.addAll(List.of(options));
        Cli.Run r = run(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.toString()).isZero();
        List<String> out = new ArrayList<>();
        for (JsonNode f : JSON.readTree(r.out()).get("findings")) {
            String id = f.get("checkId").asString();
            if (id.equals("K8S-060") || id.equals("K8S-061")) {
                String message = f.get("message").asString();
                out.add(id + " " + message.substring(message.indexOf("(target "), message.indexOf(')', message.indexOf("(target ")) + 1));
            }
        }
        return out;
    }
}
