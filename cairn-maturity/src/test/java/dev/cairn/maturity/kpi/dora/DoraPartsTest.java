package dev.cairn.maturity.kpi.dora;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.history.Bots;
import dev.cairn.core.history.DeploymentSource;
import dev.cairn.core.history.Mailmap;
import dev.cairn.maturity.kpi.delivery.DeliveryPaths;
import dev.cairn.maturity.kpi.git.KpiWindow;
import dev.cairn.maturity.kpi.git.Percentiles;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DoraPartsTest {
    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    @Test
    void bandsAtTheirBoundaries() {
        assertThat(Bands.deploymentFrequency(7, 30)).isEqualTo("elite");
        assertThat(Bands.deploymentFrequency(6.9, 30)).isEqualTo("high");
        assertThat(Bands.deploymentFrequency(1, 4)).isEqualTo("high");
        assertThat(Bands.deploymentFrequency(0, 1)).isEqualTo("medium");
        assertThat(Bands.deploymentFrequency(0, 0)).isEqualTo("low");
        assertThat(Bands.leadTime(0.99)).isEqualTo("elite");
        assertThat(Bands.leadTime(1)).isEqualTo("high");
        assertThat(Bands.leadTime(167.9)).isEqualTo("high");
        assertThat(Bands.leadTime(168)).isEqualTo("medium");
        assertThat(Bands.leadTime(183 * 24)).isEqualTo("low");
        assertThat(Bands.changeFailureRate(5)).isEqualTo("elite");
        assertThat(Bands.changeFailureRate(10)).isEqualTo("high");
        assertThat(Bands.changeFailureRate(15)).isEqualTo("medium");
        assertThat(Bands.changeFailureRate(15.01)).isEqualTo("low");
        assertThat(Bands.recoveryTime(0.5)).isEqualTo("elite");
        assertThat(Bands.recoveryTime(23.9)).isEqualTo("high");
        assertThat(Bands.recoveryTime(24)).isEqualTo("medium");
        assertThat(Bands.recoveryTime(168)).isEqualTo("low");
    }

    @Test
    void nearestRankPercentiles() {
        assertThat(Percentiles.median(List.of(4, 1, 3, 2))).isEqualTo(2.0);
        assertThat(Percentiles.median(List.of(5, 1, 3))).isEqualTo(3.0);
        assertThat(Percentiles.of(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 0.9)).isEqualTo(9.0);
        assertThat(Percentiles.of(List.of(7), 0.9)).isEqualTo(7.0);
    }

    @Test
    void windows() {
        assertThat(KpiWindow.parse("90d", NOW).start()).isEqualTo(Instant.parse("2026-03-03T00:00:00Z"));
        assertThat(KpiWindow.parse("2w", NOW).lengthDays()).isEqualTo(14.0);
        assertThat(KpiWindow.parse("6m", NOW).lengthDays()).isEqualTo(180.0);
        assertThat(KpiWindow.parse("1y", NOW).label()).isEqualTo("1y");
        assertThat(KpiWindow.parse("2026-01-01", NOW).label()).isEqualTo("since 2026-01-01");
        assertThat(KpiWindow.parse("all", NOW).start()).isEqualTo(Instant.EPOCH);
        assertThat(KpiWindow.parse("90d", NOW).historyStart()).isEqualTo(Instant.parse("2025-12-03T00:00:00Z"));
        assertThatThrownBy(() -> KpiWindow.parse("soon", NOW)).hasMessageContaining("--since takes 90d");
        assertThatThrownBy(() -> KpiWindow.parse("0d", NOW)).hasMessageContaining("positive");
    }

    @Test
    void deploymentSources() {
        assertThat(DeploymentSource.parse("tags:release-*")).isEqualTo(new DeploymentSource.Tags("release-*"));
        assertThat(DeploymentSource.parse("tags")).isEqualTo(new DeploymentSource.Tags("v*"));
        assertThat(DeploymentSource.parse("gitops:./deploy/overlays/prod/")).isEqualTo(new DeploymentSource.GitOps("deploy/overlays/prod"));
        assertThat(DeploymentSource.parse("file:deployments.csv").describe()).isEqualTo("deployments file deployments.csv");
        assertThatThrownBy(() -> DeploymentSource.parse("jenkins:x")).hasMessageContaining("tags:PATTERN, gitops:PATH or file:PATH");
        assertThatThrownBy(() -> DeploymentSource.parse("gitops:")).hasMessageContaining("gitops needs a path");
    }

    @Test
    void releaseVersionsAndGlobs() {
        assertThat(SemVer.parse("v1.2.3")).contains(new SemVer(1, 2, 3));
        assertThat(SemVer.parse("release-1.2.3+build.7")).contains(new SemVer(1, 2, 3));
        assertThat(SemVer.parse("v1.2.3-rc.1")).isEmpty();
        assertThat(SemVer.parse("v1.2")).isEmpty();
        assertThat(new SemVer(1, 2, 4).isPatchBumpOf(new SemVer(1, 2, 3))).isTrue();
        assertThat(new SemVer(1, 3, 0).isPatchBumpOf(new SemVer(1, 2, 3))).isFalse();
        assertThat(Glob.compile("v*").matcher("v1.0.0").matches()).isTrue();
        assertThat(Glob.compile("v*").matcher("x1.0.0").matches()).isFalse();
        assertThat(Glob.compile("api/v?.*").matcher("api/v1.2.3").matches()).isTrue();
    }

    @Test
    void imagePins() {
        assertThat(ImagePins.of("images:\n- name: a\n  newTag: '1.2.3'\n  digest: sha256:abc\n")).containsExactly("digest=sha256:abc", "newTag=1.2.3");
        assertThat(ImagePins.of("image:\n  repository: r\n  tag: 7 # prod\nother:\n  tag: 9\n")).containsExactly("image.tag=7");
        assertThat(ImagePins.of("spec:\n  containers:\n  - name: x\n    image: ghcr.io/acme/api:1.4.0\n")).containsExactly("image=ghcr.io/acme/api:1.4.0");
        assertThat(ImagePins.version("image=registry:5000/acme/api:1.4.0")).isEqualTo("1.4.0");
        assertThat(ImagePins.version("image=acme/api@sha256:ab")).isEqualTo("sha256:ab");
    }

    @Test
    void botsMailmapAndDeliveryPaths() {
        assertThat(Bots.isBot("dependabot[bot]", "x@users.noreply.github.com")).isTrue();
        assertThat(Bots.isBot("Renovate Bot", "bot@renovateapp.com")).isTrue();
        assertThat(Bots.isBot("github-actions", "41898282+github-actions[bot]@users.noreply.github.com")).isTrue();
        assertThat(Bots.isBot("Ana", "ana@acme.io")).isFalse();
        Mailmap m = Mailmap.parse("# team\nAna Lima <ana@acme.io> <ana@old.example>\n<bo@acme.io> Bo <BO@home.example>\nCy Proper <cy@acme.io>\n");
        assertThat(m.name("A", "ana@OLD.example")).isEqualTo("Ana Lima");
        assertThat(m.email("A", "ana@old.example")).isEqualTo("ana@acme.io");
        assertThat(m.email("Bo", "bo@home.example")).isEqualTo("bo@acme.io");
        assertThat(m.email("Someone else", "bo@home.example")).isEqualTo("bo@home.example");
        assertThat(m.name("cy", "cy@acme.io")).isEqualTo("Cy Proper");
        for (String p : List.of("Dockerfile", "svc/api/Dockerfile.prod", "k8s/a.yaml", "services/x/helm/values.yaml",
                "deploy/overlays/prod/kustomization.yaml", ".github/workflows/ci.yml", ".gitlab-ci.yml", "infra/main.tf",
                "terraform/vpc.tf", "charts/x/Chart.yaml", "docker-compose.yml", "Jenkinsfile")) {
            assertThat(DeliveryPaths.matches(p)).as(p).isTrue();
        }
        for (String p : List.of("src/main/java/Deploy.java", "README.md", "docs/k8s.md", "deployer.go")) {
            assertThat(DeliveryPaths.matches(p)).as(p).isFalse();
        }
    }
}
