package dev.cairn.maturity.catalog;

import dev.cairn.core.model.Aspect;
import dev.cairn.core.model.LevelTwoItem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Level 1 criteria catalog: every criterion in file order (aspect by aspect, by number), their
 * questions, and the Level 2 preview per aspect. The data lives in {@code level1.yaml} beside this class;
 * its {@link #version()} is part of what makes an assessment reproducible.
 */
public final class Catalog {
    private static final String LEVEL1 = "level1.yaml";

    private final String version;
    private final List<Criterion> criteria;
    private final Map<String, Criterion> byId = new LinkedHashMap<>();
    private final Map<String, Question> questions = new LinkedHashMap<>();
    private final Map<Aspect, List<LevelTwoItem>> levelTwo = new EnumMap<>(Aspect.class);

    Catalog(String version, List<Criterion> criteria, Map<Aspect, List<LevelTwoItem>> levelTwo) {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("version missing");
        }
        this.version = version;
        this.criteria = List.copyOf(criteria);
        for (Criterion c : this.criteria) {
            if (byId.putIfAbsent(c.id(), c) != null) {
                throw new IllegalArgumentException("duplicate criterion id " + c.id());
            }
            // Question ids start with their criterion's id, so unique criteria give unique questions.
            c.questions().forEach(q -> questions.put(q.id(), q));
        }
        for (Aspect aspect : Aspect.values()) {
            List<LevelTwoItem> items = levelTwo.getOrDefault(aspect, List.of());
            if (items.isEmpty()) {
                throw new IllegalArgumentException("no Level 2 preview for " + aspect.title());
            }
            this.levelTwo.put(aspect, List.copyOf(items));
        }
    }

    /** The catalog shipped with cairn, loaded once. */
    public static Catalog level1() {
        return Level1.CATALOG;
    }

    /** The catalog's version, e.g. {@code 2026.11}; it changes whenever a criterion or question changes. */
    public String version() {
        return version;
    }

    public List<Criterion> criteria() {
        return criteria;
    }

    public List<Criterion> criteria(Aspect aspect) {
        return criteria.stream().filter(c -> c.aspect() == aspect).toList();
    }

    /** The criterion with exactly this id, e.g. {@code POL-6}. */
    public Optional<Criterion> criterion(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every question, in criterion order. */
    public List<Question> questions() {
        return List.copyOf(questions.values());
    }

    /** The question with exactly this id, e.g. {@code PEO-9.k8s-basics}. */
    public Optional<Question> question(String id) {
        return Optional.ofNullable(questions.get(id));
    }

    /** What Level 2 asks next in this aspect, in the model's order. */
    public List<LevelTwoItem> levelTwo(Aspect aspect) {
        return levelTwo.get(aspect);
    }

    // Holder idiom: the resource is read on first use, once, without locking on every call.
    private static final class Level1 {
        static final Catalog CATALOG = CatalogReader.read(resource(), LEVEL1);

        private static String resource() {
            try (InputStream in = Catalog.class.getResourceAsStream(LEVEL1)) {
                if (in == null) {
                    throw new CatalogException(LEVEL1 + " is missing from the classpath beside " + Catalog.class.getName());
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
