package dev.cairn.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The report's stylesheet and script, inlined into every report, and the Content-Security-Policy that lets
 * exactly these two run: their SHA-256 hashes are computed here from the very text that is inlined, so the
 * policy cannot drift from the files. Hashes instead of {@code 'unsafe-inline'}: should scanned text ever
 * slip through as markup, a browser would still refuse to run or apply it.
 */
public final class Assets {
    /** The report's stylesheet; the dashboard inlines it too, beside its own. */
    public static final String CSS = read("report.css");
    /** The findings filter; the dashboard's pages with a findings section inline it too. */
    public static final String SCRIPT = read("report.js");
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + sha256(CSS) + "'; script-src '"
            + sha256(SCRIPT) + "'; base-uri 'none'; form-action 'none'";

    private Assets() {}

    /** A resource beside this class, as text; the dashboard keeps its stylesheet in its own package. */
    public static String read(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + owner.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String name) {
        return read(Assets.class, name);
    }

    /** The CSP source of an inline style or script: {@code 'sha256-...'} without the quotes. */
    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
