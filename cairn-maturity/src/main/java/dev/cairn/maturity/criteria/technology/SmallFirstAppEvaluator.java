package dev.cairn.maturity.criteria.technology;

import dev.cairn.core.history.Commit;
import dev.cairn.core.history.GitHistory;
import dev.cairn.core.model.EvidenceItem;
import dev.cairn.maturity.assess.AssessmentEvidence;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.assess.Observation;
import dev.cairn.maturity.assess.manifest.Feature;
import dev.cairn.maturity.assess.manifest.ObjectFacts;
import dev.cairn.maturity.kpi.delivery.DeliveryPaths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * TEC-22: the first app is small, ideally a stateless microservice (a monolith is fine when chosen on purpose),
 * and a developer who knows the code takes part in the migration. Two factors are observed:
 * <ul>
 *   <li>choice: at most {@value #SMALL_APP_MAX} long-running workloads (each declaration once, however many
 *       overlays render it), none of them a StatefulSet or mounting a PersistentVolumeClaim (signs of state);</li>
 *   <li>developer: in the git window, some person (bots aside) commits both application code
 *       ({@link AppCodePaths}) and delivery files ({@link DeliveryPaths}); not judged without git, or when the
 *       window has no commits to one of the two.</li>
 * </ul>
 * MET when both hold. Otherwise the observation is a hint the answers override, since a large or stateful
 * first app chosen on purpose, or a developer consulted outside git, is fine: PARTIAL (hint) when one factor
 * fails or cannot be judged, NOT_MET (hint) when both fail; UNKNOWN without long-running workloads.
 */
public final class SmallFirstAppEvaluator implements Evaluator {
    static final int SMALL_APP_MAX = 5;

    @Override
    public String criterion() {
        return "TEC-22";
    }

    @Override
    public Observation observe(AssessmentEvidence evidence) {
        List<ObjectFacts> services = HealthProbesEvaluator.longRunning(evidence.manifests().declaredWorkloads());
        if (services.isEmpty()) {
            return Observation.unknown("no long-running workloads to size the first app by");
        }
        List<ObjectFacts> stateful = services.stream().filter(o -> o.kind().equals("StatefulSet")
                || o.has(Feature.PERSISTENT_VOLUME)).toList();
        boolean small = services.size() <= SMALL_APP_MAX;
        boolean goodChoice = small && stateful.isEmpty();
        Optional<Authors> authors = evidence.git().map(Authors::of);
        Optional<Boolean> involved = authors.flatMap(Authors::overlap);
        List<EvidenceItem> items = new ArrayList<>();
        stateful.stream().limit(3).forEach(o -> items.add(EvidenceItem.manifest(o.ref(), o.location(), o.kind() + " " + o.ref().name() + " keeps state")));
        services.stream().filter(o -> !stateful.contains(o)).limit(3).forEach(o -> items.add(EvidenceItem.manifest(o.ref(), o.location(), o.kind() + " " + o.ref().name())));
        authors.flatMap(a -> evidence.history().commits().stream()
                        .filter(c -> !c.isBot() && a.both(c) && c.paths().stream().anyMatch(DeliveryPaths::matches)).findFirst())
                .ifPresent(c -> items.add(EvidenceItem.commit(c.id(), c.authorName() + " changes both code and delivery files: "
                        + c.subject())));

        String choice = (small ? Wording.count(services.size(), "long-running workload") : services.size()
                + " long-running workloads (more than " + SMALL_APP_MAX + ")")
                + (stateful.isEmpty() ? ", stateless" : ", with state (" + stateful.get(0).kind() + " " + stateful.get(0).ref().name() + ")");
        String developer = involved.map(yes -> yes ? "a developer of the code also changes the delivery files"
                : "nobody who writes the code changes the delivery files").orElse("git history cannot show whether a developer of the code takes part");
        if (goodChoice && involved.orElse(false)) {
            return Observation.met(choice + "; " + developer, items);
        }
        if (!goodChoice && involved.isPresent() && !involved.get()) {
            return Observation.notMet(choice + ", and " + developer + ": start with a small stateless service and pair"
                    + " a developer of it with the platform work", items).asHint();
        }
        return Observation.partial(choice + "; " + developer, items).asHint();
    }

    /** The people (by e-mail, bots aside) who commit application code and those who commit delivery files. */
    record Authors(Set<String> coders, Set<String> deliverers) {
        static Authors of(GitHistory history) {
            Set<String> coders = new HashSet<>();
            Set<String> deliverers = new HashSet<>();
            for (Commit c : history.commits()) {
                if (c.isBot()) continue;
                if (c.paths().stream().anyMatch(AppCodePaths::matches)) coders.add(who(c));
                if (c.paths().stream().anyMatch(DeliveryPaths::matches)) deliverers.add(who(c));
            }
            return new Authors(coders, deliverers);
        }

        /** Whether someone does both; empty when the window has no commits to one of the two. */
        Optional<Boolean> overlap() {
            if (coders.isEmpty() || deliverers.isEmpty()) return Optional.empty();
            return Optional.of(coders.stream().anyMatch(deliverers::contains));
        }

        boolean both(Commit c) {
            return coders.contains(who(c)) && deliverers.contains(who(c));
        }

        private static String who(Commit c) {
            return c.authorEmail().toLowerCase(Locale.ROOT);
        }
    }
}
