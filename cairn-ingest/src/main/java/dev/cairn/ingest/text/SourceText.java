package dev.cairn.ingest.text;

import dev.cairn.core.check.ParseProblem;
import dev.cairn.core.model.Span;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Turns file bytes into text. Decoding is strict: a replacement character would hide a broken file. */
public final class SourceText {
    /** How far {@link #looksBinary} looks, as git does for its binary heuristic. */
    public static final int BINARY_SNIFF_BYTES = 8 * 1024;

    private SourceText() {}

    /** Decodes strict UTF-8 and drops a leading BOM; invalid input gives the position of the first bad byte. */
    public static DecodedText decode(byte[] bytes) {
        int skip = hasBom(bytes) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        // UTF-8 never yields more UTF-16 units than it has bytes, so one buffer is enough.
        CharBuffer out = CharBuffer.allocate(bytes.length - skip);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (result.isError()) {
            return new DecodedText(null, invalid(bytes, in.position(), out));
        }
        return new DecodedText(out.toString(), null);
    }

    /** True when the first {@value #BINARY_SNIFF_BYTES} bytes hold a NUL, which no text file we read has. */
    public static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /** The text decoded before the bad byte tells its line and column, counted like the YAML spans. */
    private static ParseProblem invalid(byte[] bytes, int offset, CharBuffer decoded) {
        LineIndex lines = LineIndex.of(decoded);
        int end = decoded.length();
        Span at = Span.point(lines.line(end), lines.column(end));
        String message = String.format(Locale.ROOT, "invalid UTF-8 (byte 0x%02X at offset %d)", bytes[offset] & 0xFF, offset);
        return new ParseProblem(at, message, null);
    }
}
