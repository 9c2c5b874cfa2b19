package dev.cairn.engine;

import dev.cairn.core.check.Check;
import dev.cairn.core.check.CheckRegistry;
import dev.cairn.core.check.ConfiguredCheck;
import dev.cairn.core.check.ParameterizedCheck;
import dev.cairn.core.config.CairnConfig;
import java.util.ArrayList;
import java.util.List;

/** Applies {@code checks.disable}, {@code checks.severity} and {@code checks.params} to the registry. */
final class CheckSelection {
    private CheckSelection() {}

    static List<ConfiguredCheck> configure(CheckRegistry registry, CairnConfig config) {
        List<ConfiguredCheck> out = new ArrayList<>();
        for (Check check : registry.all()) {
            String id = check.spec().id().value();
            if (config.disabled().contains(id)) {
                continue;
            }
            Check configured = withParams(check, config.params().get(id));
            out.add(new ConfiguredCheck(configured, config.severity().getOrDefault(id, check.spec().severity())));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <P extends Record> Check withParams(Check check, Record params) {
        if (params == null || !(check instanceof ParameterizedCheck<?> p)) {
            return check;
        }
        ParameterizedCheck<P> typed = (ParameterizedCheck<P>) p;
        return typed.withParams(typed.paramsType().cast(params));
    }
}
