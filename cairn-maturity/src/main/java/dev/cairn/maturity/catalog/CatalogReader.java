package dev.cairn.maturity.catalog;

import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.LevelTwoItem;
import dev.cairn.core.model.Tier;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads the catalog's YAML into {@link Catalog}. The YAML must match the record shapes exactly; the
 * records themselves then check their invariants, and any failure names the file and the entry.
 */
final class CatalogReader {
    private static final Set<String> TOP = Set.of("version", "criteria", "levelTwo");
    private static final Set<String> CRITERION = Set.of("id", "aspect", "subArea", "tier", "modes", "automation",
            "title", "criterion", "evidence", "questions", "learn", "levelTwo", "optIn", "scorecard");
    private static final Set<String> QUESTION = Set.of("id", "text", "help");
    private static final Set<String> LEVEL_TWO_ITEM = Set.of("title", "description");

    private final String source;

    private CatalogReader(String source) {
        this.source = source;
    }

    /** Parses and validates; {@code source} names the file in messages. */
    static Catalog read(String yaml, String source) {
        return new CatalogReader(source).catalog(yaml);
    }

    private Catalog catalog(String yaml) {
        Object document;
        try {
            LoadSettings settings = LoadSettings.builder().setLabel(source).setAllowDuplicateKeys(false).build();
            document = new Load(settings).loadFromString(yaml);
        } catch (YamlEngineException e) {
            throw new CatalogException(source + ": not valid YAML: " + e.getMessage(), e);
        }
        YamlEntry top = YamlEntry.of(document, source, "top level").allowOnly(TOP);
        String version = top.text("version");
        List<Criterion> criteria = new ArrayList<>();
        List<?> entries = top.list("criteria");
        for (int i = 0; i < entries.size(); i++) {
            criteria.add(criterion(YamlEntry.of(entries.get(i), source, "criteria[" + i + "]")));
        }
        try {
            return new Catalog(version, criteria, levelTwo(top.entry("levelTwo")));
        } catch (IllegalArgumentException e) {
            throw new CatalogException(source + ": " + e.getMessage(), e);
        }
    }

    private Criterion criterion(YamlEntry unnamed) {
        YamlEntry e = unnamed.named("criterion " + unnamed.text("id")).allowOnly(CRITERION);
        String id = e.text("id");
        List<Question> questions = new ArrayList<>();
        for (Object q : e.optionalList("questions")) {
            questions.add(question(YamlEntry.of(q, source, "criterion " + id + " question"), id));
        }
        try {
            return new Criterion(id, e.choice("aspect", Aspect.class), e.text("subArea"), e.choice("tier", Tier.class),
                    modes(e), e.choice("automation", Automation.class), e.text("title"), e.text("criterion"),
                    e.text("evidence"), questions, e.text("learn"), e.optionalText("levelTwo"), e.optionalText("optIn"),
                    e.optionalList("scorecard").stream().map(String::valueOf).toList());
        } catch (IllegalArgumentException ex) {
            throw new CatalogException(source + ": " + ex.getMessage(), ex);
        }
    }

    private Set<Mode> modes(YamlEntry e) {
        Set<Mode> modes = EnumSet.noneOf(Mode.class);
        for (Object letter : e.list("modes")) {
            Mode mode = Mode.ofLetter(String.valueOf(letter))
                    .orElseThrow(() -> e.fail("unknown mode '" + letter + "' (expected R, M, G, L, F or Q)"));
            if (!modes.add(mode)) {
                throw e.fail("mode " + letter + " listed twice");
            }
        }
        return modes;
    }

    private Question question(YamlEntry unnamed, String criterionId) {
        YamlEntry e = unnamed.named("question " + unnamed.text("id")).allowOnly(QUESTION);
        try {
            return new Question(e.text("id"), criterionId, e.text("text"), e.text("help"));
        } catch (IllegalArgumentException ex) {
            throw new CatalogException(source + ": criterion " + criterionId + ": " + ex.getMessage(), ex);
        }
    }

    private Map<Aspect, List<LevelTwoItem>> levelTwo(YamlEntry section) {
        Map<Aspect, List<LevelTwoItem>> out = new EnumMap<>(Aspect.class);
        for (String key : section.keys()) {
            Aspect aspect = aspect(section, key);
            List<LevelTwoItem> items = new ArrayList<>();
            for (Object item : section.list(key)) {
                YamlEntry e = YamlEntry.of(item, source, "levelTwo " + key).allowOnly(LEVEL_TWO_ITEM);
                items.add(levelTwoItem(e, aspect));
            }
            out.put(aspect, items);
        }
        return out;
    }

    private static Aspect aspect(YamlEntry section, String key) {
        for (Aspect a : Aspect.values()) {
            if (YamlEntry.kebab(a).equals(key)) {
                return a;
            }
        }
        throw section.fail("unknown aspect '" + key + "'");
    }

    private static LevelTwoItem levelTwoItem(YamlEntry e, Aspect aspect) {
        String title = e.text("title");
        String description = e.text("description");
        List<String> problems = new ArrayList<>();
        if (Texts.requireParagraph("title", title, problems) && title.endsWith(".")) {
            problems.add("title must not end with a period");
        }
        Texts.requireSentences("description", description, problems);
        if (!problems.isEmpty()) {
            throw e.named("levelTwo " + YamlEntry.kebab(aspect) + " '" + title + "'").fail(String.join("; ", problems));
        }
        return new LevelTwoItem(aspect, title, description);
    }
}
