package dev.cairn.checks.schema;

import dev.cairn.core.check.Check;
import java.util.List;

/** The checks that validate objects of common kinds against their Kubernetes schema. */
public final class SchemaChecks {
    private SchemaChecks() {}

    public static List<Check> all() {
        return List.of(
                new UnknownFieldCheck(),
                new FieldTypeCheck());
    }
}
