package dev.cairn.core.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.k8s.Rbac.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

class RbacRuleTest {
    @Test
    void explicitRulesGrantWhatTheyName() {
        Rule rule = new Rule(List.of(""), List.of("secrets", "pods/exec"), List.of("get", "create"), List.of());
        assertThat(rule.grants("", "secrets", "get")).isTrue();
        assertThat(rule.grants("", "pods/exec", "create")).isTrue();
        assertThat(rule.grants("", "secrets", "delete")).isFalse();
        assertThat(rule.grants("apps", "secrets", "get")).isFalse();
        assertThat(rule.grants("", "pods", "get")).isFalse();
    }

    @Test
    void wildcardsGrantAsTheAuthorizerReadsThem() {
        Rule all = new Rule(List.of("*"), List.of("*"), List.of("*"), List.of());
        assertThat(all.grants("*", "*", "*")).isTrue();
        assertThat(all.grants("", "secrets", "list")).isTrue();
        Rule scale = new Rule(List.of("apps"), List.of("*/scale"), List.of("update"), List.of());
        assertThat(scale.grants("apps", "deployments/scale", "update")).isTrue();
        assertThat(scale.grants("apps", "deployments", "update")).isFalse();
        assertThat(new Rule(List.of(""), List.of("secrets"), List.of("get"), List.of()).grants("*", "*", "*")).isFalse();
    }

    @Test
    void aRuleLimitedByNameDoesNotGrantEveryObject() {
        Rule named = new Rule(List.of(""), List.of("secrets"), List.of("get"), List.of("tls"));
        assertThat(named.grants("", "secrets", "get")).isFalse();
    }
}
