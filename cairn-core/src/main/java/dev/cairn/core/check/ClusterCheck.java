package dev.cairn.core.check;

import dev.cairn.core.cluster.ClusterSnapshot;
import java.time.LocalDate;

/**
 * Judges a cluster as a whole (its version, what runs in it, the state of its pods), once per scan and
 * only when a live cluster or a snapshot of one was read. A finding on an object is reported at
 * {@link ClusterSnapshot#locate}; one about the cluster at {@link ClusterSnapshot#location()}. The scan
 * date is passed in as data, so the check stays a pure function.
 */
public non-sealed interface ClusterCheck extends Check {
    boolean appliesTo(ClusterSnapshot cluster);

    void check(ClusterSnapshot cluster, LocalDate today, FindingSink sink);
}
