package dev.cairn.checks.tool;

import dev.cairn.core.check.Check;
import java.util.List;

/** The checks on cairn's own inputs: files that do not parse or render, configuration that goes stale. */
public final class ToolChecks {
    private ToolChecks() {}

    public static List<Check> all() {
        return List.of(new ParseErrorCheck(), new ExpiredWaiverCheck(), new SuppressionReasonCheck(),
                new RenderErrorCheck());
    }
}
