package dev.cairn.core.check;

import dev.cairn.core.k8s.K8sObject;
import dev.cairn.core.model.CheckResult;
import dev.cairn.core.model.CheckStatus;
import dev.cairn.core.model.Finding;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.ObjectRef;
import dev.cairn.core.model.Suppression;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Runs configured checks over evidence and keeps, per check, whether anything was in scope and whether
 * it threw. Thread-safe: per-object and per-source calls may come from many threads while files stream.
 * A check that throws is recorded as {@code error} for that check only; the scan goes on.
 */
public final class CheckRunner {
    private final Map<ConfiguredCheck, Tally> tallies = new LinkedHashMap<>();
    /** With their tallies at hand, in registration order. */
    private final List<ObjectSlot> objectChecks = new ArrayList<>();
    /** Per kind, the object checks that may apply to it; a repository holds few kinds, so this stays small. */
    private final Map<String, ObjectSlot[]> objectChecksByKind = new ConcurrentHashMap<>();
    private final List<ConfiguredCheck> sourceChecks = new ArrayList<>();
    private final List<ConfiguredCheck> indexChecks = new ArrayList<>();
    private final List<ConfiguredCheck> configChecks = new ArrayList<>();
    private final List<ConfiguredCheck> clusterChecks = new ArrayList<>();

    public CheckRunner(List<ConfiguredCheck> checks) {
        for (ConfiguredCheck c : checks) {
            tallies.put(c, new Tally());
            switch (c.check()) {
                case ObjectCheck o -> objectChecks.add(new ObjectSlot(c, o, c.spec(), tallies.get(c), Set.copyOf(o.kinds())));
                case SourceCheck s -> sourceChecks.add(c);
                case IndexCheck i -> indexChecks.add(c);
                case ConfigCheck k -> configChecks.add(c);
                case ClusterCheck k -> clusterChecks.add(c);
            }
        }
    }

    public List<Finding> onObject(K8sObject object) {
        ObjectFindings findings = new ObjectFindings(object);
        // Read the annotations once per object, not once per check.
        Map<String, String> annotations = object.annotations();
        boolean suppresses = Suppressions.anyDeclaredIn(annotations);
        // A plain loop, not guarded(...): this runs for every check on every object.
        for (ObjectSlot slot : objectChecksByKind.computeIfAbsent(object.kind(), this::objectChecksFor)) {
            try {
                if (slot.check().appliesTo(object)) {
                    slot.tally().markApplicable();
                    Suppression declared = suppresses ? Suppressions.declaredBy(annotations, slot.spec()).orElse(null) : null;
                    slot.check().check(object, findings.sinkFor(slot, declared));
                }
            } catch (RuntimeException | StackOverflowError e) {
                failed(slot.tally(), object.location(), e);
            }
        }
        return findings.all();
    }

    private ObjectSlot[] objectChecksFor(String kind) {
        return objectChecks.stream().filter(s -> s.kinds().isEmpty() || s.kinds().contains(kind)).toArray(ObjectSlot[]::new);
    }

    public List<Finding> onSource(SourceEvidence source) {
        return eachOnce(sourceChecks, SourceCheck.class, source.path(), Location.file(source.path()),
                check -> check.appliesTo(source), (check, sink) -> check.check(source, sink));
    }

    /** Runs the cross-object checks once per {@link IndexScope}: the raw manifests, then each render variant. */
    public List<Finding> onIndex(ObjectIndex index) {
        return onIndex(index, Set.of());
    }

    /**
     * Runs the cross-object checks over objects read with some kinds missing (a cluster read without the
     * permission to list them): only the checks that need none of those kinds ({@link IndexCheck#needsEvery}).
     */
    public List<Finding> onIndex(ObjectIndex index, Set<String> kindsNotRead) {
        List<IndexScope> scopes = IndexScope.of(index);
        // Each check reads the index only and writes its own list, so they run in parallel; the lists are joined
        // in check order, so the result does not depend on which finished first.
        List<Finding> out = new ArrayList<>();
        indexChecks.stream().filter(c -> sees(c, kindsNotRead)).toList().parallelStream()
                .map(c -> onIndex(c, scopes)).forEachOrdered(out::addAll);
        return out;
    }

    /** The cross-object checks that {@link #onIndex(ObjectIndex, Set)} leaves out for want of these kinds, by id. */
    public List<CheckSpec> indexChecksNotRun(Set<String> kindsNotRead) {
        return indexChecks.stream().filter(c -> !sees(c, kindsNotRead)).map(ConfiguredCheck::spec)
                .sorted(java.util.Comparator.comparing(CheckSpec::id)).toList();
    }

    private static boolean sees(ConfiguredCheck c, Set<String> kindsNotRead) {
        Set<String> needed = ((IndexCheck) c.check()).needsEvery();
        return kindsNotRead.isEmpty() || !needed.isEmpty() && needed.stream().noneMatch(kindsNotRead::contains);
    }

    private List<Finding> onIndex(ConfiguredCheck c, List<IndexScope> scopes) {
        List<Finding> out = new ArrayList<>();
        IndexCheck check = (IndexCheck) c.check();
        Tally tally = tallies.get(c);
        FindingSink sink = FindingFactory.forIndex(c, out::add);
        for (IndexScope scope : scopes) {
            guarded(c, tally, () -> {
                if (check.appliesTo(scope.index())) {
                    tally.markApplicable();
                    check.check(scope.index(), scope.judging(sink));
                }
            }, null);
        }
        return out;
    }

    public List<Finding> onConfig(dev.cairn.core.config.CairnConfig config, java.time.LocalDate today) {
        return eachOnce(configChecks, ConfigCheck.class, config.source(),
                config.source() == null ? null : Location.file(config.source()),
                check -> check.appliesTo(config), (check, sink) -> check.check(config, today, sink));
    }

    /** Runs the cluster-only checks once, on what was read from a cluster; never called for a repository alone. */
    public List<Finding> onCluster(dev.cairn.core.cluster.ClusterSnapshot cluster, java.time.LocalDate today) {
        return eachOnce(clusterChecks, ClusterCheck.class, cluster.address(), cluster.location(),
                check -> check.appliesTo(cluster), (check, sink) -> check.check(cluster, today, sink));
    }

    /**
     * Runs each check of one shape once over a single input (a file's source, the configuration, a cluster):
     * applicability marked, failures kept as the check's error at {@code where}, findings reported at {@code at}.
     */
    private <T extends Check> List<Finding> eachOnce(List<ConfiguredCheck> checks, Class<T> shape,
            dev.cairn.core.model.SourcePath at, Location where, Predicate<T> applies, BiConsumer<T, FindingSink> judge) {
        List<Finding> out = new ArrayList<>();
        for (ConfiguredCheck c : checks) {
            T check = shape.cast(c.check());
            Tally tally = tallies.get(c);
            guarded(c, tally, () -> {
                if (applies.test(check)) {
                    tally.markApplicable();
                    judge.accept(check, FindingFactory.forFile(c, at, out::add));
                }
            }, where);
        }
        return out;
    }

    /** One result per check, judged on the final findings (after waivers and baseline). */
    public List<CheckResult> results(List<Finding> findings) {
        // One pass over the findings: a filter per check would cost checks x findings.
        Map<dev.cairn.core.model.CheckId, int[]> tallyOfFindings = new java.util.HashMap<>();
        for (Finding f : findings) {
            int[] n = tallyOfFindings.computeIfAbsent(f.checkId(), id -> new int[2]);
            n[f.counts() ? 0 : 1]++;
        }
        List<CheckResult> results = new ArrayList<>();
        for (var e : tallies.entrySet()) {
            CheckSpec spec = e.getKey().spec();
            Tally tally = e.getValue();
            int[] n = tallyOfFindings.getOrDefault(spec.id(), new int[2]);
            int counted = n[0];
            int suppressed = n[1];
            CheckStatus status;
            if (tally.error.get() != null) status = CheckStatus.ERROR;
            else if (counted > 0) status = CheckStatus.FAIL;
            else if (suppressed > 0) status = CheckStatus.SUPPRESSED;
            else if (!tally.applicable) status = CheckStatus.NOT_APPLICABLE;
            else status = CheckStatus.PASS;
            results.add(new CheckResult(spec.id(), spec.slug(), status, counted, suppressed, tally.error.get()));
        }
        results.sort(java.util.Comparator.comparing(CheckResult::checkId));
        return results;
    }

    private static void guarded(ConfiguredCheck c, Tally tally, Runnable body, Location where) {
        try {
            body.run();
        } catch (RuntimeException | StackOverflowError e) {
            failed(tally, where, e);
        }
    }

    private static void failed(Tally tally, Location where, Throwable e) {
        String at = where == null ? "" : " on " + where.display();
        tally.fail(where, e.getClass().getSimpleName() + at + ": " + e.getMessage());
    }

    private record ObjectSlot(ConfiguredCheck configured, ObjectCheck check, CheckSpec spec, Tally tally, Set<String> kinds) {}

    private static final class Tally {
        /** Set once, read rarely: a counter here would be written by every scan thread for every object. */
        volatile boolean applicable;
        final AtomicReference<String> error = new AtomicReference<>();
        private Location errorAt;

        void markApplicable() {
            if (!applicable) {
                applicable = true;
            }
        }

        /**
         * Keeps the error met first in report order rather than in time: files are checked in parallel,
         * and the same input must give the same report.
         */
        synchronized void fail(Location where, String message) {
            if (error.get() == null || where != null && errorAt != null && Location.ORDER.compare(where, errorAt) < 0) {
                errorAt = where;
                error.set(message);
            }
        }
    }

    /**
     * The findings of one object. What they share (path, identity, variant, the object's stable pointers) is
     * kept here once, and the fingerprint subject and pointer cache are made at the first finding: most
     * objects get none from most checks, and a sink per check costs one small object.
     */
    private static final class ObjectFindings {
        private final K8sObject object;
        private final List<Finding> out = new ArrayList<>();
        private Fingerprints.Subject subject;
        private Fingerprints.StablePointers pointers;

        ObjectFindings(K8sObject object) {
            this.object = object;
        }

        FindingSink sinkFor(ObjectSlot slot, Suppression declared) {
            return new Sink(this, slot, declared);
        }

        List<Finding> all() {
            return out;
        }

        private void add(ObjectSlot slot, Suppression declared, Location at, String pointer, String message) {
            if (subject == null) {
                subject = new Fingerprints.Subject(object.path(), object.ref(), object.variant());
                pointers = new Fingerprints.StablePointers(object.root());
            }
            CheckSpec spec = slot.spec(); // kept in the slot: asking sixty different checks for it was a slow call
            Finding finding = new Finding(spec.id(), spec.slug(), slot.configured().severity(), spec.aspect(), spec.criteria(), message,
                    at, object.ref(), subject.fingerprint(spec.id(), pointers.of(pointer)), null);
            out.add(declared == null ? finding : finding.suppress(declared));
        }

        /**
         * What one check reports on the object. A rendered object's nodes are located in the file a person edits;
         * the fingerprint keeps the object's source path and the rendered pointer, so it does not depend on
         * which patch set the field.
         */
        private record Sink(ObjectFindings findings, ObjectSlot slot, Suppression declared) implements FindingSink {
            @Override
            public void report(YNode node, String message) {
                findings.add(slot, declared, findings.object.locate(node), node.pointer(), message);
            }

            @Override
            public void report(YEntry entry, String message) {
                findings.add(slot, declared, findings.object.locate(entry), entry.value().pointer(), message);
            }

            @Override
            public void report(Location location, ObjectRef ref, String message) {
                throw new UnsupportedOperationException("an object check reports at a node of its object");
            }

            @Override
            public void report(ObjectSummary object, String message) {
                throw new UnsupportedOperationException("an object check reports at a node of its object");
            }

            @Override
            public void report(ObjectSummary object, ObjectSummary.Place at, String message) {
                throw new UnsupportedOperationException("an object check reports at a node of its object");
            }
        }
    }

    /**
     * Stamps id, severity, location and fingerprint onto what a file, configuration, cluster or cross-object
     * check reports, and hands the finding to {@code out}. {@code subject} is null where there is no file to
     * fingerprint against.
     */
    private record FindingFactory(ConfiguredCheck check, CheckSpec spec, dev.cairn.core.model.SourcePath path,
            Fingerprints.Subject subject, Consumer<Finding> out) implements FindingSink {

        static FindingFactory forIndex(ConfiguredCheck check, Consumer<Finding> out) {
            return new FindingFactory(check, check.spec(), null, null, out);
        }

        static FindingFactory forFile(ConfiguredCheck check, dev.cairn.core.model.SourcePath path, Consumer<Finding> out) {
            return new FindingFactory(check, check.spec(), path,
                    path == null ? null : new Fingerprints.Subject(path, null, null), out);
        }

        @Override
        public void report(YNode node, String message) {
            out.accept(at(new Location(path, node.span(), node.pointer(), null), node.pointer(), message));
        }

        @Override
        public void report(YEntry entry, String message) {
            YNode value = entry.value();
            out.accept(at(new Location(path, entry.span(), value.pointer(), null), value.pointer(), message));
        }

        @Override
        public void report(Location location, ObjectRef ref, String message) {
            out.accept(about(location, ref, null, message));
        }

        @Override
        public void report(ObjectSummary object, String message) {
            Finding finding = about(object.location(), object.ref(), object.variant(), message);
            out.accept(Suppressions.declaredBy(object, spec).map(finding::suppress).orElse(finding));
        }

        @Override
        public void report(ObjectSummary object, ObjectSummary.Place at, String message) {
            // the fingerprint of a per-object finding at the same node: the object's path, its stable pointer
            Finding finding = new Finding(spec.id(), spec.slug(), check.severity(), spec.aspect(), spec.criteria(), message,
                    at.location(), object.ref(), Fingerprints.of(spec.id(), object.location().path(), object.ref(),
                    at.stablePointer(), object.variant()), null);
            out.accept(Suppressions.declaredBy(object, spec).map(finding::suppress).orElse(finding));
        }

        private Finding about(Location location, ObjectRef ref, String variant, String message) {
            String fingerprint = Fingerprints.of(spec.id(), location.path(), ref,
                    location.pointer() != null ? location.pointer() : "#" + location.document(), variant);
            return new Finding(spec.id(), spec.slug(), check.severity(), spec.aspect(), spec.criteria(),
                    message, location, ref, fingerprint, null);
        }

        private Finding at(Location location, String pointer, String message) {
            return new Finding(spec.id(), spec.slug(), check.severity(), spec.aspect(), spec.criteria(), message,
                    location, null, subject.fingerprint(spec.id(), pointer), null);
        }
    }
}
