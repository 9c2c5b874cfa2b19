package dev.cairn.checks.config;

import dev.cairn.core.memo.BoundedMemo;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a setting's name says it holds a credential ({@code DB_PASSWORD}, {@code apiKey},
 * {@code spring.datasource.password}), and whether its value is a literal rather than a reference.
 * Names whose last word says they hold something else about the secret ({@code PASSWORD_FILE},
 * {@code TOKEN_TTL}, {@code SECRET_NAME}) are not credentials.
 */
final class SecretNames {
    /** Each must end a word of the name ({@link #endsAWord}); SECRETKEY is a word of its own in {@code secretkey}. */
    private static final List<String> MARKERS = List.of("PASSWORD", "PASSWD", "PASSPHRASE", "SECRET", "SECRETKEY", "TOKEN",
            "API_KEY", "APIKEY", "ACCESS_KEY", "PRIVATE_KEY", "CREDENTIAL");

    private static final Set<String> NOT_A_VALUE = Set.of("FILE", "PATH", "DIR", "NAME", "REF", "HEADER", "URL", "URI",
            "ENDPOINT", "HOST", "PORT", "ENABLED", "LENGTH", "TTL", "TIMEOUT", "EXPIRY", "EXPIRES", "EXPIRATION", "TYPE",
            "MODE", "ID", "LOCATION", "FIELD", "PARAM", "ALGORITHM", "PREFIX", "AUDIENCE", "ISSUER", "VERSION", "COUNT",
            "SIZE", "LIFETIME", "DURATION", "SECONDS", "POLICY", "PROVIDER", "KIND", "FORMAT",
            // MAX_INPUT_TOKENS and friends count LLM tokens (a false positive found on real manifests).
            "TOKENS");

    /**
     * Code that reads the secret from elsewhere: {@code os.environ["HF_TOKEN"]}, {@code getenv("KEY")},
     * {@code AutoTokenizer.from_pretrained(}, an identifier called or indexed (a false positive found on a
     * Python file in a ConfigMap).
     */
    private static final Pattern EXPRESSION = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*\\s*[(\\[].*");

    /** Switches such as MYSQL_ALLOW_EMPTY_PASSWORD=yes name a credential but hold a flag. */
    private static final Set<String> FLAG_VALUES = Set.of("yes", "no", "true", "false", "on", "off", "1", "0", "y", "n");

    /** {@code key = value} or {@code key: value} on one line of a config file; quotes around either are dropped. */
    private static final Pattern SETTING = Pattern.compile(
            "^\\s*(?:export\\s+)?[\"']?([A-Za-z0-9_.\\-]+)[\"']?\\s*[:=]\\s*(.*?)\\s*,?\\s*$");

    private SecretNames() {}

    /**
     * Verdicts by name: every env var of every container and every ConfigMap key is asked about, and a
     * repository repeats a few hundred names.
     */
    private static final BoundedMemo<Boolean> VERDICTS = new BoundedMemo<>(10_000, SecretNames::judge);

    static boolean looksSecret(String name) {
        return VERDICTS.apply(name);
    }

    private static boolean judge(String name) {
        String normal = normalize(name);
        if (MARKERS.stream().noneMatch(marker -> endsAWord(normal, marker))) {
            return false;
        }
        String last = normal.substring(normal.lastIndexOf('_') + 1);
        return !NOT_A_VALUE.contains(last);
    }

    /**
     * Whether the marker ends one of the name's words: {@code DBPASSWORD} and {@code GITHUB_TOKEN_VALUE} have it,
     * {@code TOKENIZER} and {@code PASSWORDLESS} do not (a false positive found on real manifests).
     */
    private static boolean endsAWord(String normal, String marker) {
        for (int at = normal.indexOf(marker); at >= 0; at = normal.indexOf(marker, at + 1)) {
            int end = at + marker.length();
            if (end == normal.length() || normal.charAt(end) == '_') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a value is a literal worth reporting: not blank, not a reference to another variable or a
     * template placeholder ({@code $(VAR)}, {@code ${VAR}}, {@code {{ .Values.x }}}), not already encrypted
     * ({@code ENC[...]} of SOPS, {@code ENC(...)} of Jasypt).
     */
    static boolean isLiteral(String value) {
        String v = value.strip();
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            v = v.substring(1, v.length() - 1).strip();
        }
        return !v.isEmpty() && !v.startsWith("$(") && !v.startsWith("${") && !v.startsWith("{{")
                && !v.startsWith("ENC[") && !v.startsWith("ENC(")
                && !FLAG_VALUES.contains(v.toLowerCase(Locale.ROOT)) && !EXPRESSION.matcher(v).matches()
                // GOOGLE_APPLICATION_CREDENTIALS=/var/secrets/key.json names a mounted file, not the secret itself
                && !v.startsWith("/");
    }

    /** The names of secret-looking settings with literal values in a multi-line config file. */
    static List<String> settingsIn(String content) {
        return content.lines().map(line -> {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || trimmed.startsWith("//") || trimmed.startsWith(";")) {
                return null;
            }
            Matcher m = SETTING.matcher(line);
            return m.matches() && looksSecret(m.group(1)) && isLiteral(m.group(2)) && !opensBlock(m.group(2))
                    ? m.group(1) : null;
        }).filter(java.util.Objects::nonNull).distinct().toList();
    }

    /** {@code password:} followed by a nested block or a YAML block scalar, whose value cairn cannot see. */
    private static boolean opensBlock(String value) {
        String v = value.strip();
        return v.equals("|") || v.equals(">") || v.equals("{") || v.equals("[") || v.startsWith("|-") || v.startsWith(">-");
    }

    /**
     * {@code dbPassword}, {@code db-password} and {@code DB.PASSWORD} all become {@code DB_PASSWORD}: a word
     * break before an upper-case letter that follows a lower-case letter or digit, every run of other
     * characters one {@code _}, all upper case. Written out rather than with two regex replacements: it runs
     * for every environment variable and every ConfigMap key.
     */
    static String normalize(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        boolean separated = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (isAsciiLetterOrDigit(c)) {
                if (c >= 'A' && c <= 'Z' && i > 0 && isLowerOrDigit(name.charAt(i - 1))) {
                    out.append('_');
                }
                out.append(c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c);
                separated = false;
            } else if (!separated) {
                out.append('_');
                separated = true;
            }
        }
        return out.toString();
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'A' && c <= 'Z' || isLowerOrDigit(c);
    }

    private static boolean isLowerOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }
}
