package dev.cairn.maturity.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.config.KpiConfig;
import dev.cairn.core.model.KpiId;
import dev.cairn.core.model.KpiId.Direction;
import dev.cairn.core.model.KpiStatus;
import dev.cairn.core.model.KpiTarget;
import dev.cairn.core.model.KpiValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KpiTargetsTest {

    @ParameterizedTest(name = "value {0}, baseline {1}, target {2}, natural {3} -> {4}")
    @CsvSource(nullValues = "-", value = {
            // higher is better, from the baseline: 0.5 -> 2.0 deployments a week
            "2.0,  0.5, 2.0, NEITHER,          MET",
            "3.1,  0.5, 2.0, NEITHER,          MET",
            "1.0,  0.5, 2.0, NEITHER,          ON_TRACK",
            "0.5,  0.5, 2.0, NEITHER,          OFF_TRACK",
            "0.2,  0.5, 2.0, NEITHER,          OFF_TRACK",
            // lower is better, from the baseline: 48 h -> 24 h lead time
            "24,   48,  24,  NEITHER,          MET",
            "12,   48,  24,  NEITHER,          MET",
            "30,   48,  24,  NEITHER,          ON_TRACK",
            "48,   48,  24,  NEITHER,          OFF_TRACK",
            "60,   48,  24,  NEITHER,          OFF_TRACK",
            // the baseline's direction wins over the natural one (a team that wants more coverage of cost)
            "150,  100, 200, LOWER_IS_BETTER,  ON_TRACK",
            // no baseline: the KPI's natural direction; never on track
            "95,   -,   90,  HIGHER_IS_BETTER, MET",
            "80,   -,   90,  HIGHER_IS_BETTER, OFF_TRACK",
            "3,    -,   5,   LOWER_IS_BETTER,  MET",
            "7,    -,   5,   LOWER_IS_BETTER,  OFF_TRACK",
            // baseline equal to the target: hold the line in the natural direction
            "91,   90,  90,  HIGHER_IS_BETTER, MET",
            "89,   90,  90,  HIGHER_IS_BETTER, OFF_TRACK",
            // no direction at all: only the target itself is met
            "4,    -,   4,   NEITHER,          MET",
            "4.5,  -,   4,   NEITHER,          OFF_TRACK",
            "3.5,  4,   4,   NEITHER,          OFF_TRACK",
            // float noise does not miss a target
            "0.30000000000000004, 0.1, 0.3, NEITHER, MET",
            // no data
            "-,    0.5, 2.0, NEITHER,          NO_DATA",
            "1.0,  0.5, -,   NEITHER,          NO_TARGET",
    })
    void statusAgainstTarget(Double value, Double baseline, Double target, Direction natural, KpiStatus expected) {
        KpiTarget t = new KpiTarget(baseline, target, null, null, null, null);
        assertThat(KpiTargets.status(value, t, natural)).isEqualTo(expected);
    }

    @Test
    void aValueWithoutATargetHasNoTarget() {
        assertThat(KpiTargets.status(3.0, null, Direction.HIGHER_IS_BETTER)).isEqualTo(KpiStatus.NO_TARGET);
        assertThat(KpiTargets.status(null, null, Direction.HIGHER_IS_BETTER)).isEqualTo(KpiStatus.NO_DATA);
    }

    @Test
    void applyAttachesDeclaredTargetsAndUsesTheKpisNaturalDirection() {
        KpiTarget coverage = new KpiTarget(null, 90.0, "percent", "platform-team", "every container sized", "manifests");
        KpiTarget cost = new KpiTarget(null, 100.0, null, "cfo", "spend less", null);
        KpiConfig config = new KpiConfig(null, Map.of(KpiId.REQUEST_COVERAGE, coverage, KpiId.MONTHLY_COST_ESTIMATE, cost));
        List<KpiValue> out = KpiTargets.apply(List.of(
                value("monthly-cost-estimate", 122.15, "USD-per-month"),
                value("request-coverage", 95.0, "percent"),
                value("requested-cpu-cores", 4.6, "cores")), config);
        assertThat(out).extracting(KpiValue::id)
                .containsExactly("request-coverage", "requested-cpu-cores", "monthly-cost-estimate");
        assertThat(out.get(0).target()).isEqualTo(coverage);
        assertThat(out.get(0).status()).isEqualTo(KpiStatus.MET);
        assertThat(out.get(1).target()).isNull();
        assertThat(out.get(1).status()).isEqualTo(KpiStatus.NO_TARGET);
        assertThat(out.get(2).status()).isEqualTo(KpiStatus.OFF_TRACK);
    }

    @Test
    void aDeclaredTargetWithoutAValueIsShownWithoutData() {
        KpiTarget df = new KpiTarget(0.5, 2.0, "per-week", "cto", "faster time to market", "git-tags");
        KpiConfig config = new KpiConfig(null, Map.of(KpiId.DEPLOYMENT_FREQUENCY, df));
        List<KpiValue> out = KpiTargets.apply(List.of(value("request-coverage", 50.0, "percent")), config);
        assertThat(out).extracting(KpiValue::id).containsExactly("deployment-frequency", "request-coverage");
        KpiValue missing = out.get(0);
        assertThat(missing.value()).isNull();
        assertThat(missing.unit()).isEqualTo("per-week");
        assertThat(missing.target()).isEqualTo(df);
        assertThat(missing.status()).isEqualTo(KpiStatus.NO_DATA);
        assertThat(missing.estimatedFrom()).isEqualTo("not measured by this scan");
        assertThat(missing.caveats()).containsExactly("a target is declared in .cairn.yaml, but this scan produced no value");
    }

    @Test
    void aTargetInAnotherUnitGivesNoStatus() {
        KpiTarget perDay = new KpiTarget(0.1, 1.0, "per-day", null, null, null);
        KpiValue v = KpiTargets.withTarget(value("deployment-frequency", 1.4, "per-week"), perDay);
        assertThat(v.status()).isEqualTo(KpiStatus.NO_DATA);
        assertThat(v.caveats()).containsExactly("the target is in per-day but the KPI is reported in per-week: no status");
    }

    @Test
    void idsUnknownToTheListKeepTheirOwnTargetAndSortLast() {
        KpiTarget own = new KpiTarget(1.0, 2.0, null, null, null, null);
        KpiValue custom = new KpiValue("custom-kpi", 1.5, "things", null, "test", "90d", own, KpiStatus.NO_DATA, List.of());
        List<KpiValue> out = KpiTargets.apply(List.of(custom, value("vulnerabilities-high", 0.0, "count")), KpiConfig.NONE);
        assertThat(out).extracting(KpiValue::id).containsExactly("vulnerabilities-high", "custom-kpi");
        assertThat(out.get(1).status()).isEqualTo(KpiStatus.ON_TRACK);
    }

    @Test
    void everyKpiIdHasAUnitAndAKebabId() {
        assertThat(KpiId.values()).hasSize(17);
        for (KpiId id : KpiId.values()) {
            assertThat(id.id()).matches("^[a-z0-9]+(-[a-z0-9]+)*$");
            assertThat(id.unit()).isNotBlank();
            assertThat(KpiId.of(id.id())).contains(id);
        }
        assertThat(KpiId.of("Deployment-Frequency")).isEmpty();
    }

    private static KpiValue value(String id, Double v, String unit) {
        return new KpiValue(id, v, unit, null, "test", "snapshot", null, KpiStatus.NO_DATA, List.of());
    }
}
