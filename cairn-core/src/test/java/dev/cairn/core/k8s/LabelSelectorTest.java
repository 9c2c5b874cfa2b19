package dev.cairn.core.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.k8s.LabelSelector.Requirement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelSelectorTest {
    private static final Map<String, String> WEB = Map.of("app", "web", "tier", "frontend");

    @Test
    void anEmptySelectorSelectsEverything() {
        LabelSelector empty = new LabelSelector(Map.of(), List.of());
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.matches(Map.of())).isTrue();
        assertThat(empty.matches(WEB)).isTrue();
    }

    @Test
    void matchLabelsNeedEveryPair() {
        assertThat(new LabelSelector(Map.of("app", "web"), List.of()).matches(WEB)).isTrue();
        assertThat(new LabelSelector(Map.of("app", "web", "tier", "backend"), List.of()).matches(WEB)).isFalse();
        assertThat(new LabelSelector(Map.of("team", "a"), List.of()).matches(WEB)).isFalse();
    }

    @Test
    void expressionsFollowTheirOperators() {
        assertThat(selector(new Requirement("tier", "In", List.of("frontend", "edge"))).matches(WEB)).isTrue();
        assertThat(selector(new Requirement("tier", "In", List.of("backend"))).matches(WEB)).isFalse();
        assertThat(selector(new Requirement("tier", "NotIn", List.of("backend"))).matches(WEB)).isTrue();
        assertThat(selector(new Requirement("team", "NotIn", List.of("a"))).matches(WEB)).isTrue();
        assertThat(selector(new Requirement("app", "Exists", List.of())).matches(WEB)).isTrue();
        assertThat(selector(new Requirement("team", "Exists", List.of())).matches(WEB)).isFalse();
        assertThat(selector(new Requirement("team", "DoesNotExist", List.of())).matches(WEB)).isTrue();
        assertThat(selector(new Requirement("app", "DoesNotExist", List.of())).matches(WEB)).isFalse();
    }

    @Test
    void whatCairnCannotReadIsAssumedToMatch() {
        LabelSelector unknown = selector(new Requirement("app", null, List.of("api")));
        assertThat(unknown.exact()).isFalse();
        assertThat(unknown.matches(WEB)).isTrue();
        assertThat(selector(new Requirement("app", "In", List.of())).exact()).isFalse();
        assertThat(selector(new Requirement("app", "In", List.of("web"))).exact()).isTrue();
    }

    @Test
    void labelsAndExpressionsMustBothHold() {
        LabelSelector both = new LabelSelector(Map.of("app", "web"), List.of(new Requirement("tier", "In", List.of("backend"))));
        assertThat(both.matches(WEB)).isFalse();
    }

    private static LabelSelector selector(Requirement requirement) {
        return new LabelSelector(Map.of(), List.of(requirement));
    }
}
