package dev.cairn.maturity.kpi.resources;

import dev.cairn.core.model.Location;
import dev.cairn.core.model.ObjectRef;
import java.math.BigDecimal;

/**
 * A PersistentVolumeClaim's requested capacity.
 *
 * @param storageBytes {@code spec.resources.requests.storage}, or null when missing or invalid
 */
public record VolumeClaim(ObjectRef ref, Location location, String variant, BigDecimal storageBytes)
        implements ResourceFact {}
