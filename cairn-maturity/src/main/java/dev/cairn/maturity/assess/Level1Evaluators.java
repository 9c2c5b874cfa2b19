package dev.cairn.maturity.assess;

import dev.cairn.maturity.criteria.business.BusinessEvaluators;
import dev.cairn.maturity.criteria.people.PeopleEvaluators;
import dev.cairn.maturity.criteria.policy.PolicyEvaluators;
import dev.cairn.maturity.criteria.process.ProcessEvaluators;
import dev.cairn.maturity.criteria.technology.TechnologyEvaluators;
import java.util.ArrayList;
import java.util.List;

/** The explicit list of built-in evaluators, one per Level 1 criterion, aspect by aspect. */
public final class Level1Evaluators {
    private Level1Evaluators() {}

    public static List<Evaluator> all() {
        List<Evaluator> all = new ArrayList<>();
        all.addAll(PeopleEvaluators.all());
        all.addAll(ProcessEvaluators.all());
        all.addAll(PolicyEvaluators.all());
        all.addAll(TechnologyEvaluators.all());
        all.addAll(BusinessEvaluators.all());
        return List.copyOf(all);
    }
}
