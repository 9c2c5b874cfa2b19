package dev.cairn.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bearer tokens that may write to a cairn server: {@code cairn_<id>_<secret>}, a 48-bit id that finds the stored
 * row and a 256-bit secret of which only the SHA-256 is stored. The token is shown once, when it is issued.
 */
public final class ApiTokens {
    private static final Pattern FORMAT = Pattern.compile("cairn_([0-9a-f]{12})_([A-Za-z0-9_-]{43})");
    private static final HexFormat HEX = HexFormat.of();
    /** Compared against when the id is unknown, so that an unknown id costs the same work as a wrong secret. */
    private static final byte[] NO_SECRET = new byte[32];

    /** A token just issued: the text to give its user, and what the store keeps of it. */
    public record Issued(String token, StoredToken stored) {}

    private ApiTokens() {}

    public static Issued issue(String name, Instant now, SecureRandom random) {
        byte[] id = new byte[6];
        byte[] secret = new byte[32];
        random.nextBytes(id);
        random.nextBytes(secret);
        String secretText = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String idText = HEX.formatHex(id);
        return new Issued("cairn_" + idText + "_" + secretText,
                new StoredToken(idText, name, HEX.formatHex(sha256(secretText)), now));
    }

    /**
     * The name of the token presented, when the store holds it and its secret matches; the hashes are compared in
     * constant time ({@link MessageDigest#isEqual}).
     */
    public static Optional<String> verify(HistoryStore store, String presented) {
        Matcher m = FORMAT.matcher(presented == null ? "" : presented);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<StoredToken> stored = store.token(m.group(1));
        byte[] expected = stored.map(t -> HEX.parseHex(t.secretSha256())).orElse(NO_SECRET);
        boolean equal = MessageDigest.isEqual(sha256(m.group(2)), expected);
        return equal && stored.isPresent() ? Optional.of(stored.get().name()) : Optional.empty();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
