package dev.cairn.core.k8s;

import dev.cairn.core.memo.BoundedMemo;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kubernetes resource quantities ({@code 250m}, {@code 1.5}, {@code 384Mi}, {@code 2G}, {@code 1e3}) as
 * exact decimals, following {@code k8s.io/apimachinery/pkg/api/resource}: a signed decimal number, then
 * a binary suffix (Ki Mi Gi Ti Pi Ei), a decimal suffix (n u m "" k M G T P E) or a decimal exponent
 * ({@code e3}, {@code E-2}). Anything else, such as {@code 1K}, {@code 1 Gi} or {@code 1gi}, is invalid.
 */
public final class Quantity {
    /** A number, then letters or an exponent; checked against the suffix table below. */
    private static final Pattern FORM = Pattern.compile("([+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+))([A-Za-z]{0,2}|[eE][+-]?[0-9]{1,4})");
    private static final BigDecimal KI = BigDecimal.valueOf(1024);
    /** Exponents beyond this are not quantities anyone means, and would make huge decimals. */
    private static final int MAX_EXPONENT = 30;
    private static final Map<String, BigDecimal> SUFFIXES = Map.ofEntries(
            Map.entry("", BigDecimal.ONE),
            Map.entry("n", BigDecimal.ONE.scaleByPowerOfTen(-9)),
            Map.entry("u", BigDecimal.ONE.scaleByPowerOfTen(-6)),
            Map.entry("m", BigDecimal.ONE.scaleByPowerOfTen(-3)),
            Map.entry("k", BigDecimal.ONE.scaleByPowerOfTen(3)),
            Map.entry("M", BigDecimal.ONE.scaleByPowerOfTen(6)),
            Map.entry("G", BigDecimal.ONE.scaleByPowerOfTen(9)),
            Map.entry("T", BigDecimal.ONE.scaleByPowerOfTen(12)),
            Map.entry("P", BigDecimal.ONE.scaleByPowerOfTen(15)),
            Map.entry("E", BigDecimal.ONE.scaleByPowerOfTen(18)),
            Map.entry("Ki", KI),
            Map.entry("Mi", KI.pow(2)),
            Map.entry("Gi", KI.pow(3)),
            Map.entry("Ti", KI.pow(4)),
            Map.entry("Pi", KI.pow(5)),
            Map.entry("Ei", KI.pow(6)));

    /** Bytes in one GiB. */
    public static final BigDecimal GIB = KI.pow(3);

    private Quantity() {}

    /**
     * Parsed quantities by text: the resource checks and the cost KPIs read every request and limit of every
     * container, and a repository writes the same few values ({@code 100m}, {@code 128Mi}) over and over.
     */
    private static final BoundedMemo<Optional<BigDecimal>> PARSED = new BoundedMemo<>(4_096, Quantity::read);

    /** The quantity's value in base units (cores for CPU, bytes for memory and storage), or empty if invalid. */
    public static Optional<BigDecimal> parse(String text) {
        return text == null ? Optional.empty() : PARSED.apply(text);
    }

    private static Optional<BigDecimal> read(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal number;
        try {
            number = new BigDecimal(m.group(1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        String suffix = m.group(2);
        BigDecimal factor = SUFFIXES.get(suffix);
        if (factor != null) {
            return Optional.of(strip(number.multiply(factor)));
        }
        if (suffix.length() > 1 && (suffix.charAt(0) == 'e' || suffix.charAt(0) == 'E')) {
            int exponent = Integer.parseInt(suffix.substring(1).replace("+", ""));
            if (Math.abs(exponent) > MAX_EXPONENT) {
                return Optional.empty();
            }
            return Optional.of(strip(number.scaleByPowerOfTen(exponent)));
        }
        return Optional.empty();
    }

    private static BigDecimal strip(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
