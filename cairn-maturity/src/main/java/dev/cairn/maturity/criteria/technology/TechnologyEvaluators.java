package dev.cairn.maturity.criteria.technology;

import dev.cairn.maturity.assess.Evaluator;
import java.util.List;

/** The evaluators of the Technology criteria, in catalog order. */
public final class TechnologyEvaluators {
    private TechnologyEvaluators() {}

    public static List<Evaluator> all() {
        return List.of(
                new PrivilegeFreeContainersEvaluator(),
                new ContainerBuildDefinitionEvaluator());
    }
}
