package dev.cairn.maturity.criteria.technology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.model.SourcePath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which committed paths TEC-29 takes for credential files, by name alone. */
class CredentialFileTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            .env                                                    | true
            config/.env.production                                  | true
            .env.example                                            | false
            deploy/kubeconfig                                       | true
            ops/kubeconfig-staging.yaml                             | true
            ops/staging.kubeconfig                                  | true
            keys/id_ed25519                                         | true
            certs/server.key                                        | true
            .netrc                                                  | true
            cairn-cluster/src/main/java/dev/cairn/cluster/Kubeconfig.java | false
            pkg/kubeconfig.go                                       | false
            docs/kubeconfig.md                                      | false
            src/test/resources/kubeconfig                           | false
            """)
    void credentialFilesByName(String path, boolean credential) {
        assertThat(NoCommittedCredentialsEvaluator.credentialFile(SourcePath.of(path))).isEqualTo(credential);
    }
}
