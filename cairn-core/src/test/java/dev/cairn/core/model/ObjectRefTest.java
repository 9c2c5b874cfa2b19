package dev.cairn.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How messages and waivers name an object. */
class ObjectRefTest {
    @Test
    void messagesNameTheObjectWithItsNamespaceWhenItHasOne() {
        assertThat(new ObjectRef("apps/v1", "Deployment", "shop", "web").describe()).isEqualTo("Deployment shop/web");
        assertThat(new ObjectRef("v1", "Namespace", null, "shop").describe()).isEqualTo("Namespace shop");
        assertThat(new ObjectRef("v1", "Service", "", "web").describe()).isEqualTo("Service web");
    }

    @Test
    void anObjectWithoutANameSaysSoInsteadOfLeavingAGap() {
        assertThat(new ObjectRef("apps/v1", "Deployment", null, "").describe()).isEqualTo("Deployment (no name)");
        assertThat(new ObjectRef("apps/v1", "Deployment", "shop", null).describe()).isEqualTo("Deployment shop/(no name)");
    }

    @Test
    void waiversNameTheObjectWithSlashes() {
        assertThat(new ObjectRef("apps/v1", "Deployment", "shop", "web").display()).isEqualTo("Deployment/shop/web");
        assertThat(new ObjectRef("v1", "Namespace", null, "shop").display()).isEqualTo("Namespace/shop");
    }
}
