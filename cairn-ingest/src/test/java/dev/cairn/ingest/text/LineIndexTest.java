package dev.cairn.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineIndexTest {

    @Test
    void lfCrlfAndLoneCrEndLines() {
        LineIndex lines = LineIndex.of("ab\ncd\r\nef\rg");
        assertThat(lines.lineCount()).isEqualTo(4);
        assertThat(lines.lineStart(1)).isZero();
        assertThat(lines.lineStart(2)).isEqualTo(3);
        assertThat(lines.lineStart(3)).isEqualTo(7);
        assertThat(lines.lineStart(4)).isEqualTo(10);
        assertThat(lines.line(0)).isEqualTo(1);
        assertThat(lines.line(2)).isEqualTo(1); // the \n belongs to its line
        assertThat(lines.line(3)).isEqualTo(2);
        assertThat(lines.column(5)).isEqualTo(3); // the \r of \r\n
        assertThat(lines.line(6)).isEqualTo(2);
        assertThat(lines.line(10)).isEqualTo(4);
        assertThat(lines.column(11)).isEqualTo(2); // end of text
    }

    @Test
    void emptyTextHasOneLine() {
        LineIndex lines = LineIndex.of("");
        assertThat(lines.lineCount()).isEqualTo(1);
        assertThat(lines.line(0)).isEqualTo(1);
        assertThat(lines.column(0)).isEqualTo(1);
    }

    @Test
    void trailingBreakStartsAnEmptyLastLine() {
        LineIndex lines = LineIndex.of("a\n");
        assertThat(lines.lineCount()).isEqualTo(2);
        assertThat(lines.line(2)).isEqualTo(2);
        assertThat(lines.column(2)).isEqualTo(1);
    }
}
