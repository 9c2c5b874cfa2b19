package dev.cairn.maturity.kpi;

import dev.cairn.core.config.KpiConfig;
import dev.cairn.core.model.KpiId;
import dev.cairn.core.model.KpiStatus;
import dev.cairn.core.model.KpiTarget;
import dev.cairn.core.model.KpiValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Puts each KPI against its declared target (the {@code kpis.targets} of {@code .cairn.yaml}) and gives it a
 * status. Pure.
 *
 * <ul>
 *   <li>{@code no-data}: no value;</li>
 *   <li>{@code no-target}: a value, but no target to judge it against;</li>
 *   <li>{@code met}: the value reached the target in the target's direction;</li>
 *   <li>{@code on-track}: not met, but the value moved from the baseline towards the target;</li>
 *   <li>{@code off-track}: otherwise (still at the baseline, moved away from it, or no baseline to move from).</li>
 * </ul>
 * The direction is baseline → target; without a baseline (or when it equals the target) it is the KPI's
 * natural direction ({@link KpiId#direction()}), and a KPI with neither is met only at the target itself.
 */
public final class KpiTargets {
    /** Values this close to each other (relative to the larger) count as equal, so that 0.1 + 0.2 meets 0.3. */
    private static final double EPSILON = 1e-9;

    private static final Comparator<KpiValue> ORDER = Comparator
            .comparing((KpiValue v) -> KpiId.of(v.id()).map(Enum::ordinal).orElse(Integer.MAX_VALUE))
            .thenComparing(KpiValue::id);

    private KpiTargets() {}

    /**
     * Every value with its target and status, plus a {@code no-data} value for each declared target that no
     * calculator produced, so that a declared KPI is never silently missing. Sorted in {@link KpiId} order.
     */
    public static List<KpiValue> apply(List<KpiValue> values, KpiConfig config) {
        List<KpiValue> out = new ArrayList<>();
        Set<KpiId> seen = EnumSet.noneOf(KpiId.class);
        for (KpiValue v : values) {
            Optional<KpiId> id = KpiId.of(v.id());
            id.ifPresent(seen::add);
            KpiTarget target = id.flatMap(config::target).orElse(v.target());
            out.add(withTarget(v, target));
        }
        config.targets().forEach((id, target) -> {
            if (!seen.contains(id)) {
                out.add(new KpiValue(id.id(), null, id.unit(), null, "not measured by this scan", "none", target,
                        KpiStatus.NO_DATA, List.of("a target is declared in .cairn.yaml, but this scan produced no value")));
            }
        });
        out.sort(ORDER);
        return out;
    }

    /** The value with this target (null for none) and the status it gives. */
    public static KpiValue withTarget(KpiValue v, KpiTarget target) {
        List<String> caveats = v.caveats();
        if (target != null && target.unit() != null && !target.unit().equalsIgnoreCase(v.unit())) {
            caveats = new ArrayList<>(caveats);
            caveats.add("the target is in " + target.unit() + " but the KPI is reported in " + v.unit()
                    + ": no status");
            return new KpiValue(v.id(), v.value(), v.unit(), v.band(), v.estimatedFrom(), v.window(), target,
                    KpiStatus.NO_DATA, caveats);
        }
        KpiId.Direction natural = KpiId.of(v.id()).map(KpiId::direction).orElse(KpiId.Direction.NEITHER);
        return new KpiValue(v.id(), v.value(), v.unit(), v.band(), v.estimatedFrom(), v.window(), target,
                status(v.value(), target, natural), caveats);
    }

    /** The status of a value against a target; see the class comment. */
    public static KpiStatus status(Double value, KpiTarget target, KpiId.Direction natural) {
        if (value == null || value.isNaN()) {
            return KpiStatus.NO_DATA;
        }
        if (target == null || target.target() == null) {
            return KpiStatus.NO_TARGET;
        }
        double goal = target.target();
        Double baseline = target.baseline();
        int direction;
        if (baseline != null && !equal(baseline, goal)) {
            direction = goal > baseline ? 1 : -1;
        } else {
            direction = switch (natural) {
                case HIGHER_IS_BETTER -> 1;
                case LOWER_IS_BETTER -> -1;
                case NEITHER -> 0;
            };
        }
        if (direction == 0) {
            return equal(value, goal) ? KpiStatus.MET : KpiStatus.OFF_TRACK;
        }
        if (equal(value, goal) || direction * (value - goal) > 0) {
            return KpiStatus.MET;
        }
        if (baseline != null && !equal(value, baseline) && direction * (value - baseline) > 0) {
            return KpiStatus.ON_TRACK;
        }
        return KpiStatus.OFF_TRACK;
    }

    private static boolean equal(double a, double b) {
        return Math.abs(a - b) <= EPSILON * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
    }
}
