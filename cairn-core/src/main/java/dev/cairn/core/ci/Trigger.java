package dev.cairn.core.ci;

import dev.cairn.core.model.Location;
import java.util.Set;

/**
 * An event that starts a pipeline, normalised across CI systems.
 *
 * @param event    one of {@link #PUSH}, {@link #PULL_REQUEST}, {@link #PULL_REQUEST_TARGET}, {@link #TAG},
 *                 {@link #SCHEDULE}, {@link #MANUAL}, {@link #OTHER}
 * @param location where the trigger is declared; for a system's default trigger (a GitLab or Jenkins
 *                 pipeline runs on every push without saying so) the pipeline's own location
 * @param raw      the name as the file spells it ({@code pull_request_target}, {@code merge_request_event},
 *                 {@code cron}), or {@link #DEFAULT} for a trigger the system applies without configuration
 */
public record Trigger(String event, Location location, String raw) {
    public static final String PUSH = "push";
    public static final String PULL_REQUEST = "pull-request";
    /** GitHub's {@code pull_request_target}: runs with the base repository's secrets on fork pull requests. */
    public static final String PULL_REQUEST_TARGET = "pull-request-target";
    public static final String TAG = "tag";
    public static final String SCHEDULE = "schedule";
    public static final String MANUAL = "manual";
    public static final String OTHER = "other";
    /** The raw name of a trigger that no file declares because the CI system applies it by default. */
    public static final String DEFAULT = "(default)";

    private static final Set<String> EVENTS = Set.of(PUSH, PULL_REQUEST, PULL_REQUEST_TARGET, TAG, SCHEDULE, MANUAL, OTHER);

    public Trigger {
        if (!EVENTS.contains(event)) {
            throw new IllegalArgumentException("not a normalised trigger event: " + event);
        }
        if (location == null || raw == null) {
            throw new IllegalArgumentException("a trigger needs a location and its raw name");
        }
    }

    public boolean isDefault() {
        return DEFAULT.equals(raw);
    }
}
