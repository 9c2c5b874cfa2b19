package dev.cairn.core.check;

import dev.cairn.core.model.CheckId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An explicit, immutable list of checks, rejecting duplicate ids and slugs. Built as an instance, never
 * filled by side effects, so tests can build registries of their own.
 */
public final class CheckRegistry {
    private final List<Check> checks;
    private final Map<String, Check> byIdOrSlug;

    public CheckRegistry(List<? extends Check> checks) {
        Map<String, Check> index = new LinkedHashMap<>();
        for (Check check : checks) {
            CheckSpec spec = check.spec();
            if (index.putIfAbsent(spec.id().value(), check) != null) {
                throw new IllegalArgumentException("duplicate check id " + spec.id());
            }
            if (index.putIfAbsent(spec.slug(), check) != null) {
                throw new IllegalArgumentException("duplicate check slug " + spec.slug() + " (" + spec.id() + ")");
            }
        }
        List<Check> sorted = new ArrayList<>(checks);
        sorted.sort(Comparator.comparing(c -> c.spec().id()));
        this.checks = Collections.unmodifiableList(sorted);
        this.byIdOrSlug = Collections.unmodifiableMap(index);
    }

    /** All checks, sorted by id. */
    public List<Check> all() {
        return checks;
    }

    /** Looks a check up by id ({@code K8S-001}, any case) or slug ({@code privileged-container}). */
    public Optional<Check> find(String idOrSlug) {
        Check byExact = byIdOrSlug.get(idOrSlug);
        if (byExact != null) {
            return Optional.of(byExact);
        }
        String upper = idOrSlug.toUpperCase(java.util.Locale.ROOT);
        return CheckId.isWellFormed(upper) ? Optional.ofNullable(byIdOrSlug.get(upper)) : Optional.empty();
    }
}
