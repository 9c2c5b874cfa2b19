package dev.cairn.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.check.ParseProblem;
import dev.cairn.core.model.Span;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceTextTest {

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            if (p instanceof String s) out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            else out.write((Integer) p);
        }
        return out.toByteArray();
    }

    @Test
    void decodesUtf8() {
        DecodedText d = SourceText.decode(bytes("name: caf\u00e9 \uD83D\uDE00\n"));
        assertThat(d.ok()).isTrue();
        assertThat(d.problem()).isNull();
        assertThat(d.text()).isEqualTo("name: caf\u00e9 \uD83D\uDE00\n");
    }

    @Test
    void emptyInputIsEmptyText() {
        DecodedText d = SourceText.decode(new byte[0]);
        assertThat(d.ok()).isTrue();
        assertThat(d.text()).isEmpty();
    }

    @Test
    void stripsLeadingBomOnly() {
        assertThat(SourceText.decode(bytes(0xEF, 0xBB, 0xBF, "a: 1\n")).text()).isEqualTo("a: 1\n");
        assertThat(SourceText.decode(bytes(0xEF, 0xBB, 0xBF)).text()).isEmpty();
        // A BOM later in the file is content, not a marker.
        assertThat(SourceText.decode(bytes("a: ", 0xEF, 0xBB, 0xBF)).text()).isEqualTo("a: \uFEFF");
    }

    @Test
    void reportsLineAndColumnOfFirstInvalidByte() {
        DecodedText d = SourceText.decode(bytes("a: 1\nb: caf", 0xC3, "(x\n", 0xFF));
        assertThat(d.ok()).isFalse();
        assertThat(d.text()).isNull();
        assertThat(d.problem()).isEqualTo(new ParseProblem(Span.point(2, 7), "invalid UTF-8 (byte 0xC3 at offset 11)", null));
    }

    @Test
    void columnsCountUtf16UnitsBeforeTheBadByte() {
        // é is 2 bytes and 1 unit; the emoji is 4 bytes and 2 units.
        assertThat(SourceText.decode(bytes("\u00e9", 0x80)).problem())
                .isEqualTo(new ParseProblem(Span.point(1, 2), "invalid UTF-8 (byte 0x80 at offset 2)", null));
        assertThat(SourceText.decode(bytes("\uD83D\uDE00", 0xFF)).problem())
                .isEqualTo(new ParseProblem(Span.point(1, 3), "invalid UTF-8 (byte 0xFF at offset 4)", null));
    }

    @Test
    void offsetCountsTheBomButColumnsDoNot() {
        assertThat(SourceText.decode(bytes(0xEF, 0xBB, 0xBF, "x", 0xFE)).problem())
                .isEqualTo(new ParseProblem(Span.point(1, 2), "invalid UTF-8 (byte 0xFE at offset 4)", null));
    }

    @Test
    void crlfAndLoneCrCountAsOneLineBreakEach() {
        assertThat(SourceText.decode(bytes("a\r\nb\r\n", 0xFF)).problem().span()).isEqualTo(Span.point(3, 1));
        assertThat(SourceText.decode(bytes("a\rb\n\nc", 0xFF)).problem().span()).isEqualTo(Span.point(4, 2));
    }

    @Test
    void rejectsTruncatedOverlongAndSurrogateSequences() {
        assertThat(SourceText.decode(bytes("ab", 0xE2, 0x82)).problem().message()).isEqualTo("invalid UTF-8 (byte 0xE2 at offset 2)");
        assertThat(SourceText.decode(bytes(0xC0, 0xAF)).problem().message()).isEqualTo("invalid UTF-8 (byte 0xC0 at offset 0)");
        assertThat(SourceText.decode(bytes("k: ", 0xED, 0xA0, 0x80)).problem().message()).isEqualTo("invalid UTF-8 (byte 0xED at offset 3)");
        // A Latin-1 file: é as the single byte 0xE9.
        assertThat(SourceText.decode(bytes("caf", 0xE9, "\n")).problem())
                .isEqualTo(new ParseProblem(Span.point(1, 4), "invalid UTF-8 (byte 0xE9 at offset 3)", null));
    }

    @Test
    void looksBinaryWhenANulIsInTheFirst8KiB() {
        byte[] text = bytes("apiVersion: v1\n");
        assertThat(SourceText.looksBinary(text)).isFalse();
        assertThat(SourceText.looksBinary(new byte[0])).isFalse();

        byte[] nulAtEnd = new byte[8192];
        java.util.Arrays.fill(nulAtEnd, (byte) 'a');
        nulAtEnd[8191] = 0;
        assertThat(SourceText.looksBinary(nulAtEnd)).isTrue();

        byte[] nulTooLate = new byte[8193];
        java.util.Arrays.fill(nulTooLate, (byte) 'a');
        nulTooLate[8192] = 0;
        assertThat(SourceText.looksBinary(nulTooLate)).isFalse();
    }
}
