package dev.cairn.checks.tool;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.ConfigCheck;
import dev.cairn.core.check.FindingSink;
import dev.cairn.core.check.InputKind;
import dev.cairn.core.config.CairnConfig;
import dev.cairn.core.config.Waiver;
import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.Severity;
import java.time.LocalDate;
import java.util.List;

/**
 * A waiver records an accepted risk until a date. Past that date it no longer suppresses anything, and
 * the stale entry itself is reported, so that accepted risks are reviewed rather than forgotten.
 */
public final class ExpiredWaiverCheck implements ConfigCheck {
    private static final CheckSpec SPEC = CheckSpec.builder("CAIRN-002", "expired-waiver")
            .title("Waiver in .cairn.yaml has expired")
            .severity(Severity.MEDIUM)
            .aspect(Aspect.POLICY)
            .criteria("POL-2")
            .inputs(InputKind.REPOSITORY)
            .build();

    @Override
    public CheckSpec spec() {
        return SPEC;
    }

    @Override
    public boolean appliesTo(CairnConfig config) {
        return config.source() != null && !config.waivers().isEmpty();
    }

    @Override
    public void check(CairnConfig config, LocalDate today, FindingSink sink) {
        List<Waiver> waivers = config.waivers();
        for (int i = 0; i < waivers.size(); i++) {
            Waiver w = waivers.get(i);
            if (w.expiredOn(today)) {
                String target = w.path() != null ? "path " + w.path() : "object " + w.object();
                sink.report(new Location(config.source(), w.span(), "/waivers/" + i, 0), null,
                        "the waiver of " + w.check() + " for " + target + (w.owner() == null ? "" : " (owner " + w.owner() + ")")
                                + " expired on " + w.expires() + ": its findings count again; fix them, or renew the"
                                + " waiver with a new date and a reason that still holds");
            }
        }
    }
}
