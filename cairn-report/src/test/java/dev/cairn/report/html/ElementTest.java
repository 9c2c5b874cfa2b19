package dev.cairn.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ElementTest {

    private static String render(Node node) {
        StringBuilder out = new StringBuilder();
        node.render(out);
        return out.toString();
    }

    @Test
    void textIsEscapedSoThatMarkupShowsAsText() {
        assertThat(render(Element.of("td", "<script>alert(1)</script> & \"quotes\" 'too'")))
                .isEqualTo("<td>&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"quotes\" 'too'</td>");
    }

    @Test
    void attributeValuesAreEscapedInsideDoubleQuotes() {
        assertThat(render(Element.of("tr").attr("data-path", "a\"><img src=x onerror=alert(1)>&'b")))
                .isEqualTo("<tr data-path=\"a&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&amp;&#39;b\"></tr>\n");
    }

    @Test
    void controlAndBidiCharactersAreMadeVisibleInTextAndAttributes() {
        assertThat(render(Element.of("td", "evil\u202Etxt.exe\u001b[31m\nnext").attr("title", "a\u0000b")))
                .isEqualTo("<td title=\"a^@b\">evil&lt;U+202E&gt;txt.exe^[[31m^Jnext</td>");
    }

    @Test
    void charactersHtmlForbidsBecomeTheReplacementCharacter() {
        assertThat(render(new Text("lone \uD800 surrogate, pair \uD83D\uDE00, \uFFFF")))
                .isEqualTo("lone \uFFFD surrogate, pair \uD83D\uDE00, \uFFFD");
    }

    @Test
    void attributesKeepTheirOrderAndFlagsHaveNoValue() {
        assertThat(render(Element.of("input").attr("type", "checkbox").attr("name", "severity").flag("checked", true)
                .flag("disabled", false).attr("title", null)))
                .isEqualTo("<input type=\"checkbox\" name=\"severity\" checked>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"onclick", "ONLOAD", "onerror", "style", "src", "srcset", "href", "action", "formaction",
            "poster", "data", "ping"})
    void attributesThatRunCodeStyleOrFetchAreRefused(String attribute) {
        assertThatThrownBy(() -> Element.of("div").attr(attribute, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(attribute);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlink:href", "a b", "x=\"y\"", "", "1x", "data-<"})
    void attributeNamesAreCheckedAgainstAPlainPattern(String attribute) {
        assertThatThrownBy(() -> Element.of("div").attr(attribute, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DIV", "script x", "", "a>", "svg:rect"})
    void elementNamesAreCheckedAgainstAPlainPattern(String name) {
        assertThatThrownBy(() -> Element.of(name)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void linksGoToFragmentsOrHttpsPagesWithoutReferrer() {
        assertThat(render(Element.of("a", "findings").href("#findings"))).isEqualTo("<a href=\"#findings\">findings</a>");
        assertThat(render(Element.of("a", "K8S-003").href("https://cairn.dev/checks/K8S-003")))
                .isEqualTo("<a href=\"https://cairn.dev/checks/K8S-003\" rel=\"noopener noreferrer\">K8S-003</a>");
        assertThat(render(Element.of("a", "scan 3").href("/repository?name=a%2Fb&x=1")))
                .isEqualTo("<a href=\"/repository?name=a%2Fb&amp;x=1\">scan 3</a>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "http://example.com/", "//example.com/x", "data:text/html,x",
            "https://example.com/a b", "https://x/\"onmouseover=\"", " https://x/", "findings", "/\\\\example.com/x",
            "/scans/1 x", "/a\u007f"})
    void otherLinksAreRefused(String url) {
        assertThatThrownBy(() -> Element.of("a").href(url)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyAnchorsHaveAnHref() {
        assertThatThrownBy(() -> Element.of("link").href("https://cairn.dev/x.css"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("<link>");
    }

    @Test
    void scriptAndStyleHoldRawTextThatCannotCloseThemEarly() {
        assertThat(render(Element.of("style").raw("a > b { color: red; }"))).isEqualTo("<style>a > b { color: red; }</style>\n");
        assertThatThrownBy(() -> Element.of("script").raw("x = '</script><script>alert(1)'"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Element.of("script").raw("x = '<!--'")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Element.of("script").text("alert(1)")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Element.of("td").raw("<b>x</b>")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void voidElementsHaveNoEndTagAndNoChildren() {
        assertThat(render(Element.of("meta").attr("charset", "utf-8"))).isEqualTo("<meta charset=\"utf-8\">\n");
        assertThatThrownBy(() -> Element.of("input").text("x")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void pathsMayWrapAfterEachSlashWithoutGainingASpace() {
        assertThat(render(Tables.path("deploy/base/app.yaml:3:1")))
                .isEqualTo("<code>deploy/<wbr>base/<wbr>app.yaml:3:1</code>");
        assertThat(render(Tables.path("Dockerfile"))).isEqualTo("<code>Dockerfile</code>");
        assertThat(render(Tables.path("a/"))).isEqualTo("<code>a/<wbr></code>");
    }

    @Test
    void documentStartsWithTheDoctypeAndPutsBlocksOnTheirOwnLines() {
        String html = Element.of("html").attr("lang", "en")
                .add(Element.of("body").add(Element.of("p").add(Element.of("code", "a")).text(" b"))).document();

        assertThat(html).isEqualTo("<!DOCTYPE html>\n<html lang=\"en\">\n<body>\n<p><code>a</code> b</p>\n</body>\n</html>\n");
    }
}
