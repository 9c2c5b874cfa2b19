package dev.cairn.core.check;

import dev.cairn.core.model.Location;
import dev.cairn.core.model.ObjectRef;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YNode;

/**
 * Where checks report. Checks hand over the node they judged and a message; the sink stamps check id,
 * severity, location, object identity and fingerprint, so no check ever computes a line number.
 * When the offending field is missing, report the nearest existing parent (e.g. the container mapping).
 */
public interface FindingSink {
    /** A finding at a node of the object being checked. */
    void report(YNode node, String message);

    /** A finding covering {@code key: value}, for a field that is present with a bad value. */
    void report(YEntry entry, String message);

    /** A finding at an explicit location, for source, configuration and cluster checks. */
    void report(Location location, ObjectRef object, String message);

    /**
     * A cross-object finding about one object of the index, at its location: like a per-object finding, it
     * takes the object's render variant into its fingerprint and honours the object's suppression annotations.
     */
    void report(ObjectSummary object, String message);

    /**
     * A cross-object finding about one object of the index, at a place in it that the summary kept (such as
     * its replica count): located and fingerprinted as a per-object finding at that node would be.
     */
    void report(ObjectSummary object, ObjectSummary.Place at, String message);
}
