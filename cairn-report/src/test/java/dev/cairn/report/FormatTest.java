package dev.cairn.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void parsesCommandLineNames() {
        assertThat(Format.parse("json")).isEqualTo(Format.JSON);
        assertThat(Format.parse("TEXT")).isEqualTo(Format.TEXT);
        assertThat(Format.JSON.id()).isEqualTo("json");
        assertThat(Format.parse("sarif")).isEqualTo(Format.SARIF);
        assertThat(Format.parse("JUnit")).isEqualTo(Format.JUNIT);
        assertThat(Format.JUNIT.id()).isEqualTo("junit");
    }

    @Test
    void unknownNameListsTheValidOnes() {
        assertThatThrownBy(() -> Format.parse("xml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown format 'xml': use one of text, json, sarif, junit");
        assertThatThrownBy(() -> Format.parse(null))
                .hasMessage("unknown format 'null': use one of text, json, sarif, junit");
    }

    @Test
    void everyFormatHasItsReporter() {
        assertThat(Reporters.forFormat(Format.TEXT, TerminalStyle.PLAIN, RuleCatalog.empty())).isInstanceOf(TextReporter.class);
        assertThat(Reporters.forFormat(Format.JSON, TerminalStyle.RICH, RuleCatalog.empty())).isInstanceOf(JsonReporter.class);
        assertThat(Reporters.forFormat(Format.SARIF, TerminalStyle.RICH, RuleCatalog.empty())).isInstanceOf(SarifReporter.class);
        assertThat(Reporters.forFormat(Format.JUNIT, TerminalStyle.RICH, RuleCatalog.empty())).isInstanceOf(JUnitReporter.class);
    }

    @Test
    void jsonIgnoresTheTerminalStyle() {
        assertThat(Reports.render(Reporters.forFormat(Format.JSON, TerminalStyle.RICH, RuleCatalog.empty()), Reports.full()))
                .isEqualTo(Reports.render(Reporters.forFormat(Format.JSON, TerminalStyle.PLAIN, RuleCatalog.empty()), Reports.full()));
    }
}
