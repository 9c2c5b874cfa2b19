package dev.cairn.checks.docs;

import dev.cairn.core.check.Check;
import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.ComplianceRef;
import dev.cairn.core.check.Framework;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The compliance page of docs/checks/: for each framework, its controls that checks name in their specs
 * ({@link CheckSpec#compliance()}), in the framework's own order, each with the checks that cover it. This is
 * the control mapping a security engineer asks for ("which checks cover CIS 5.2.x?"), turned around from the
 * per-check pages.
 */
final class ComplianceControls {
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private ComplianceControls() {}

    static String page(List<Check> checks) {
        StringBuilder b = new StringBuilder();
        b.append("<!-- Generated from the checks' specs; do not edit. -->\n");
        b.append("# Compliance controls and the checks that cover them\n\n");
        b.append("Each control below is named by at least one check's spec; a check's page says the same from its side."
                + " A control that no check names is not covered by cairn: its absence here is the gap to fill with"
                + " another tool or a written procedure.\n");
        for (Framework framework : Framework.values()) {
            Map<Control, List<CheckSpec>> controls = new TreeMap<>();
            for (Check check : checks) {
                for (ComplianceRef ref : check.spec().compliance()) {
                    if (ref.framework() == framework) {
                        controls.computeIfAbsent(new Control(ref.control(), ref.title()), c -> new ArrayList<>()).add(check.spec());
                    }
                }
            }
            if (controls.isEmpty()) {
                continue;
            }
            b.append("\n## ").append(framework.title()).append("\n\n| control | checks |\n|---|---|\n");
            controls.forEach((control, specs) -> {
                b.append("| ").append(control.text()).append(" | ");
                b.append(String.join(", ", specs.stream().sorted(Comparator.comparing(CheckSpec::id))
                        .map(s -> "[" + s.id() + "](" + s.id() + ".md) " + s.slug()).toList()));
                b.append(" |\n");
            });
        }
        return b.toString();
    }

    /** The frameworks that checks name, in the order of {@link Framework}: "the A, the B and the C". */
    static String frameworks(List<Check> checks) {
        List<String> named = Stream.of(Framework.values())
                .filter(f -> checks.stream().anyMatch(c -> c.spec().compliance().stream().anyMatch(r -> r.framework() == f)))
                .map(f -> "the " + f.title()).toList();
        return named.size() < 2 ? String.join("", named)
                : String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.getLast();
    }

    /**
     * A control as the page shows it. Controls sort by their numbers as numbers ({@code 5.2.9} before
     * {@code 5.2.10}), then by text, so that the order is the framework's.
     */
    record Control(String id, String title) implements Comparable<Control> {
        String text() {
            return title == null ? id : id + " " + title;
        }

        @Override
        public int compareTo(Control other) {
            Matcher a = NUMBER.matcher(id);
            Matcher b = NUMBER.matcher(other.id);
            int ia = 0;
            int ib = 0;
            while (a.find(ia) && b.find(ib)) {
                int c = id.substring(ia, a.start()).compareTo(other.id.substring(ib, b.start()));
                if (c == 0) {
                    c = Long.compare(Long.parseLong(a.group()), Long.parseLong(b.group()));
                }
                if (c != 0) {
                    return c;
                }
                ia = a.end();
                ib = b.end();
            }
            int c = id.substring(ia).compareTo(other.id.substring(ib));
            if (c == 0) {
                c = id.compareTo(other.id); // 5.2.01 and 5.2.1 stay apart
            }
            return c != 0 ? c : Comparator.nullsFirst(String::compareTo).compare(title, other.title);
        }
    }
}
