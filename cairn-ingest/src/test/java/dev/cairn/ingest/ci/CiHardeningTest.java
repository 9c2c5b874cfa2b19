package dev.cairn.ingest.ci;

import static dev.cairn.ingest.ci.CiFixtures.at;
import static dev.cairn.ingest.ci.CiFixtures.only;
import static dev.cairn.ingest.ci.CiFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.cairn.core.ci.CiHardening;
import dev.cairn.core.ci.CiHardening.ActionUse;
import dev.cairn.core.ci.CiHardening.Cloud;
import dev.cairn.core.ci.CiHardening.CloudKey;
import dev.cairn.core.ci.CiHardening.DangerousCheckout;
import dev.cairn.core.ci.CiHardening.OidcLogin;
import dev.cairn.core.ci.Pipeline;
import org.junit.jupiter.api.Test;

/** The TEC-28 view of real workflow text: every finding with the exact entry it is about. */
class CiHardeningTest {

    private static CiHardening of(String workflow) {
        PipelineParse parse = parse(".github/workflows/w.yml", workflow);
        assertThat(parse.problems()).isEmpty();
        return CiHardening.of(parse.pipelines().getFirst());
    }

    @Test
    void actionsNotPinnedToACommitAreListedWithTheirUsesLineFirstPartySeparately() {
        CiHardening hardening = of("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@v4
                      - uses: actions/setup-go@0c52d547c9bc32b1aa3301fd7a9cb496313a4491
                      - uses: golangci/golangci-lint-action@v6
                      - name: scan
                        uses: aquasecurity/trivy-action@master
                      - uses: ./.github/actions/local
                      - uses: docker://alpine@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
                      - uses: github/codeql-action/analyze@v3
                  release:
                    uses: acme/workflows/.github/workflows/release.yml@main
                """);

        assertThat(hardening.unpinnedThirdParty()).extracting(ActionUse::uses, ActionUse::owner, ActionUse::ref, ActionUse::job,
                a -> at(a.location())).containsExactly(
                tuple("golangci/golangci-lint-action@v6", "golangci", "v6", "build", "8:9-8:47"),
                tuple("aquasecurity/trivy-action@master", "aquasecurity", "master", "build", "10:9-10:47"),
                tuple("acme/workflows/.github/workflows/release.yml@main", "acme", "main", "release", "15:5-15:60"));
        assertThat(hardening.unpinnedFirstParty()).extracting(ActionUse::uses, a -> at(a.location())).containsExactly(
                tuple("actions/checkout@v4", "6:9-6:34"),
                tuple("github/codeql-action/analyze@v3", "13:9-13:46"));
        assertThat(hardening.actions()).filteredOn(ActionUse::pinned).extracting(ActionUse::uses).containsExactly(
                "actions/setup-go@0c52d547c9bc32b1aa3301fd7a9cb496313a4491",
                "docker://alpine@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
        assertThat(hardening.actions()).extracting(ActionUse::uses).doesNotContain("./.github/actions/local");
    }

    @Test
    void topLevelPermissionsAreReadOnlyOnlyWithoutWriteScopes() {
        String jobs = "jobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: [{run: make}]\n";
        CiHardening absent = of("on: push\n" + jobs);
        assertThat(absent.hasTopLevelPermissions()).isFalse();
        assertThat(absent.topLevelReadOnly()).isFalse();
        assertThat(of("on: push\npermissions: read-all\n" + jobs).topLevelReadOnly()).isTrue();
        assertThat(of("on: push\npermissions: {}\n" + jobs).topLevelReadOnly()).isTrue();
        assertThat(of("on: push\npermissions: write-all\n" + jobs).topLevelReadOnly()).isFalse();
        CiHardening writes = of("on: push\npermissions:\n  contents: read\n  packages: write\n" + jobs);
        assertThat(writes.topLevelReadOnly()).isFalse();
        assertThat(at(writes.topLevelPermissions().location())).isEqualTo("2:1-4:18");
    }

    @Test
    void oidcFederationNeedsTheFederatedInputsAndAnIdToken() {
        CiHardening hardening = of("""
                on: push
                permissions:
                  contents: read
                jobs:
                  aws:
                    runs-on: ubuntu-latest
                    permissions:
                      id-token: write
                    steps:
                      - uses: aws-actions/configure-aws-credentials@v4
                        with:
                          role-to-assume: arn:aws:iam::123456789012:role/deployer
                          aws-region: eu-west-1
                  gcp:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: google-github-actions/auth@v2
                        with:
                          workload_identity_provider: projects/1/locations/global/workloadIdentityPools/gh/providers/gh
                          service_account: deployer@acme.iam.gserviceaccount.com
                  azure:
                    runs-on: ubuntu-latest
                    permissions:
                      id-token: write
                    steps:
                      - uses: azure/login@v2
                        with:
                          client-id: ${{ vars.AZURE_CLIENT_ID }}
                          tenant-id: ${{ vars.AZURE_TENANT_ID }}
                          subscription-id: ${{ vars.AZURE_SUBSCRIPTION_ID }}
                """);

        assertThat(hardening.oidcLogins()).extracting(OidcLogin::cloud, OidcLogin::job, OidcLogin::idTokenWrite, o -> at(o.location()))
                .containsExactly(
                        tuple(Cloud.AWS, "aws", true, "10:9-13:32"),
                        tuple(Cloud.GCP, "gcp", false, "17:9-20:65"),
                        tuple(Cloud.AZURE, "azure", true, "26:9-30:61"));
        assertThat(hardening.usesOidc()).isTrue();
        assertThat(hardening.longLivedKeys()).isEmpty();
    }

    @Test
    void longLivedCloudKeysPassedFromSecretsAreFoundWhereverTheyArePassed() {
        CiHardening hardening = of("""
                on: push
                env:
                  AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
                jobs:
                  deploy:
                    runs-on: ubuntu-latest
                    env:
                      ARM_CLIENT_SECRET: ${{ secrets.ARM_CLIENT_SECRET }}
                    steps:
                      - uses: aws-actions/configure-aws-credentials@v4
                        with:
                          aws-access-key-id: ${{ secrets.CI_KEY_ID }}
                          aws-secret-access-key: ${{ secrets.CI_SECRET }}
                          aws-region: eu-west-1
                      - uses: google-github-actions/auth@v2
                        with:
                          credentials_json: ${{ secrets.GOOGLE_CREDENTIALS }}
                      - uses: azure/login@v2
                        with:
                          creds: ${{ secrets.AZURE_CREDENTIALS }}
                      - run: echo "${{ secrets.GCP_SA_KEY }}" > key.json && gcloud auth activate-service-account --key-file key.json
                      - run: echo ${{ secrets.SLACK_TOKEN }}
                """);

        assertThat(hardening.longLivedKeys()).extracting(CloudKey::cloud, CloudKey::name, CloudKey::job, k -> at(k.location()))
                .containsExactly(
                        tuple(Cloud.AWS, "AWS_SECRET_ACCESS_KEY", null, "3:3-3:62"),
                        tuple(Cloud.AZURE, "ARM_CLIENT_SECRET", "deploy", "8:7-8:58"),
                        tuple(Cloud.AWS, "CI_KEY_ID", "deploy", "12:11-12:54"),
                        tuple(Cloud.AWS, "CI_SECRET", "deploy", "13:11-13:58"),
                        tuple(Cloud.GCP, "GOOGLE_CREDENTIALS", "deploy", "17:11-17:62"),
                        tuple(Cloud.AZURE, "AZURE_CREDENTIALS", "deploy", "20:11-20:50"),
                        tuple(Cloud.GCP, "GCP_SA_KEY", "deploy", "21:9-21:117"));
        assertThat(hardening.oidcLogins()).isEmpty();
    }

    @Test
    void pullRequestTargetThatChecksOutThePullRequestHeadIsDangerous() {
        CiHardening hardening = of("""
                on:
                  pull_request_target:
                    types: [opened, synchronize]
                jobs:
                  preview:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@v4
                        with:
                          ref: ${{ github.event.pull_request.head.sha }}
                      - run: make preview
                  label:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@v4
                      - run: ./label.sh
                """);

        assertThat(hardening.dangerousCheckouts()).extracting(DangerousCheckout::trigger, d -> at(d.triggerLocation()),
                DangerousCheckout::job, DangerousCheckout::ref, d -> at(d.location())).containsExactly(
                tuple("pull_request_target", "2:3-3:33", "preview", "${{ github.event.pull_request.head.sha }}", "10:11-10:57"));
    }

    @Test
    void workflowRunThatFetchesTheTriggeringHeadInAScriptIsDangerous() {
        CiHardening hardening = of("""
                on:
                  workflow_run:
                    workflows: [ci]
                    types: [completed]
                jobs:
                  report:
                    runs-on: ubuntu-latest
                    steps:
                      - run: |
                          git fetch origin ${{ github.event.workflow_run.head_sha }}
                          git checkout ${{ github.event.workflow_run.head_sha }}
                          make report
                """);

        assertThat(hardening.dangerousCheckouts()).extracting(DangerousCheckout::trigger, DangerousCheckout::ref, d -> at(d.location()))
                .containsExactly(
                        tuple("workflow_run", "git fetch origin ${{ github.event.workflow_run.head_sha }}", "10:11-10:69"),
                        tuple("workflow_run", "git checkout ${{ github.event.workflow_run.head_sha }}", "11:11-11:65"));
    }

    @Test
    void checkingOutThePullRequestHeadOnAnOrdinaryPullRequestIsNotDangerous() {
        CiHardening hardening = of("""
                on: pull_request
                jobs:
                  test:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@v4
                        with:
                          ref: ${{ github.event.pull_request.head.sha }}
                """);

        assertThat(hardening.dangerousCheckouts()).isEmpty();
    }

    @Test
    void theCarelessExampleShapesAreAllCaught() {
        Pipeline careless = parse(".github/workflows/build.yml", """
                on:
                  pull_request_target:
                jobs:
                  docker:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@v4
                        with:
                          ref: ${{ github.event.pull_request.head.ref }}
                      - uses: aws-actions/configure-aws-credentials@v4
                        with:
                          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}
                          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
                """).pipelines().getFirst();

        CiHardening hardening = CiHardening.of(careless);
        assertThat(hardening.hasTopLevelPermissions()).isFalse();
        assertThat(hardening.unpinnedThirdParty()).extracting(ActionUse::uses).containsExactly("aws-actions/configure-aws-credentials@v4");
        assertThat(hardening.unpinnedFirstParty()).extracting(ActionUse::uses).containsExactly("actions/checkout@v4");
        assertThat(hardening.longLivedKeys()).extracting(CloudKey::name).containsExactly("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY");
        assertThat(hardening.dangerousCheckouts()).extracting(d -> at(d.location())).containsExactly("9:11-9:57");
    }

    @Test
    void otherSystemsHaveNoGitHubHardeningView() {
        CiHardening hardening = CiHardening.of(only("gitlab-ci.yml", ".gitlab-ci.yml"));

        assertThat(hardening.actions()).isEmpty();
        assertThat(hardening.topLevelPermissions()).isNull();
        assertThat(hardening.longLivedKeys()).isEmpty();
        assertThat(hardening.dangerousCheckouts()).isEmpty();
    }
}
