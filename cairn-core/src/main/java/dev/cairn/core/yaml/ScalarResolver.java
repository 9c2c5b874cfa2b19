package dev.cairn.core.yaml;

import java.util.regex.Pattern;

/**
 * Resolves plain (unquoted, untagged) scalars with the YAML 1.1 rules go-yaml v2 applies, which is how
 * {@code kubectl} and the API server read manifests. Quoted scalars are always strings.
 */
public final class ScalarResolver {
    private static final Pattern INT = Pattern.compile(
            "[-+]?(0b[0-1_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|0|[1-9][0-9_]*)");
    private static final Pattern FLOAT = Pattern.compile(
            "[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

    private ScalarResolver() {}

    public static ScalarType resolvePlain(String text) {
        if (text.isEmpty() || text.equals("~") || text.equals("null") || text.equals("Null") || text.equals("NULL")) {
            return ScalarType.NULL;
        }
        if (Booleans.TRUE.contains(text) || Booleans.FALSE.contains(text)) {
            return ScalarType.BOOL;
        }
        char first = text.charAt(0);
        if ((first >= '0' && first <= '9') || first == '-' || first == '+' || first == '.') {
            if (INT.matcher(text).matches()) {
                return ScalarType.INT;
            }
            if (FLOAT.matcher(text).matches()) {
                return ScalarType.FLOAT;
            }
        }
        return ScalarType.STRING;
    }

    /** Resolves an explicitly tagged scalar; unknown tags keep the text as a string. */
    public static ScalarType resolveTagged(String tag, String text) {
        return switch (tag) {
            case "tag:yaml.org,2002:str" -> ScalarType.STRING;
            case "tag:yaml.org,2002:bool" -> ScalarType.BOOL;
            case "tag:yaml.org,2002:int" -> ScalarType.INT;
            case "tag:yaml.org,2002:float" -> ScalarType.FLOAT;
            case "tag:yaml.org,2002:null" -> ScalarType.NULL;
            default -> resolvePlain(text);
        };
    }
}
