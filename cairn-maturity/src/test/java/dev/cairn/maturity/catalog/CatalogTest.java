package dev.cairn.maturity.catalog;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.LevelTwoItem;
import dev.cairn.core.model.Tier;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The shipped catalog against cnmm-level1.md: ids, the counts of section 2.6, questions and texts. */
class CatalogTest {
    private static final Catalog CATALOG = Catalog.level1();

    @Test
    void loadsVersionAndAllEightyCriteria() {
        assertThat(CATALOG.version()).isEqualTo("2026.11");
        assertThat(CATALOG.criteria()).hasSize(80);
        assertThat(Catalog.level1()).isSameAs(CATALOG);
    }

    @Test
    void idsRunFromOneWithoutGapsPerAspectInAspectOrder() {
        Map<Aspect, Integer> sizes = Map.of(Aspect.PEOPLE, 12, Aspect.PROCESS, 17, Aspect.POLICY, 8,
                Aspect.TECHNOLOGY, 35, Aspect.BUSINESS_OUTCOMES, 8);
        List<String> expected = List.of(Aspect.values()).stream()
                .flatMap(a -> IntStream.rangeClosed(1, sizes.get(a)).mapToObj(n -> a.criterionPrefix() + "-" + n))
                .toList();
        assertThat(CATALOG.criteria()).extracting(Criterion::id).containsExactlyElementsOf(expected);
        for (Aspect a : Aspect.values()) {
            assertThat(CATALOG.criteria(a)).allSatisfy(c -> assertThat(c.id()).startsWith(a.criterionPrefix() + "-"));
        }
    }

    @Test
    void tiersPerAspectMatchTheCountsTable() {
        assertThat(tiers(Aspect.PEOPLE)).isEqualTo(Map.of(Tier.CORE, 7L, Tier.SUPPORTING, 3L, Tier.OPTIONAL, 1L, Tier.INFORMATION, 1L));
        assertThat(tiers(Aspect.PROCESS)).isEqualTo(Map.of(Tier.CORE, 9L, Tier.SUPPORTING, 8L));
        assertThat(tiers(Aspect.POLICY)).isEqualTo(Map.of(Tier.CORE, 5L, Tier.SUPPORTING, 2L, Tier.OPTIONAL, 1L));
        assertThat(tiers(Aspect.TECHNOLOGY)).isEqualTo(Map.of(Tier.CORE, 22L, Tier.SUPPORTING, 12L, Tier.OPTIONAL, 1L));
        assertThat(tiers(Aspect.BUSINESS_OUTCOMES)).isEqualTo(Map.of(Tier.CORE, 6L, Tier.SUPPORTING, 2L));
        assertThat(CATALOG.criteria().stream().collect(groupingBy(Criterion::tier, counting())))
                .isEqualTo(Map.of(Tier.CORE, 49L, Tier.SUPPORTING, 27L, Tier.OPTIONAL, 3L, Tier.INFORMATION, 1L));
    }

    @Test
    void automationClassesPerAspectMatchTheCountsTable() {
        assertThat(automation(Aspect.PEOPLE)).isEqualTo(Map.of(Automation.AUTO, 1L, Automation.HYBRID, 9L, Automation.SELF, 2L));
        assertThat(automation(Aspect.PROCESS)).isEqualTo(Map.of(Automation.AUTO, 10L, Automation.HYBRID, 7L));
        assertThat(automation(Aspect.POLICY)).isEqualTo(Map.of(Automation.AUTO, 2L, Automation.HYBRID, 5L, Automation.SELF, 1L));
        assertThat(automation(Aspect.TECHNOLOGY)).isEqualTo(Map.of(Automation.AUTO, 25L, Automation.HYBRID, 9L, Automation.SELF, 1L));
        assertThat(automation(Aspect.BUSINESS_OUTCOMES)).isEqualTo(Map.of(Automation.AUTO, 1L, Automation.HYBRID, 6L, Automation.SELF, 1L));
        assertThat(CATALOG.criteria().stream().collect(groupingBy(Criterion::automation, counting())))
                .isEqualTo(Map.of(Automation.AUTO, 39L, Automation.HYBRID, 36L, Automation.SELF, 5L));
        // The table names the single auto and self-only items of some aspects.
        assertThat(ids(Automation.SELF)).containsExactly("PEO-9", "PEO-11", "POL-8", "TEC-13", "BIZ-7");
        assertThat(CATALOG.criteria(Aspect.PEOPLE).stream().filter(c -> c.automation() == Automation.AUTO))
                .extracting(Criterion::id).containsExactly("PEO-7");
        assertThat(CATALOG.criteria(Aspect.POLICY).stream().filter(c -> c.automation() == Automation.AUTO))
                .extracting(Criterion::id).containsExactly("POL-3", "POL-5");
        assertThat(CATALOG.criteria(Aspect.BUSINESS_OUTCOMES).stream().filter(c -> c.automation() == Automation.AUTO))
                .extracting(Criterion::id).containsExactly("BIZ-4");
    }

    @Test
    void exactlyTheCriteriaWithModeQAskQuestions() {
        for (Criterion c : CATALOG.criteria()) {
            if (c.modes().contains(Mode.SELF_ASSESSMENT)) {
                assertThat(c.questions()).as(c.id()).isNotEmpty();
            } else {
                assertThat(c.questions()).as(c.id()).isEmpty();
            }
        }
        assertThat(CATALOG.questions()).allSatisfy(q -> assertThat(CATALOG.criterion(q.criterionId()).orElseThrow()
                .modes()).as(q.id()).contains(Mode.SELF_ASSESSMENT));
        assertThat(CATALOG.questions()).extracting(Question::id)
                .containsExactlyElementsOf(CATALOG.criteria().stream().flatMap(c -> c.questions().stream()).map(Question::id).toList())
                .doesNotHaveDuplicates();
        assertThat(CATALOG.criteria().stream().filter(Criterion::asks)).hasSize(41);
        assertThat(CATALOG.questions()).hasSize(47);
    }

    @Test
    void severalQuestionsOfOneCriterionCarrySuffixes() {
        assertThat(CATALOG.criterion("PEO-9").orElseThrow().questions()).extracting(Question::id).containsExactly(
                "PEO-9.twelve-factor", "PEO-9.microservice-patterns", "PEO-9.containers-vs-vms", "PEO-9.k8s-basics");
        assertThat(CATALOG.criteria().stream().filter(c -> c.questions().size() > 1)).extracting(Criterion::id)
                .containsExactly("PEO-9", "POL-2", "POL-6", "TEC-22");
        assertThat(CATALOG.question("PEO-9.k8s-basics").orElseThrow().criterionId()).isEqualTo("PEO-9");
        assertThat(CATALOG.question("PEO-1").orElseThrow().criterionId()).isEqualTo("PEO-1");
        assertThat(CATALOG.question("PEO-9")).isEmpty();
        assertThat(CATALOG.question("TEC-8")).isEmpty();
    }

    @Test
    void onlyTheAiItemsAreOptionalAndNeedTheAiOptIn() {
        assertThat(CATALOG.criteria().stream().filter(c -> c.optIn() != null))
                .extracting(Criterion::id, Criterion::tier, Criterion::optIn)
                .containsExactly(tuple("PEO-12", Tier.OPTIONAL, "ai"),
                        tuple("POL-8", Tier.OPTIONAL, "ai"),
                        tuple("TEC-34", Tier.OPTIONAL, "ai"));
        assertThat(CATALOG.criterion("PEO-11").orElseThrow().tier()).isEqualTo(Tier.INFORMATION);
    }

    @Test
    void textsAreSingleParagraphsAndTitlesHaveNoTrailingPeriod() {
        for (Criterion c : CATALOG.criteria()) {
            for (String text : List.of(c.subArea(), c.title(), c.criterion(), c.evidence(), c.learn())) {
                assertThat(text).as(c.id()).isNotBlank().doesNotContain("\n").isEqualTo(text.strip());
            }
            assertThat(c.title()).as(c.id()).doesNotEndWith(".").hasSizeLessThanOrEqualTo(60);
            assertThat(List.of(c.criterion(), c.evidence(), c.learn())).as(c.id()).allSatisfy(t -> assertThat(t).endsWith("."));
            for (Question q : c.questions()) {
                assertThat(q.text()).as(q.id()).doesNotContain("\n").endsWith("?");
                assertThat(q.help()).as(q.id()).doesNotContain("\n").endsWith(".");
            }
        }
        assertThat(CATALOG.criteria()).extracting(Criterion::title).doesNotHaveDuplicates();
    }

    @Test
    void lookupIsExactAndModesKeepTheirCanonicalOrder() {
        Criterion slo = CATALOG.criterion("POL-6").orElseThrow();
        assertThat(slo.aspect()).isEqualTo(Aspect.POLICY);
        assertThat(slo.tier()).isEqualTo(Tier.CORE);
        assertThat(slo.title()).isEqualTo("Draft SLOs and compliance priorities exist");
        assertThat(CATALOG.criterion("pol-6")).isEmpty();
        assertThat(CATALOG.criterion("PEO-13")).isEmpty();
        // Written as [M, R, G, L] in the file; held in R M G L F Q order.
        assertThat(CATALOG.criterion("TEC-17").orElseThrow().modes()).containsExactly(
                Mode.REPOSITORY, Mode.MANIFESTS, Mode.GIT_HISTORY, Mode.LIVE_CLUSTER);
    }

    @Test
    void levelTwoPreviewHasOneEntryPerBulletForAllFiveAspects() {
        Map<Aspect, Integer> bullets = Map.of(Aspect.PEOPLE, 5, Aspect.PROCESS, 4, Aspect.POLICY, 4,
                Aspect.TECHNOLOGY, 6, Aspect.BUSINESS_OUTCOMES, 3);
        for (Aspect a : Aspect.values()) {
            List<LevelTwoItem> items = CATALOG.levelTwo(a);
            assertThat(items).as(a.title()).hasSize(bullets.get(a)).allSatisfy(i -> {
                assertThat(i.aspect()).isEqualTo(a);
                assertThat(i.title()).isNotBlank().doesNotEndWith(".");
                assertThat(i.description()).isNotBlank().doesNotContain("\n").endsWith(".");
            });
        }
        assertThat(CATALOG.levelTwo(Aspect.PROCESS).get(2).description()).contains("PRC-13");
    }

    private static Map<Tier, Long> tiers(Aspect aspect) {
        return CATALOG.criteria(aspect).stream().collect(groupingBy(Criterion::tier, counting()));
    }

    private static Map<Automation, Long> automation(Aspect aspect) {
        return CATALOG.criteria(aspect).stream().collect(groupingBy(Criterion::automation, counting()));
    }

    private static List<String> ids(Automation automation) {
        return CATALOG.criteria().stream().filter(c -> c.automation() == automation).map(Criterion::id).toList();
    }
}
