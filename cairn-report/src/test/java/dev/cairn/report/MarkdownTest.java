package dev.cairn.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void codeSpansTakeAFenceLongerThanAnyBacktickRunInside() {
        assertThat(Markdown.code("deploy/app.yaml:12")).isEqualTo("`deploy/app.yaml:12`");
        assertThat(Markdown.code("run `id` now")).isEqualTo("``run `id` now``");
        assertThat(Markdown.code("a ``` b")).isEqualTo("````a ``` b````");
    }

    @Test
    void codeSpansArePaddedWhereAnEdgeWouldMergeWithTheFenceOrLoseASpace() {
        assertThat(Markdown.code("`tick")).isEqualTo("`` `tick ``");
        assertThat(Markdown.code("tock`")).isEqualTo("`` tock` ``");
        assertThat(Markdown.code(" both ")).isEqualTo("`  both  `");
        assertThat(Markdown.code("")).isEmpty();
    }

    @Test
    void markupInsideCodeSpansIsLeftAsItIsAndControlsAreMadeVisible() {
        assertThat(Markdown.code("<script>alert(1)</script> [x](https://e.example) @team *b*"))
                .isEqualTo("`<script>alert(1)</script> [x](https://e.example) @team *b*`");
        assertThat(Markdown.code("line\nbreak\u202E")).isEqualTo("`line^Jbreak<U+202E>`");
    }

    @Test
    void tableCellsEscapePipesEvenInsideCodeSpans() {
        assertThat(Markdown.cell("a|b || c")).isEqualTo("`a\\|b \\|\\| c`");
        assertThat(Markdown.code("a|b")).isEqualTo("`a|b`");
    }

    @Test
    void longValuesAreShortenedWithAnEllipsisWithoutSplittingASurrogatePair() {
        assertThat(Markdown.code("x".repeat(1000))).isEqualTo("`" + "x".repeat(Markdown.MAX_CODE - 1) + "…`");
        String emojiAtTheCut = "x".repeat(Markdown.MAX_CODE - 2) + "\uD83D\uDE00" + "tail";
        assertThat(Markdown.code(emojiAtTheCut)).isEqualTo("`" + "x".repeat(Markdown.MAX_CODE - 2) + "…`");
    }

    @Test
    void proseEscapesEveryCharacterThatCouldStartMarkup() {
        assertThat(Markdown.text("a*b_c[d](e)<f>|g`h~i&j$k\\l")).isEqualTo("a\\*b\\_c\\[d\\](e)\\<f\\>\\|g\\`h\\~i\\&j\\$k\\\\l");
        assertThat(Markdown.text("run-as-non-root: 1.5")).isEqualTo("run-as-non-root: 1.5");
    }
}
