package dev.cairn.engine;

import dev.cairn.core.config.Glob;
import dev.cairn.core.config.Waiver;
import dev.cairn.core.model.Finding;
import dev.cairn.core.model.Suppression;
import dev.cairn.core.model.SuppressionKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Marks findings covered by an unexpired waiver of {@code .cairn.yaml}. An expired waiver covers
 * nothing, so its findings count again on the day after expiry.
 */
final class Waivers {
    private final List<Waiver> active;

    Waivers(List<Waiver> waivers, LocalDate today) {
        this.active = waivers.stream().filter(w -> !w.expiredOn(today)).toList();
    }

    boolean isEmpty() {
        return active.isEmpty();
    }

    Finding apply(Finding finding) {
        if (!finding.counts()) {
            return finding;
        }
        return matching(finding).map(w -> finding.suppress(
                new Suppression(SuppressionKind.WAIVER, w.reason(), w.owner(), w.expires()))).orElse(finding);
    }

    private Optional<Waiver> matching(Finding finding) {
        for (Waiver w : active) {
            if (!w.check().equals(finding.checkId().value())) {
                continue;
            }
            if (w.path() != null && Glob.of(w.path()).matches(finding.location().path().value())) {
                return Optional.of(w);
            }
            if (w.object() != null && finding.object() != null && w.object().equals(finding.object().display())) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }
}
