package dev.cairn.core.config;

import java.util.regex.Pattern;

/**
 * A path glob as users write them in {@code .cairn.yaml}: {@code *} matches within one path segment,
 * {@code **} across segments, {@code ?} one character. A glob without a slash matches a file name in any
 * directory (as .gitignore does), and a glob naming a directory matches everything below it.
 */
public final class Glob {
    private final String text;
    private final Pattern pattern;
    /** The glob's longest run of literal characters: a path without it cannot match, and most paths lack it. */
    private final String requiredText;

    private Glob(String text, Pattern pattern, String requiredText) {
        this.text = text;
        this.pattern = pattern;
        this.requiredText = requiredText;
    }

    public static Glob of(String glob) {
        String g = glob.startsWith("./") ? glob.substring(2) : glob;
        // Anchored to the root only when a slash comes before the last character, as in .gitignore:
        // "*.yaml" and "vendor/" match in every folder, "deploy/*.yaml" and "/top.yaml" only from the root.
        int slash = g.indexOf('/');
        boolean anchored = slash >= 0 && slash < g.length() - 1;
        if (g.endsWith("/")) {
            g = g + "**";
        }
        if (g.startsWith("/")) {
            g = g.substring(1);
        }
        StringBuilder re = new StringBuilder(anchored ? "" : "(?:.*/)?");
        String longestLiteral = "";
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            if (c != '*' && c != '?') {
                literal.append(c);
            } else {
                longestLiteral = literal.length() > longestLiteral.length() ? literal.toString() : longestLiteral;
                literal.setLength(0);
            }
            if (c == '*') {
                boolean dbl = i + 1 < g.length() && g.charAt(i + 1) == '*';
                if (dbl) {
                    boolean slashAfter = i + 2 < g.length() && g.charAt(i + 2) == '/';
                    re.append(slashAfter ? "(?:.*/)?" : ".*");
                    i += slashAfter ? 2 : 1;
                } else {
                    re.append("[^/]*");
                }
            } else if (c == '?') {
                re.append("[^/]");
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        re.append("(?:/.*)?");
        longestLiteral = literal.length() > longestLiteral.length() ? literal.toString() : longestLiteral;
        return new Glob(glob, Pattern.compile(re.toString()), longestLiteral);
    }

    public boolean matches(String path) {
        return path.contains(requiredText) && pattern.matcher(path).matches();
    }

    @Override
    public String toString() {
        return text;
    }
}
