package dev.cairn.ingest.assessment;

import dev.cairn.core.assessment.Answer;
import dev.cairn.core.assessment.AnswerValue;
import dev.cairn.core.assessment.Answers;
import dev.cairn.core.config.ConfigException;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.yaml.YDocument;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import dev.cairn.ingest.text.DecodedText;
import dev.cairn.ingest.text.SourceText;
import dev.cairn.ingest.yaml.YamlFile;
import dev.cairn.ingest.yaml.YamlLimits;
import dev.cairn.ingest.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Reads and writes {@code .cairn/assessment.yaml} (schema/assessment-v1.json): the self-assessment answers,
 * committed with the code so that git records who attested what and when. A malformed file or an unknown
 * question id is a {@link ConfigException} naming file, line and column.
 */
public final class AnswersFile {
    public static final String DEFAULT_PATH = ".cairn/assessment.yaml";
    private static final Set<String> TOP_LEVEL = Set.of("answers", "optIn");
    private static final Set<String> ANSWER_KEYS = Set.of("answer", "note", "by", "date", "evidence");
    private static final Set<String> OPT_IN_GROUPS = Set.of("ai");

    private AnswersFile() {}

    /** The answers at the root's default path, or none when the file does not exist. */
    public static Answers loadFromRoot(Path root, Predicate<String> knownQuestion) throws IOException {
        Path file = root.resolve(DEFAULT_PATH);
        return Files.isRegularFile(file) ? load(file, DEFAULT_PATH, knownQuestion) : Answers.none();
    }

    /** @param display how to name the file in messages and in evidence locations (root-relative) */
    public static Answers load(Path file, String display, Predicate<String> knownQuestion) throws IOException {
        DecodedText decoded = SourceText.decode(Files.readAllBytes(file));
        if (decoded.problem() != null) {
            throw new ConfigException(display, decoded.problem().span(), decoded.problem().message());
        }
        return parse(decoded.text(), display, knownQuestion);
    }

    public static Answers parse(String text, String display, Predicate<String> knownQuestion) {
        SourcePath path = SourcePath.of(display.startsWith("/") ? display.substring(1) : display);
        YamlFile yaml = new YamlReader(YamlLimits.defaults()).read(path, text);
        if (!yaml.problems().isEmpty()) {
            var p = yaml.problems().get(0);
            throw new ConfigException(display, p.span(), "not valid YAML: " + p.message());
        }
        List<YDocument> documents = yaml.documents().stream().filter(d -> d.root() != null).toList();
        if (documents.isEmpty()) {
            return Answers.none();
        }
        YMap root = mapping(display, documents.get(0).root(), "the assessment file");
        rejectUnknown(display, root, TOP_LEVEL, "top-level key");
        Map<String, Answer> answers = new LinkedHashMap<>();
        root.get("answers").ifPresent(node -> {
            for (YEntry e : mapping(display, node, "answers").entries()) {
                String id = e.key().text();
                if (!knownQuestion.test(id)) {
                    throw new ConfigException(display, e.key().span(), "unknown question id '" + id
                            + "': question ids are criterion ids such as PEO-1 or PEO-9.k8s-basics (cairn checks explain PEO-9)");
                }
                answers.put(id, answer(display, path, id, e.value()));
            }
        });
        Set<String> optIn = new LinkedHashSet<>();
        root.get("optIn").ifPresent(node -> node.asSeq().orElseThrow(() -> new ConfigException(display, node.span(),
                "optIn must be a list, e.g. optIn: [ai]")).items().forEach(item -> {
            String group = scalar(display, item, "an optIn entry").text();
            if (!OPT_IN_GROUPS.contains(group)) {
                throw new ConfigException(display, item.span(), "unknown optIn group '" + group + "': the only group is ai");
            }
            optIn.add(group);
        }));
        return new Answers(answers, optIn);
    }

    private static Answer answer(String display, SourcePath path, String id, YNode node) {
        Location location = new Location(path, node.span(), node.pointer(), null);
        if (node instanceof YScalar s) { // shorthand: PEO-1: yes
            return new Answer(id, value(display, s), null, null, null, null, location);
        }
        YMap map = mapping(display, node, "the answer to " + id);
        rejectUnknown(display, map, ANSWER_KEYS, "key in the answer to " + id);
        YScalar answer = map.scalar("answer").orElseThrow(() -> new ConfigException(display, map.span(),
                "the answer to " + id + " needs answer: yes | partial | no | not-applicable"));
        LocalDate date = map.scalar("date").map(d -> {
            try {
                return LocalDate.parse(d.text());
            } catch (DateTimeParseException e) {
                throw new ConfigException(display, d.span(), "date must be YYYY-MM-DD, found '" + d.text() + "'");
            }
        }).orElse(null);
        return new Answer(id, value(display, answer), text(map, "note"), text(map, "by"), date, text(map, "evidence"), location);
    }

    private static AnswerValue value(String display, YScalar s) {
        // YAML 1.1 reads a bare yes/no as a boolean: accept both spellings
        String text = s.isTrue() ? "yes" : s.isFalse() ? "no" : s.text();
        return AnswerValue.parse(text).orElseThrow(() -> new ConfigException(display, s.span(),
                "answer must be yes, partial, no or not-applicable, found '" + s.text() + "'"));
    }

    private static String text(YMap map, String key) {
        return map.scalar(key).filter(s -> !s.isNull()).map(YScalar::text).orElse(null);
    }

    private static YMap mapping(String display, YNode node, String what) {
        return node.asMap().orElseThrow(() -> new ConfigException(display, node.span(), what + " must be a mapping"));
    }

    private static YScalar scalar(String display, YNode node, String what) {
        return node.asScalar().orElseThrow(() -> new ConfigException(display, node.span(), what + " must be a plain value"));
    }

    private static void rejectUnknown(String display, YMap map, Set<String> allowed, String what) {
        for (YEntry e : map.entries()) {
            if (!allowed.contains(e.key().text())) {
                throw new ConfigException(display, e.key().span(), "unknown " + what + " '" + e.key().text()
                        + "'; expected one of " + new TreeSet<>(allowed));
            }
        }
    }

    /**
     * Writes the answers, sorted by question id, through a temporary file and an atomic move, so that an
     * interrupted write never leaves half a file.
     */
    public static void write(Path file, Answers answers) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("# Self-assessment for cairn (schema/assessment-v1.json). Written by `cairn assess`; edit freely.\n");
        out.append("# answer: yes | partial | no | not-applicable (not-applicable needs a reason in note)\n");
        if (!answers.optIn().isEmpty()) {
            out.append("optIn: [").append(String.join(", ", new TreeSet<>(answers.optIn()))).append("]\n");
        }
        out.append("answers:");
        if (answers.byQuestion().isEmpty()) {
            out.append(" {}");
        }
        out.append('\n');
        for (Answer a : answers.byQuestion().values()) {
            out.append("  ").append(a.questionId()).append(": { answer: ").append(a.value().wireName());
            appendField(out, "note", a.note());
            appendField(out, "by", a.by());
            appendField(out, "date", a.date() == null ? null : a.date().toString());
            appendField(out, "evidence", a.evidence());
            out.append(" }\n");
        }
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, ".assessment", ".tmp");
        try {
            Files.writeString(temp, out, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void appendField(StringBuilder out, String key, String value) {
        if (value != null) {
            out.append(", ").append(key).append(": ").append(quoted(value));
        }
    }

    /** A double-quoted YAML scalar: backslash, quote and control characters escaped. */
    static String quoted(String value) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) s.append(String.format("\\x%02x", (int) c)); else s.append(c);
                }
            }
        }
        return s.append('"').toString();
    }
}
