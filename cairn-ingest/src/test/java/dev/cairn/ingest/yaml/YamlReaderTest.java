package dev.cairn.ingest.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.cairn.core.check.ParseProblem;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.model.Span;
import dev.cairn.core.yaml.ScalarType;
import dev.cairn.core.yaml.YDocument;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import dev.cairn.core.yaml.YSeq;
import dev.cairn.ingest.text.SourceText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class YamlReaderTest {
    private static final SourcePath PATH = SourcePath.of("deploy/app.yaml");

    private static YamlFile read(String text) {
        return new YamlReader(YamlLimits.defaults()).read(PATH, text);
    }

    private static YamlFile read(YamlLimits limits, String text) {
        return new YamlReader(limits).read(PATH, text);
    }

    /** The only document's root, asserting the file read cleanly. */
    private static YNode root(String text) {
        YamlFile file = read(text);
        assertThat(file.problems()).isEmpty();
        assertThat(file.documents()).hasSize(1);
        return file.documents().getFirst().root();
    }

    /** Follows an RFC 6901 pointer through maps and sequences. */
    private static YNode at(YNode root, String pointer) {
        YNode node = root;
        if (pointer.isEmpty()) return node;
        for (String raw : pointer.substring(1).split("/", -1)) {
            String token = raw.replace("~1", "/").replace("~0", "~");
            node = switch (node) {
                case YMap m -> m.get(token).orElseThrow(() -> new AssertionError("no key " + token + " in " + m));
                case YSeq s -> s.items().get(Integer.parseInt(token));
                case YScalar s -> throw new AssertionError("scalar at " + s.pointer());
            };
        }
        assertThat(node.pointer()).isEqualTo(pointer);
        return node;
    }

    private static YScalar scalar(YNode root, String pointer) {
        return (YScalar) at(root, pointer);
    }

    private static Span span(int startLine, int startColumn, int endLine, int endColumn) {
        return new Span(startLine, startColumn, endLine, endColumn);
    }

    private static List<String> keys(YNode map) {
        return ((YMap) map).entries().stream().map(e -> e.key().text()).toList();
    }

    /** Every node of a tree in document order, iteratively. */
    private static List<YNode> nodes(YNode root) {
        List<YNode> out = new ArrayList<>();
        ArrayList<YNode> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            YNode n = todo.removeLast();
            out.add(n);
            List<YNode> children = switch (n) {
                case YMap m -> m.entries().stream().map(YEntry::value).toList();
                case YSeq s -> s.items();
                case YScalar s -> List.of();
            };
            for (int i = children.size() - 1; i >= 0; i--) todo.add(children.get(i));
        }
        return out;
    }

    // --- scalars -------------------------------------------------------------------------------

    @Test
    void resolvesScalarsLikeKubernetes() {
        YNode root = root("""
                privileged: yes
                quoted: "yes"
                single: 'on'
                mode: 0755
                ratio: 1.5
                nothing: ~
                empty:
                word: nginx
                count: 3
                literal: |
                  12
                strTag: !!str 12
                intTag: !!int "12"
                nonSpecific: ! 12
                custom: !thing yes
                """);
        assertThat(scalar(root, "/privileged").type()).isEqualTo(ScalarType.BOOL);
        assertThat(scalar(root, "/privileged").isTrue()).isTrue();
        assertThat(scalar(root, "/quoted").type()).isEqualTo(ScalarType.STRING);
        assertThat(scalar(root, "/quoted").text()).isEqualTo("yes");
        assertThat(scalar(root, "/single").type()).isEqualTo(ScalarType.STRING);
        assertThat(scalar(root, "/mode").type()).isEqualTo(ScalarType.INT);
        assertThat(scalar(root, "/mode").asLong()).contains(493L);
        assertThat(scalar(root, "/ratio").type()).isEqualTo(ScalarType.FLOAT);
        assertThat(scalar(root, "/nothing").type()).isEqualTo(ScalarType.NULL);
        assertThat(scalar(root, "/empty").type()).isEqualTo(ScalarType.NULL);
        assertThat(scalar(root, "/empty").text()).isEmpty();
        assertThat(scalar(root, "/word").type()).isEqualTo(ScalarType.STRING);
        assertThat(scalar(root, "/count").asLong()).contains(3L);
        assertThat(scalar(root, "/literal").type()).isEqualTo(ScalarType.STRING);
        assertThat(scalar(root, "/literal").text()).isEqualTo("12\n");
        assertThat(scalar(root, "/strTag").type()).isEqualTo(ScalarType.STRING);
        assertThat(scalar(root, "/intTag").type()).isEqualTo(ScalarType.INT);
        assertThat(scalar(root, "/nonSpecific").type()).isEqualTo(ScalarType.STRING);
        assertThat(scalar(root, "/custom").type()).isEqualTo(ScalarType.STRING);
    }

    @Test
    void bareEqualsSignIsAString() {
        YNode root = root("- =\n- a=b\n");
        assertThat(scalar(root, "/0").text()).isEqualTo("=");
        assertThat(scalar(root, "/0").type()).isEqualTo(ScalarType.STRING);
        assertThat(scalar(root, "/0").span()).isEqualTo(span(1, 3, 1, 4));
        assertThat(scalar(root, "/1").text()).isEqualTo("a=b");
    }

    // --- pointers and spans --------------------------------------------------------------------

    @Test
    void pointersAndSpans() {
        YNode root = root("""
                apiVersion: v1
                spec:
                  containers:
                    - name: app
                      ports: [80, 443]
                  # trailing comment
                
                kind: Pod
                """);
        assertThat(root.pointer()).isEmpty();
        assertThat(root.span()).isEqualTo(span(1, 1, 8, 10));
        assertThat(keys(root)).containsExactly("apiVersion", "spec", "kind");

        YEntry api = ((YMap) root).entry("apiVersion").orElseThrow();
        assertThat(api.key().span()).isEqualTo(span(1, 1, 1, 11));
        assertThat(api.key().pointer()).isEqualTo("/apiVersion");
        assertThat(api.value().span()).isEqualTo(span(1, 13, 1, 15));
        assertThat(api.span()).isEqualTo(span(1, 1, 1, 15));

        // Block collections end with their last child, not at the comment or key that follows.
        assertThat(at(root, "/spec").span()).isEqualTo(span(3, 3, 5, 23));
        assertThat(at(root, "/spec/containers").span()).isEqualTo(span(4, 5, 5, 23));
        assertThat(at(root, "/spec/containers/0").span()).isEqualTo(span(4, 7, 5, 23));
        assertThat(scalar(root, "/spec/containers/0/name").span()).isEqualTo(span(4, 13, 4, 16));
        // Flow collections span their brackets.
        assertThat(at(root, "/spec/containers/0/ports").span()).isEqualTo(span(5, 14, 5, 23));
        assertThat(scalar(root, "/spec/containers/0/ports/1").span()).isEqualTo(span(5, 19, 5, 22));
        assertThat(scalar(root, "/kind").span()).isEqualTo(span(8, 7, 8, 10));
    }

    @Test
    void pointerTokensAreEscaped() {
        YNode root = root("""
                metadata:
                  annotations:
                    example.com/team: a
                    odd~key: b
                """);
        assertThat(scalar(root, "/metadata/annotations/example.com~1team").text()).isEqualTo("a");
        assertThat(scalar(root, "/metadata/annotations/odd~0key").text()).isEqualTo("b");
    }

    @Test
    void multiLineScalarsSpanTheirText() {
        YNode root = root("""
                a: |
                  one
                  two
                b: "x
                  y"
                c: 1
                """);
        assertThat(scalar(root, "/a").span()).isEqualTo(span(1, 4, 4, 1));
        assertThat(scalar(root, "/b").text()).isEqualTo("x y");
        assertThat(scalar(root, "/b").span()).isEqualTo(span(4, 4, 5, 5));
    }

    @Test
    void duplicateKeysLaterValueWinsFirstPositionKept() {
        YNode root = root("a: 1\nb: 2\na: 3\n");
        assertThat(keys(root)).containsExactly("a", "b");
        assertThat(scalar(root, "/a").text()).isEqualTo("3");
        assertThat(scalar(root, "/a").span()).isEqualTo(span(3, 4, 3, 5));
    }

    @Test
    void complexKeysBecomeTheirSourceText() {
        YNode root = root("? [a, b]\n: 1\n{x: 1}: 2\nplain: 3\n");
        assertThat(keys(root)).containsExactly("[a, b]", "{x: 1}", "plain");
        YEntry flowSeqKey = ((YMap) root).entry("[a, b]").orElseThrow();
        assertThat(flowSeqKey.key().span()).isEqualTo(span(1, 3, 1, 9));
        assertThat(flowSeqKey.key().type()).isEqualTo(ScalarType.STRING);
        assertThat(scalar(root, "/[a, b]").text()).isEqualTo("1");
        assertThat(scalar(root, "/{x: 1}").text()).isEqualTo("2");
    }

    // --- documents -------------------------------------------------------------------------------

    @Test
    void multiDocumentIndexesAndSpans() {
        YamlFile file = read("""
                a: 1
                ---
                ---
                # only a comment
                ---
                - x
                ...
                --- hello
                """);
        assertThat(file.problems()).isEmpty();
        assertThat(file.path()).isEqualTo(PATH);
        List<YDocument> docs = file.documents();
        assertThat(docs).extracting(YDocument::index).containsExactly(0, 1, 2, 3, 4);
        assertThat(docs.get(0).span()).isEqualTo(span(1, 1, 2, 1));
        assertThat(docs.get(1).root()).isNull();
        assertThat(docs.get(1).rootNode()).isEmpty();
        assertThat(docs.get(1).span()).isEqualTo(span(2, 1, 3, 1));
        assertThat(docs.get(2).root()).isNull();
        assertThat(docs.get(3).root()).isInstanceOf(YSeq.class);
        assertThat(docs.get(3).span()).isEqualTo(span(5, 1, 7, 4));
        YScalar hello = (YScalar) docs.get(4).root();
        assertThat(hello.text()).isEqualTo("hello");
        assertThat(hello.pointer()).isEmpty();
        assertThat(hello.span()).isEqualTo(span(8, 5, 8, 10));
    }

    @Test
    void emptyAndCommentOnlyFilesHaveNoDocuments() {
        assertThat(read("")).isEqualTo(new YamlFile(PATH, List.of(), List.of()));
        assertThat(read("# nothing here\n\n")).isEqualTo(new YamlFile(PATH, List.of(), List.of()));
    }

    @Test
    void topLevelListAndYaml11Directive() {
        YamlFile file = read("%YAML 1.1\n---\n- on\n- off\n");
        assertThat(file.problems()).isEmpty();
        YNode root = file.documents().getFirst().root();
        assertThat(root).isInstanceOf(YSeq.class);
        assertThat(scalar(root, "/0").isTrue()).isTrue();
        assertThat(scalar(root, "/1").isFalse()).isTrue();
        assertThat(file.documents().getFirst().span()).isEqualTo(span(1, 1, 5, 1));
    }

    @Test
    void jsonIsYaml() {
        YNode root = root("{\"kind\": \"Pod\", \"spec\": {\"containers\": [{\"name\": \"a\", \"privileged\": true}]}, \"n\": null, \"x\": 1.5}");
        assertThat(scalar(root, "/kind").text()).isEqualTo("Pod");
        assertThat(scalar(root, "/kind").span()).isEqualTo(span(1, 10, 1, 15));
        assertThat(scalar(root, "/spec/containers/0/privileged").isTrue()).isTrue();
        assertThat(scalar(root, "/n").type()).isEqualTo(ScalarType.NULL);
        assertThat(scalar(root, "/x").type()).isEqualTo(ScalarType.FLOAT);
        assertThat(root.span()).isEqualTo(span(1, 1, 1, 98));
    }

    @Test
    void jsonWithTabIndentation() {
        YNode root = root("{\n\t\"a\": [\n\t\t1\n\t]\n}\n");
        assertThat(scalar(root, "/a/0").span()).isEqualTo(span(3, 3, 3, 4));
        assertThat(root.span()).isEqualTo(span(1, 1, 5, 2));
    }

    // --- line endings and characters -------------------------------------------------------------

    @Test
    void crlfGivesTheSameSpansAsLf() {
        String lf = "a:\n  b: 1\n  c: [x, \"y\"]\n---\nd: |\n  t\n";
        YamlFile unix = read(lf);
        YamlFile windows = read(lf.replace("\n", "\r\n"));
        assertThat(windows.problems()).isEmpty();
        assertThat(windows.documents()).hasSize(2);
        for (int d = 0; d < 2; d++) {
            assertThat(windows.documents().get(d).span()).isEqualTo(unix.documents().get(d).span());
            List<YNode> w = nodes(windows.documents().get(d).root());
            List<YNode> u = nodes(unix.documents().get(d).root());
            assertThat(w).extracting(YNode::span).isEqualTo(u.stream().map(YNode::span).toList());
            assertThat(w).extracting(YNode::pointer).isEqualTo(u.stream().map(YNode::pointer).toList());
        }
        YNode root = windows.documents().getFirst().root();
        assertThat(scalar(root, "/a/c/1").span()).isEqualTo(span(3, 10, 3, 13));
        assertThat(windows.documents().get(1).span()).isEqualTo(span(4, 1, 7, 1));
    }

    @Test
    void bomFromTheFileIsDropped() {
        byte[] bytes = "\uFEFFkind: Pod\n".getBytes(StandardCharsets.UTF_8);
        YNode root = root(SourceText.decode(bytes).text());
        assertThat(scalar(root, "/kind").span()).isEqualTo(span(1, 7, 1, 10));
    }

    @Test
    void bomLeftInTheTextIsSkippedButCountsAsAColumn() {
        YNode root = root("\uFEFFkind: Pod\n");
        assertThat(scalar(root, "/kind").span()).isEqualTo(span(1, 8, 1, 11));
    }

    @Test
    void columnsCountUtf16UnitsAroundEmoji() {
        String emoji = "\uD83D\uDE00";
        YamlFile file = read("e: " + emoji + "x\n" + emoji + ": [" + emoji + ", z]\nafter: 1\n---\nbad: [\n---\nlast: " + emoji + " ok\n");
        YNode root = file.documents().getFirst().root();
        assertThat(scalar(root, "/e").text()).isEqualTo(emoji + "x");
        assertThat(scalar(root, "/e").span()).isEqualTo(span(1, 4, 1, 7));
        YEntry emojiKey = ((YMap) root).entry(emoji).orElseThrow();
        assertThat(emojiKey.key().span()).isEqualTo(span(2, 1, 2, 3));
        assertThat(at(root, "/" + emoji).span()).isEqualTo(span(2, 5, 2, 12));
        assertThat(scalar(root, "/" + emoji + "/0").span()).isEqualTo(span(2, 6, 2, 8));
        assertThat(scalar(root, "/" + emoji + "/1").span()).isEqualTo(span(2, 10, 2, 11));
        assertThat(scalar(root, "/after").span()).isEqualTo(span(3, 8, 3, 9));
        // After the broken second document the reader resumes mid-text; emoji before must not shift columns.
        assertThat(file.problems()).extracting(ParseProblem::document).containsExactly(1);
        YDocument last = file.documents().get(1);
        assertThat(last.index()).isEqualTo(2);
        assertThat(scalar(last.root(), "/last").span()).isEqualTo(span(7, 7, 7, 12));
    }

    // --- errors and recovery ---------------------------------------------------------------------

    @Test
    void brokenMiddleDocumentKeepsTheOthers() {
        YamlFile file = read("""
                kind: A
                ---
                kind: B
                  bad: indent
                ---
                kind: C
                """);
        assertThat(file.problems()).containsExactly(new ParseProblem(span(4, 6, 4, 6),
                "mapping values are not allowed here", 1));
        assertThat(file.documents()).extracting(YDocument::index).containsExactly(0, 2);
        assertThat(scalar(file.documents().get(0).root(), "/kind").span()).isEqualTo(span(1, 7, 1, 8));
        YDocument c = file.documents().get(1);
        assertThat(scalar(c.root(), "/kind").text()).isEqualTo("C");
        assertThat(scalar(c.root(), "/kind").span()).isEqualTo(span(6, 7, 6, 8));
        assertThat(c.span()).isEqualTo(span(5, 1, 7, 1));
    }

    @Test
    void unclosedFlowRunningIntoTheNextMarkerResumesThere() {
        YamlFile file = read("a: [1, 2\n---\nb: 1\n");
        assertThat(file.problems()).containsExactly(new ParseProblem(span(2, 1, 2, 1),
                "expected ',' or ']', but got <document start> (while parsing a flow sequence)", 0));
        assertThat(file.documents()).hasSize(1);
        assertThat(file.documents().getFirst().index()).isEqualTo(1);
        assertThat(scalar(file.documents().getFirst().root(), "/b").span()).isEqualTo(span(3, 4, 3, 5));
    }

    @Test
    void tabIndentationIsAProblemNotAnException() {
        YamlFile file = read("a: b\n\tc: d\n---\ne: 1\n");
        assertThat(file.problems()).containsExactly(new ParseProblem(span(2, 1, 2, 1),
                "found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation)"
                        + " (while scanning for the next token)", 0));
        assertThat(file.documents()).extracting(YDocument::index).containsExactly(1);
    }

    @Test
    void documentEndMarkerIsAlsoARestartPoint() {
        YamlFile file = read("a: [\n...\nb: 2\n");
        assertThat(file.problems()).extracting(ParseProblem::document).containsExactly(0);
        assertThat(file.documents()).hasSize(1);
        assertThat(file.documents().getFirst().index()).isEqualTo(1);
        assertThat(scalar(file.documents().getFirst().root(), "/b").span()).isEqualTo(span(3, 4, 3, 5));
    }

    @Test
    void controlCharacterBreaksOnlyItsDocument() {
        YamlFile file = read("a: 1\n---\nb: x\u0001y\n---\nc: 2\n");
        assertThat(file.problems()).containsExactly(new ParseProblem(span(3, 5, 3, 5),
                "special characters are not allowed (U+0001)", 1));
        assertThat(file.documents()).extracting(YDocument::index).containsExactly(0, 2);
    }

    @Test
    void loneSurrogateBreaksOnlyItsDocument() {
        YamlFile file = read("a: 1\n---\nb: \uD800\n---\nc: 2\n");
        assertThat(file.problems()).extracting(ParseProblem::span, ParseProblem::document)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(span(3, 4, 3, 4), 1));
        assertThat(file.documents()).extracting(YDocument::index).containsExactly(0, 2);
    }

    @Test
    void unsupportedYamlVersion() {
        YamlFile file = read("%YAML 2.0\n---\nb: 1\n---\nc: 2\n");
        assertThat(file.problems()).containsExactly(new ParseProblem(span(1, 1, 1, 1), "unsupported YAML version 2.0", 0));
        assertThat(file.documents()).extracting(YDocument::index).containsExactly(1);
        assertThat(scalar(file.documents().getFirst().root(), "/c").text()).isEqualTo("2");
    }

    @Test
    void documentOverTheCodePointLimit() {
        YamlFile file = read(new YamlLimits(1000, 1000, 40), "a: 1\n---\nbig: " + "x".repeat(100) + "\n---\nc: 2\n");
        assertThat(file.problems()).hasSize(1);
        assertThat(file.problems().getFirst().message()).isEqualTo("The incoming YAML document exceeds the limit: 40 code points.");
        assertThat(file.problems().getFirst().document()).isEqualTo(1);
        assertThat(file.documents()).extracting(YDocument::index).containsExactly(0, 2);
    }

    @Test
    void stopsAfterAHundredRecoveries() {
        YamlFile file = read("---\n[\n".repeat(150));
        assertThat(file.documents()).isEmpty();
        assertThat(file.problems()).hasSize(102);
        assertThat(file.problems().get(100).document()).isEqualTo(100);
        assertThat(file.problems().get(101)).isEqualTo(new ParseProblem(span(203, 1, 203, 1),
                "too many YAML errors: stopped after 100 recoveries", null));
    }

    @Test
    void neverThrowsOnAnyPrefixOfATrickyFile() {
        String tricky = """
                %YAML 1.1
                %TAG !e! tag:example.com,2000:
                --- !e!root
                base: &b {a: 1, "q": 'x'}
                list:
                  - *b
                  - <<: *b
                    c: |+
                      keep
                
                  - ? [k]
                    : v
                \t
                ...
                --- >
                  folded
                """;
        YamlReader reader = new YamlReader(YamlLimits.defaults());
        for (int i = 0; i <= tricky.length(); i++) {
            String prefix = tricky.substring(0, i);
            assertThatCode(() -> reader.read(PATH, prefix)).as("prefix %d", i).doesNotThrowAnyException();
        }
    }

    @Test
    void neverThrowsOnRandomText() {
        Random random = new Random(42);
        String alphabet = "-:?[]{},&*!|>'\"%@` #\t\r\n\\.~<=0aZ\u00e9\uD83D\uDE00\u0085\u2028";
        YamlReader reader = new YamlReader(YamlLimits.defaults());
        for (int round = 0; round < 2000; round++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(60);
            for (int i = 0; i < n; i++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String text = b.toString();
            YamlFile file = reader.read(PATH, text);
            assertThat(file).as("%s", text).isNotNull();
        }
    }

    // --- anchors, aliases, merge keys ------------------------------------------------------------

    @Test
    void aliasesAreCopiesPointedWhereTheyAreUsed() {
        YNode root = root("""
                base: &b
                  x: 1
                  y: [a, b]
                s: &s hello
                use: *b
                list:
                  - *s
                  - *b
                *s : by-alias-key
                """);
        YMap use = (YMap) at(root, "/use");
        assertThat(use.span()).isEqualTo(at(root, "/base").span());
        // A node's span starts at its properties: here the anchor.
        assertThat(use.span()).isEqualTo(span(1, 7, 3, 12));
        assertThat(scalar(root, "/use/x").span()).isEqualTo(span(2, 6, 2, 7));
        assertThat(scalar(root, "/use/y/1").text()).isEqualTo("b");
        assertThat(use.entry("y").orElseThrow().key().pointer()).isEqualTo("/use/y");
        assertThat(scalar(root, "/list/0").text()).isEqualTo("hello");
        assertThat(scalar(root, "/list/0").span()).isEqualTo(span(4, 4, 4, 12));
        assertThat(scalar(root, "/list/1/y/0").text()).isEqualTo("a");
        assertThat(scalar(root, "/base/y/0").pointer()).isEqualTo("/base/y/0");
        assertThat(scalar(root, "/hello").text()).isEqualTo("by-alias-key");
        // The list ends at the alias in the source, not at the anchor the copy came from.
        assertThat(at(root, "/list").span()).isEqualTo(span(7, 3, 8, 7));
    }

    @Test
    void undefinedAndRecursiveAliasesDropTheirDocument() {
        YamlFile file = read("a: *nope\n---\nb: &x [1, *x]\n---\nc: 1\n");
        assertThat(file.problems()).containsExactly(
                new ParseProblem(span(1, 4, 1, 4), "undefined alias *nope", 0),
                new ParseProblem(span(3, 11, 3, 11), "recursive alias *x", 1));
        assertThat(file.documents()).extracting(YDocument::index).containsExactly(2);
    }

    @Test
    void anchorsDoNotLeakAcrossDocuments() {
        YamlFile file = read("a: &x 1\n---\nb: *x\n");
        assertThat(file.problems()).containsExactly(new ParseProblem(span(3, 4, 3, 4), "undefined alias *x", 1));
        assertThat(file.documents()).extracting(YDocument::index).containsExactly(0);
    }

    @Test
    void billionLaughsIsStopped() {
        String bomb = """
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
                h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
                i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
                ---
                after: 1
                """;
        YamlFile file = read(bomb);
        // Copies made through e total 74,718 nodes; the first *e (66,430 more) crosses 100,000.
        assertThat(file.problems()).containsExactly(new ParseProblem(span(6, 8, 6, 8),
                "alias expansion exceeds 100000 nodes (a YAML bomb?)", 0));
        assertThat(file.documents()).extracting(YDocument::index).containsExactly(1);
    }

    @Test
    void aliasBudgetCountsEveryCopiedNode() {
        YamlLimits limits = new YamlLimits(1000, 10, 10_000);
        // Each copy of [1, 2, 3] is four nodes: the third copy makes twelve.
        YamlFile file = read(limits, "a: &a [1, 2, 3]\nb: *a\nc: *a\nd: *a\n");
        assertThat(file.problems()).containsExactly(new ParseProblem(span(4, 4, 4, 4),
                "alias expansion exceeds 10 nodes (a YAML bomb?)", 0));
        assertThat(read(limits, "a: &a [1, 2, 3]\nb: *a\nc: *a\n").problems()).isEmpty();
    }

    @Test
    void mergeKeys() {
        YNode root = root("""
                defaults: &d
                  a: 1
                  b: 2
                over: &o
                  c: 3
                  b: 20
                m:
                  b: 9
                  <<: [*d, *o]
                  z: 0
                  a: 7
                n:
                  <<: *d
                  q: 1
                inline:
                  <<: {k: v}
                quoted:
                  "<<": 1
                notAMap:
                  <<: 5
                """);
        // Explicit keys win wherever they are; within a list earlier maps win; merged keys sit where << was.
        assertThat(keys(at(root, "/m"))).containsExactly("b", "c", "z", "a");
        assertThat(scalar(root, "/m/b").text()).isEqualTo("9");
        assertThat(scalar(root, "/m/a").text()).isEqualTo("7");
        assertThat(scalar(root, "/m/c").text()).isEqualTo("3");
        assertThat(scalar(root, "/m/c").span()).isEqualTo(span(5, 6, 5, 7));
        assertThat(((YMap) at(root, "/m")).entry("c").orElseThrow().key().pointer()).isEqualTo("/m/c");

        assertThat(keys(at(root, "/n"))).containsExactly("a", "b", "q");
        assertThat(scalar(root, "/n/a").text()).isEqualTo("1");
        assertThat(scalar(root, "/n/b").span()).isEqualTo(span(3, 6, 3, 7));
        assertThat(scalar(root, "/inline/k").text()).isEqualTo("v");
        assertThat(keys(at(root, "/quoted"))).containsExactly("<<");
        assertThat(scalar(root, "/notAMap/<<").text()).isEqualTo("5");
        assertThat(scalar(root, "/defaults/a").pointer()).isEqualTo("/defaults/a");
    }

    @Test
    void mergedCopiesAreChargedToTheAliasBudget() {
        String text = "a: &a {x: 1, y: 2}\nm:\n  k: 0\n  <<: *a\n";
        assertThat(read(new YamlLimits(1000, 2, 10_000), text).problems()).isEmpty();
        assertThat(read(new YamlLimits(1000, 1, 10_000), text).problems())
                .containsExactly(new ParseProblem(span(4, 3, 4, 3), "alias expansion exceeds 1 nodes (a YAML bomb?)", 0));
    }

    @Test
    void laterMergeKeyWinsOverEarlierOne() {
        YNode root = root("a: &a {x: 1}\nb: &b {x: 2}\nm:\n  <<: *a\n  <<: *b\n");
        assertThat(scalar(root, "/m/x").text()).isEqualTo("2");
    }

    // --- nesting ---------------------------------------------------------------------------------

    @Test
    void deepFlowNestingIsAProblem() {
        YamlFile file = read("[".repeat(10_000) + "]".repeat(10_000) + "\n---\nok: 1\n");
        assertThat(file.problems()).containsExactly(new ParseProblem(span(1, 1001, 1, 1001), "nesting deeper than 1000 levels", 0));
        assertThat(file.documents()).extracting(YDocument::index).containsExactly(1);
    }

    @Test
    void megabytesOfOneLineFlowNestingAreRejectedBeforeSnakeYamlSeesThem() {
        // SnakeYAML's scanner is quadratic here (minutes for 5 MB); the guard blanks the document first.
        String bomb = "a: 1\n---\nkey: " + "[".repeat(2_000_000) + "\n---\nok: 1\n";
        YamlFile file = read(bomb);
        assertThat(file.problems()).containsExactly(new ParseProblem(span(3, 1006, 3, 1006), "nesting deeper than 1000 levels", 1));
        assertThat(file.documents()).extracting(YDocument::index).containsExactly(0, 2);
        assertThat(scalar(file.documents().get(1).root(), "/ok").text()).isEqualTo("1");
    }

    @Test
    void bracketsInsideQuotesAndCommentsDoNotCountAsNesting() {
        String text = "a: \"" + "[".repeat(1500) + "\" # " + "{".repeat(1500) + "\n";
        assertThat(read(text).problems()).isEmpty();
    }

    @Test
    void deepBlockMappingIsAProblem() {
        // "? " nests a block mapping as the key of the one before, all on one line.
        YamlFile file = read("? ".repeat(10_000) + "x\n");
        assertThat(file.problems()).containsExactly(new ParseProblem(span(1, 2001, 1, 2001), "nesting deeper than 1000 levels", 0));
        assertThat(file.documents()).isEmpty();
    }

    @Test
    void deepIndentedMappingIsAProblem() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 1500; i++) b.append(" ".repeat(i)).append("a:\n");
        b.append("---\nok: 1\n");
        YamlFile file = read(b.toString());
        assertThat(file.problems()).containsExactly(new ParseProblem(span(1001, 1001, 1001, 1001), "nesting deeper than 1000 levels", 0));
        assertThat(file.documents()).extracting(YDocument::index).containsExactly(1);
        assertThat(scalar(file.documents().getFirst().root(), "/ok").span()).isEqualTo(span(1502, 5, 1502, 6));
    }

    @Test
    void deepBlockSequenceIsAProblem() {
        YamlFile file = read("- ".repeat(10_000) + "x\n");
        assertThat(file.problems()).containsExactly(new ParseProblem(span(1, 2001, 1, 2001), "nesting deeper than 1000 levels", 0));
    }

    @Test
    void depthLimitIsExact() {
        YamlLimits limits = new YamlLimits(2, 100, 10_000);
        assertThat(read(limits, "a: {b: 1}\n").problems()).isEmpty();
        assertThat(read(limits, "a: {b: {c: 1}}\n").problems())
                .containsExactly(new ParseProblem(span(1, 8, 1, 8), "nesting deeper than 2 levels", 0));
    }

    @Test
    void aliasCopiesCountTowardsDepth() {
        YamlLimits limits = new YamlLimits(3, 100, 10_000);
        assertThat(read(limits, "x: &x [[1]]\n").problems()).isEmpty();
        assertThat(read(limits, "x: &x [[1]]\ny: [*x]\n").problems())
                .containsExactly(new ParseProblem(span(2, 5, 2, 5), "nesting deeper than 3 levels", 0));
    }

    @Test
    void readerIsReusable() {
        YamlReader reader = new YamlReader();
        assertThat(reader.read(PATH, "a: 1\n").documents()).hasSize(1);
        assertThat(reader.read(SourcePath.of("b.yaml"), "- 1\n- 2\n").documents().getFirst().root()).isInstanceOf(YSeq.class);
    }
}
