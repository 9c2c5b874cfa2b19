package dev.cairn.ingest.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cairn.core.check.CheckRegistry;
import dev.cairn.core.config.CairnConfig;
import dev.cairn.core.config.ConfigException;
import dev.cairn.core.config.KpiConfig;
import dev.cairn.core.config.Pricing;
import dev.cairn.core.history.DeploymentSource;
import dev.cairn.core.model.KpiId;
import dev.cairn.core.model.KpiTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code kpis:} and {@code pricing:} sections: typed values, and every mistake at its line and column. */
class KpiSectionTest {
    private final ConfigLoader loader = new ConfigLoader(new CheckRegistry(List.of()));

    @TempDir
    Path tmp;

    @Test
    void kpisAsProductMdShowsThem() {
        CairnConfig config = loader.parse("""
                kpis:
                  deployments: { from: tags, pattern: "v*" }       # or gitops, or file
                  targets:
                    - { kpi: deployment-frequency, baseline: 0.5, target: 2.0, unit: per-week, owner: cto,
                        goal: "faster time to market", source: git-tags }
                    - kpi: request-coverage
                      target: 90
                    - kpi: monthly-cost-estimate
                      baseline: 1_200
                      target: 900.5
                      unit: USD-per-month
                      owner: cfo
                """, ".cairn.yaml");
        KpiConfig kpis = config.kpis();
        assertThat(kpis.deployments()).isEqualTo(new DeploymentSource.Tags("v*"));
        assertThat(kpis.targets().keySet())
                .containsExactly(KpiId.DEPLOYMENT_FREQUENCY, KpiId.REQUEST_COVERAGE, KpiId.MONTHLY_COST_ESTIMATE);
        assertThat(kpis.target(KpiId.DEPLOYMENT_FREQUENCY)).contains(
                new KpiTarget(0.5, 2.0, "per-week", "cto", "faster time to market", "git-tags"));
        assertThat(kpis.target(KpiId.REQUEST_COVERAGE)).contains(new KpiTarget(null, 90.0, null, null, null, null));
        assertThat(kpis.target(KpiId.MONTHLY_COST_ESTIMATE)).contains(
                new KpiTarget(1200.0, 900.5, "USD-per-month", "cfo", null, null));
        assertThat(config.pricing()).isEqualTo(Pricing.OPENCOST_DEFAULTS);
    }

    @Test
    void deploymentSources() {
        assertThat(deployments("{ from: gitops, path: ./deploy/overlays/prod/ }"))
                .isEqualTo(new DeploymentSource.GitOps("deploy/overlays/prod"));
        assertThat(deployments("{ from: file, path: deployments.csv }")).isEqualTo(new DeploymentSource.File("deployments.csv"));
        assertThat(deployments("{ from: tags }")).isEqualTo(new DeploymentSource.Tags("v*"));
        assertThat(deployments("{ from: tags, pattern: \"release-*\" }")).isEqualTo(new DeploymentSource.Tags("release-*"));
        assertThat(loader.parse("kpis: { targets: [] }", ".cairn.yaml").kpis().deployments()).isNull();
        assertThat(loader.parse("kpis: { targets: [] }", ".cairn.yaml").kpis().deploymentsOrDefault())
                .isEqualTo(DeploymentSource.DEFAULT);
        assertThat(CairnConfig.defaults().kpis()).isEqualTo(KpiConfig.NONE);
    }

    private DeploymentSource deployments(String flow) {
        return loader.parse("kpis:\n  deployments: " + flow + "\n", ".cairn.yaml").kpis().deployments();
    }

    @Test
    void kpiMistakesAtTheirLines() {
        assertAt("kpis: [ deployments ]\n", 1, 7, "kpis must be a mapping");
        assertAt("""
                kpis:
                  deployments: { from: tags }
                  target: []
                """, 3, 3, "unknown key under kpis 'target' (allowed: deployments, targets)");
        assertAt("""
                kpis:
                  targets:
                    - { kpi: deployment-frequency, target: 2 }
                    - { kpi: lead-time, target: 24 }
                """, 4, 14, "unknown KPI 'lead-time' (known: " + String.join(", ",
                        java.util.Arrays.stream(KpiId.values()).map(KpiId::id).toList()) + ")");
        assertAt("""
                kpis:
                  targets:
                    - { kpi: request-coverage, target: 90 }
                    - { kpi: request-coverage, target: 95 }
                """, 4, 14, "a second target for request-coverage: each KPI has one target");
        assertAt("""
                kpis:
                  targets:
                    - kpi: request-coverage
                      baseline: 50%
                """, 4, 17, "baseline must be a number, e.g. 0.5, not '50%'");
        assertAt("""
                kpis:
                  targets:
                    - kpi: request-coverage
                      target: "90"
                """, 4, 15, "target must be a number, e.g. 2.0, not '90'");
        assertAt("""
                kpis:
                  targets:
                    - { kpi: deployment-frequency, target: 2, unit: per-day }
                """, 3, 53, "deployment-frequency is measured in per-week, not 'per-day'");
        assertAt("""
                kpis:
                  targets:
                    - { target: 2, owner: cto }
                """, 3, 7, "a KPI target needs 'kpi:' (one of " + String.join(", ",
                        java.util.Arrays.stream(KpiId.values()).map(KpiId::id).toList()) + ")");
        assertAt("""
                kpis:
                  targets:
                    - { kpi: request-coverage, target: 90, owners: [ a ] }
                """, 3, 44, "unknown key in a KPI target 'owners' (allowed: baseline, goal, kpi, owner, source, target, unit)");
        assertAt("""
                kpis:
                  targets: { kpi: request-coverage }
                """, 2, 12, "kpis.targets must be a list, e.g. [a, b]");
        assertAt("""
                kpis:
                  targets:
                    - { kpi: request-coverage, goal: [ more ] }
                """, 3, 38, "goal must be a single value");
        assertAt("""
                kpis:
                  targets:
                    - request-coverage
                """, 3, 7, "a KPI target must be a mapping");
    }

    @Test
    void deploymentMistakesAtTheirLines() {
        assertAt("""
                kpis:
                  deployments: { from: releases }
                """, 2, 24, "from must be tags, gitops or file, not 'releases'");
        assertAt("""
                kpis:
                  deployments: { pattern: "v*" }
                """, 2, 16, "kpis.deployments needs 'from:' (tags, gitops or file)");
        assertAt("""
                kpis:
                  deployments:
                    from: gitops
                """, 3, 5, "from: gitops needs 'path:', e.g. deploy/overlays/prod");
        assertAt("""
                kpis:
                  deployments: { from: file, path: d.csv, pattern: "v*" }
                """, 2, 43, "'pattern' applies only to from: tags");
        assertAt("""
                kpis:
                  deployments: { from: tags, path: deploy }
                """, 2, 30, "'path' applies only to from: gitops or from: file");
        assertAt("""
                kpis:
                  deployments: { from: tags, since: 90d }
                """, 2, 30, "unknown key under kpis.deployments 'since' (allowed: from, path, pattern)");
    }

    @Test
    void inlinePricesOverrideTheDefaultsTheyName() {
        Pricing p = loader.parse("pricing: { cpuCoreHour: 0.05, memoryGiBHour: 0.01 }\n", ".cairn.yaml").pricing();
        assertThat(p).isEqualTo(new Pricing(0.05, 0.01, Pricing.OPENCOST_STORAGE_GIB_HOUR, ".cairn.yaml"));
        Pricing all = loader.parse("pricing: { cpuCoreHour: 1, memoryGiBHour: 0, storageGiBHour: 1e-4 }\n", ".cairn.yaml")
                .pricing();
        assertThat(all).isEqualTo(new Pricing(1.0, 0.0, 1e-4, ".cairn.yaml"));
        assertThat(CairnConfig.defaults().pricing()).isEqualTo(Pricing.OPENCOST_DEFAULTS);
        assertThat(Pricing.OPENCOST_DEFAULTS).isEqualTo(new Pricing(0.031611, 0.004237, 0.00005479, "OpenCost default prices"));
    }

    @Test
    void pricingMistakesAtTheirLines() {
        assertAt("pricing: 0.03\n", 1, 10, "pricing must be a mapping");
        assertAt("""
                pricing:
                  cpuCoreHour: 0.03
                  gpuHour: 0.95
                """, 3, 3, "unknown key under pricing 'gpuHour' (allowed: cpuCoreHour, file, memoryGiBHour, storageGiBHour)");
        assertAt("""
                pricing:
                  cpuCoreHour: -0.03
                """, 2, 16, "cpuCoreHour must not be negative");
        assertAt("""
                pricing:
                  memoryGiBHour: "$0.004"
                """, 2, 18, "memoryGiBHour must be a price per GiB-hour, e.g. 0.004237, not '$0.004'");
        assertAt("""
                pricing:
                  storageGiBHour: .inf
                """, 2, 19, "storageGiBHour must be a price per GiB-hour, e.g. 0.00005479, not '.inf'");
        assertAt("""
                pricing:
                  file: prices.yaml
                  cpuCoreHour: 0.03
                """, 3, 3, "pricing takes either 'file:' or the prices themselves, not both");
        assertAt("pricing: { file: ../prices.yaml }\n", 1, 18, "pricing.file must be a path inside the repository, relative to .cairn.yaml");
        assertAt("pricing: { file: /etc/prices.yaml }\n", 1, 18, "pricing.file must be a path inside the repository, relative to .cairn.yaml");
    }

    @Test
    void pricesFromAFileBesideTheConfiguration() throws IOException {
        Files.createDirectories(tmp.resolve("finance"));
        Files.writeString(tmp.resolve("finance/prices.yaml"), """
                # negotiated rates, 2027
                cpuCoreHour: 0.024
                memoryGiBHour: 0.0032
                storageGiBHour: 0.00004
                """);
        Files.writeString(tmp.resolve(".cairn.yaml"), "pricing: { file: finance/prices.yaml }\n");
        CairnConfig config = loader.load(tmp.resolve(".cairn.yaml"), ".cairn.yaml");
        assertThat(config.pricing()).isEqualTo(new Pricing(0.024, 0.0032, 0.00004, "finance/prices.yaml"));

        Files.writeString(tmp.resolve("finance/prices.yaml"), """
                cpuCoreHour: 0.024
                ramGiBHour: 0.0032
                """);
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> loader.load(tmp.resolve(".cairn.yaml"), ".cairn.yaml"));
        assertThat(e.display()).isEqualTo("finance/prices.yaml:2:1: unknown key in a prices file 'ramGiBHour'"
                + " (allowed: cpuCoreHour, memoryGiBHour, storageGiBHour)");

        Files.writeString(tmp.resolve("finance/prices.yaml"), "cpuCoreHour: cheap\n");
        e = catchThrowableOfType(ConfigException.class, () -> loader.load(tmp.resolve(".cairn.yaml"), ".cairn.yaml"));
        assertThat(e.display()).isEqualTo(
                "finance/prices.yaml:1:14: cpuCoreHour must be a price per core-hour, e.g. 0.031611, not 'cheap'");

        Files.writeString(tmp.resolve(".cairn.yaml"), "exclude: []\npricing: { file: finance/missing.yaml }\n");
        e = catchThrowableOfType(ConfigException.class, () -> loader.load(tmp.resolve(".cairn.yaml"), ".cairn.yaml"));
        assertThat(e.display()).isEqualTo(".cairn.yaml:2:18: pricing.file finance/missing.yaml does not exist");
    }

    @Test
    void aPricesFileLinkedOutsideTheRepositoryIsRefused(@TempDir Path outside) throws IOException {
        Files.writeString(outside.resolve("secret.yaml"), "cpuCoreHour: 1\n");
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createSymbolicLink(repo.resolve("prices.yaml"), outside.resolve("secret.yaml"));
        Files.writeString(repo.resolve(".cairn.yaml"), "pricing: { file: prices.yaml }\n");
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> loader.load(repo.resolve(".cairn.yaml"), ".cairn.yaml"));
        assertThat(e.display()).isEqualTo(".cairn.yaml:1:18: pricing.file links outside the repository");
    }

    private void assertAt(String yaml, int line, int column, String message) {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> loader.parse(yaml, ".cairn.yaml"));
        assertThat(e).as("expected a ConfigException for:\n" + yaml).isNotNull();
        assertThat(e.getMessage()).isEqualTo(message);
        assertThat(e.display()).isEqualTo(".cairn.yaml:" + line + ":" + column + ": " + message);
    }
}
