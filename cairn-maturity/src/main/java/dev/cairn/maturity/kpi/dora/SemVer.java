package dev.cairn.maturity.kpi.dora;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A release version {@code MAJOR.MINOR.PATCH} (build metadata allowed, pre-releases not). */
record SemVer(long major, long minor, long patch) {
    private static final Pattern RELEASE = Pattern.compile("(0|[1-9]\\d{0,17})\\.(0|[1-9]\\d{0,17})\\.(0|[1-9]\\d{0,17})(\\+[0-9A-Za-z.-]+)?");

    /** The version after any non-digit prefix ({@code v1.2.3}, {@code release-1.2.3}); empty for pre-releases and non-versions. */
    static Optional<SemVer> parse(String text) {
        if (text == null) return Optional.empty();
        int i = 0;
        while (i < text.length() && !Character.isDigit(text.charAt(i))) i++;
        Matcher m = RELEASE.matcher(text.substring(i));
        if (!m.matches()) return Optional.empty();
        return Optional.of(new SemVer(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3))));
    }

    /** {@code x.y.z -> x.y.(z+1)}. */
    boolean isPatchBumpOf(SemVer previous) {
        return major == previous.major && minor == previous.minor && patch == previous.patch + 1;
    }
}
