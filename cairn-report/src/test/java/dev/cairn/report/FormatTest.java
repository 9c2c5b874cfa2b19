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
    }

    @Test
    void unknownNameListsTheValidOnes() {
        assertThatThrownBy(() -> Format.parse("xml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown format 'xml': use one of text, json");
        assertThatThrownBy(() -> Format.parse(null))
                .hasMessage("unknown format 'null': use one of text, json");
    }

    @Test
    void everyFormatHasItsReporter() {
        assertThat(Reporters.forFormat(Format.TEXT, TerminalStyle.PLAIN)).isInstanceOf(TextReporter.class);
        assertThat(Reporters.forFormat(Format.JSON, TerminalStyle.RICH)).isInstanceOf(JsonReporter.class);
    }

    @Test
    void jsonIgnoresTheTerminalStyle() {
        assertThat(Reports.render(Reporters.forFormat(Format.JSON, TerminalStyle.RICH), Reports.full()))
                .isEqualTo(Reports.render(Reporters.forFormat(Format.JSON, TerminalStyle.PLAIN), Reports.full()));
    }
}
