package dev.cairn.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.report.html.HtmlReporter;
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
        assertThat(Format.parse("markdown")).isEqualTo(Format.MARKDOWN);
        assertThat(Format.parse("HTML")).isEqualTo(Format.HTML);
        assertThat(Format.MARKDOWN.extension()).isEqualTo("md");
        assertThat(Format.JUNIT.extension()).isEqualTo("xml");
    }

    @Test
    void unknownNameListsTheValidOnes() {
        assertThatThrownBy(() -> Format.parse("xml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown format 'xml': use one of text, json, sarif, junit, markdown, html");
        assertThatThrownBy(() -> Format.parse(null))
                .hasMessage("unknown format 'null': use one of text, json, sarif, junit, markdown, html");
    }

    @Test
    void everyFormatHasItsReporter() {
        assertThat(Reporters.forFormat(Format.TEXT, TerminalStyle.PLAIN, RuleCatalog.empty())).isInstanceOf(TextReporter.class);
        assertThat(Reporters.forFormat(Format.JSON, TerminalStyle.RICH, RuleCatalog.empty())).isInstanceOf(JsonReporter.class);
        assertThat(Reporters.forFormat(Format.SARIF, TerminalStyle.RICH, RuleCatalog.empty())).isInstanceOf(SarifReporter.class);
        assertThat(Reporters.forFormat(Format.JUNIT, TerminalStyle.RICH, RuleCatalog.empty())).isInstanceOf(JUnitReporter.class);
        assertThat(Reporters.forFormat(Format.MARKDOWN, TerminalStyle.RICH, RuleCatalog.empty())).isInstanceOf(MarkdownReporter.class);
        assertThat(Reporters.forFormat(Format.HTML, TerminalStyle.RICH, RuleCatalog.empty())).isInstanceOf(HtmlReporter.class);
    }

    @Test
    void jsonIgnoresTheTerminalStyle() {
        assertThat(Reports.render(Reporters.forFormat(Format.JSON, TerminalStyle.RICH, RuleCatalog.empty()), Reports.full()))
                .isEqualTo(Reports.render(Reporters.forFormat(Format.JSON, TerminalStyle.PLAIN, RuleCatalog.empty()), Reports.full()));
    }
}
