package dev.cairn.maturity.criteria.technology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.model.Aspect;
import dev.cairn.maturity.assess.Evaluator;
import dev.cairn.maturity.catalog.Catalog;
import dev.cairn.maturity.catalog.Criterion;
import java.util.List;
import org.junit.jupiter.api.Test;

class TechnologyEvaluatorsTest {
    @Test
    void oneEvaluatorPerTechnologyCriterionInCatalogOrder() {
        List<String> registered = TechnologyEvaluators.all().stream().map(Evaluator::criterion).toList();
        List<String> catalog = Catalog.level1().criteria(Aspect.TECHNOLOGY).stream().map(Criterion::id).toList();

        assertThat(registered).as("every Technology criterion, in catalog order, each once").containsExactlyElementsOf(catalog);
    }
}
