package dev.cairn.report;

import dev.cairn.core.check.CheckSpec;
import dev.cairn.core.check.ComplianceRef;
import dev.cairn.core.check.Equivalent;
import dev.cairn.core.check.Peer;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Renders the check catalog for {@code cairn checks list}: an aligned table, or JSON for tools. */
public final class CatalogWriter {
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private CatalogWriter() {}

    public static void text(List<CheckSpec> specs, Writer out) throws IOException {
        int slugWidth = specs.stream().mapToInt(s -> s.slug().length()).max().orElse(4);
        out.write(String.format(Locale.ROOT, "%-10s %-" + slugWidth + "s %-9s %-8s %s%n", "ID", "SLUG", "SEVERITY", "CRITERIA", "TITLE"));
        for (CheckSpec s : specs) {
            out.write(String.format(Locale.ROOT, "%-10s %-" + slugWidth + "s %-9s %-8s %s%n", s.id(), s.slug(),
                    s.severity().id(), String.join(",", s.criteria()), s.title()));
        }
        out.write(specs.size() + " checks · cairn checks explain ID|SLUG for the rationale and the fix\n");
    }

    /**
     * A rule of another tool that a Level 1 criterion judges rather than a check (OpenSSF Scorecard's repository
     * checks): the rule, the criterion's id and its title.
     */
    public record CriterionRow(String rule, String criterion, String title) {}

    /**
     * One row per rule id of {@code peer} that a check covers, sorted by that id: the table a team reads when it
     * moves its CI from that tool to cairn.
     */
    public static void peerText(List<CheckSpec> specs, Peer peer, Writer out) throws IOException {
        peerText(specs, peer, List.of(), out);
    }

    /** Like {@link #peerText(List, Peer, Writer)}, with the rules that criteria judge among the rows. */
    public static void peerText(List<CheckSpec> specs, Peer peer, List<CriterionRow> criteria, Writer out) throws IOException {
        record Row(String rule, String id, String name) {}
        List<Row> rows = new ArrayList<>();
        for (CheckSpec s : specs) {
            s.equivalents().stream().filter(e -> e.peer() == peer).forEach(e -> rows.add(new Row(e.id(), s.id().value(), s.slug())));
        }
        criteria.forEach(c -> rows.add(new Row(c.rule(), c.criterion(), "(criterion) " + c.title())));
        rows.sort(Comparator.comparing(Row::rule, String.CASE_INSENSITIVE_ORDER).thenComparing(Row::id));
        String tool = kebab(peer.name());
        int ruleWidth = Math.max(tool.length(), rows.stream().mapToInt(r -> r.rule().length()).max().orElse(0));
        String line = "%-" + ruleWidth + "s %-10s %s%n";
        out.write(String.format(Locale.ROOT, line, tool.toUpperCase(Locale.ROOT), "CAIRN", "SLUG"));
        for (Row r : rows) {
            out.write(String.format(Locale.ROOT, line, r.rule(), r.id(), r.name()));
        }
        out.write(rows.size() + " " + tool + " rules covered · a rule not listed has no cairn "
                + (criteria.isEmpty() ? "check" : "check or criterion") + "\n");
    }

    public static void json(List<CheckSpec> specs, Writer out) throws IOException {
        ArrayNode array = MAPPER.createArrayNode();
        for (CheckSpec s : specs) {
            ObjectNode o = array.addObject();
            o.put("id", s.id().value());
            o.put("slug", s.slug());
            o.put("title", s.title());
            o.put("severity", s.severity().id());
            o.put("aspect", kebab(s.aspect().name()));
            ArrayNode criteria = o.putArray("criteria");
            s.criteria().forEach(criteria::add);
            ArrayNode inputs = o.putArray("inputs");
            s.inputs().stream().map(i -> kebab(i.name())).sorted().forEach(inputs::add);
            ArrayNode compliance = o.putArray("compliance");
            for (ComplianceRef c : s.compliance()) {
                ObjectNode n = compliance.addObject();
                n.put("framework", kebab(c.framework().name()));
                n.put("control", c.control());
                n.put("title", c.title());
            }
            ArrayNode equivalents = o.putArray("equivalents");
            for (Equivalent e : s.equivalents()) {
                ObjectNode n = equivalents.addObject();
                n.put("tool", kebab(e.peer().name()));
                n.put("id", e.id());
            }
            o.put("lifecycle", kebab(s.lifecycle().name()));
            o.put("since", s.since());
        }
        out.write(MAPPER.writeValueAsString(array));
        out.write("\n");
    }

    private static String kebab(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
