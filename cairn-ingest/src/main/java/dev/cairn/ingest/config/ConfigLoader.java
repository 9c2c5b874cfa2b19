package dev.cairn.ingest.config;

import dev.cairn.core.check.Check;
import dev.cairn.core.check.CheckRegistry;
import dev.cairn.core.check.ParameterizedCheck;
import dev.cairn.core.config.CairnConfig;
import dev.cairn.core.config.ConfigException;
import dev.cairn.core.config.KpiConfig;
import dev.cairn.core.config.Pricing;
import dev.cairn.core.config.Waiver;
import dev.cairn.core.model.Severity;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.yaml.YDocument;
import dev.cairn.core.yaml.YEntry;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import dev.cairn.core.yaml.YSeq;
import dev.cairn.ingest.text.DecodedText;
import dev.cairn.ingest.text.SourceText;
import dev.cairn.ingest.yaml.YamlFile;
import dev.cairn.ingest.yaml.YamlLimits;
import dev.cairn.ingest.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and validates {@code .cairn.yaml} (schema/cairn-config-v1.json). Unknown keys, wrong types and
 * unknown check ids are {@link ConfigException}s that name file, line and column, so the user knows what
 * to change. Checks are named by id or slug; the result holds ids only.
 */
public final class ConfigLoader {
    public static final String FILE_NAME = ".cairn.yaml";
    private static final Set<String> TOP_LEVEL = Set.of("include", "exclude", "checks", "waivers", "kpis", "pricing");
    private static final Set<String> CHECKS_KEYS = Set.of("disable", "severity", "params");
    private static final Set<String> WAIVER_KEYS = Set.of("check", "path", "object", "reason", "owner", "expires");

    private final CheckRegistry registry;
    private final ParamsBinder binder = new ParamsBinder();

    public ConfigLoader(CheckRegistry registry) {
        this.registry = registry;
    }

    /** Loads {@code .cairn.yaml} from the root if present, else returns the defaults. */
    public CairnConfig loadFromRoot(Path root) throws IOException {
        Path file = root.resolve(FILE_NAME);
        return Files.isRegularFile(file) ? load(file, FILE_NAME) : CairnConfig.defaults();
    }

    /**
     * @param display how to name the file in messages (root-relative or as the user typed it)
     */
    public CairnConfig load(Path file, String display) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        DecodedText decoded = SourceText.decode(bytes);
        if (decoded.problem() != null) {
            throw new ConfigException(display, decoded.problem().span(), decoded.problem().message());
        }
        return parse(decoded.text(), display, file.toAbsolutePath().getParent());
    }

    /** Parses configuration text; a {@code pricing.file} is resolved against the working directory. */
    public CairnConfig parse(String text, String display) {
        return parse(text, display, null);
    }

    /**
     * @param baseDir the folder of the configuration file, against which {@code pricing.file} is resolved
     *                (null: the working directory)
     */
    public CairnConfig parse(String text, String display, Path baseDir) {
        SourcePath path = SourcePath.of(display.startsWith("/") ? display.substring(1) : display);
        YamlFile yaml = new YamlReader(YamlLimits.defaults()).read(path, text);
        if (!yaml.problems().isEmpty()) {
            var p = yaml.problems().get(0);
            throw new ConfigException(display, p.span(), "not valid YAML: " + p.message());
        }
        List<YDocument> documents = yaml.documents().stream().filter(d -> d.root() != null).toList();
        if (documents.isEmpty()) {
            return withSource(CairnConfig.defaults(), path);
        }
        if (documents.size() > 1) {
            throw new ConfigException(display, documents.get(1).span(), "expected one YAML document, found " + documents.size());
        }
        YMap root = mapping(display, documents.get(0).root(), "the configuration");
        rejectUnknown(display, root, TOP_LEVEL, "top-level key");

        List<String> include = stringList(display, root, "include");
        List<String> exclude = stringList(display, root, "exclude");
        List<String> disabled = new ArrayList<>();
        Map<String, Severity> severity = new LinkedHashMap<>();
        Map<String, Record> params = new LinkedHashMap<>();
        root.get("checks").ifPresent(node -> {
            YMap checks = mapping(display, node, "checks");
            rejectUnknown(display, checks, CHECKS_KEYS, "key under checks");
            for (YScalar s : scalars(display, checks, "disable")) {
                disabled.add(checkId(display, s));
            }
            checks.get("severity").ifPresent(n -> mapping(display, n, "checks.severity").entries().forEach(e -> {
                String id = checkId(display, e.key());
                YScalar value = scalar(display, e.value(), "severity of " + e.key().text());
                try {
                    severity.put(id, Severity.parse(value.text()));
                } catch (IllegalArgumentException ex) {
                    throw new ConfigException(display, value.span(), ex.getMessage());
                }
            }));
            checks.get("params").ifPresent(n -> mapping(display, n, "checks.params").entries().forEach(e -> {
                Check check = find(display, e.key());
                if (!(check instanceof ParameterizedCheck<?> parameterized)) {
                    throw new ConfigException(display, e.key().span(),
                            check.spec().id() + " (" + check.spec().slug() + ") takes no parameters");
                }
                params.put(check.spec().id().value(), binder.bind(display, e.value(), parameterized.paramsType()));
            }));
        });
        List<Waiver> waivers = new ArrayList<>();
        root.get("waivers").ifPresent(n -> {
            YSeq seq = sequence(display, n, "waivers");
            for (YNode item : seq.items()) {
                waivers.add(waiver(display, mapping(display, item, "a waiver")));
            }
        });
        KpiConfig kpis = root.get("kpis").map(n -> KpiSection.kpis(display, n)).orElse(KpiConfig.NONE);
        Pricing pricing = root.get("pricing").map(n -> KpiSection.pricing(display, n, baseDir))
                .orElse(Pricing.OPENCOST_DEFAULTS);
        return new CairnConfig(path, include, exclude, CairnConfig.DEFAULT_MAX_FILE_SIZE, disabled, severity, params,
                waivers, kpis, pricing);
    }

    private Waiver waiver(String display, YMap map) {
        rejectUnknown(display, map, WAIVER_KEYS, "key in a waiver");
        YScalar checkNode = map.scalar("check").orElseThrow(() ->
                new ConfigException(display, map.span(), "a waiver needs 'check:' (a check id or slug)"));
        String check = checkId(display, checkNode);
        String path = optionalString(display, map, "path");
        String object = optionalString(display, map, "object");
        if ((path == null) == (object == null)) {
            throw new ConfigException(display, map.span(), "a waiver needs exactly one of 'path:' (a glob) or 'object:' (Kind/namespace/name)");
        }
        if (object != null && object.split("/").length < 2) {
            throw new ConfigException(display, map.scalar("object").get().span(),
                    "object must be Kind/namespace/name or Kind/name, e.g. Deployment/shop/web");
        }
        String reason = optionalString(display, map, "reason");
        if (reason == null || reason.isBlank()) {
            throw new ConfigException(display, map.span(), "a waiver needs a non-empty 'reason:'");
        }
        String owner = optionalString(display, map, "owner");
        LocalDate expires = null;
        YScalar expiresNode = map.scalar("expires").orElse(null);
        if (expiresNode != null && !expiresNode.isNull()) {
            try {
                expires = LocalDate.parse(expiresNode.text());
            } catch (DateTimeParseException e) {
                throw new ConfigException(display, expiresNode.span(), "expires must be a date like 2027-03-31, not '" + expiresNode.text() + "'");
            }
        }
        return new Waiver(check, path, object, reason, owner, expires, map.span());
    }

    private Check find(String display, YScalar key) {
        return registry.find(key.text()).orElseThrow(() -> new ConfigException(display, key.span(),
                "unknown check '" + key.text() + "' (cairn checks list shows every id and slug)"));
    }

    private String checkId(String display, YScalar key) {
        return find(display, key).spec().id().value();
    }

    static void rejectUnknown(String display, YMap map, Set<String> allowed, String what) {
        for (YEntry e : map.entries()) {
            if (!allowed.contains(e.key().text())) {
                throw new ConfigException(display, e.key().span(), "unknown " + what + " '" + e.key().text()
                        + "' (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private static List<String> stringList(String display, YMap map, String key) {
        return scalars(display, map, key).stream().map(YScalar::text).toList();
    }

    private static List<YScalar> scalars(String display, YMap map, String key) {
        List<YScalar> out = new ArrayList<>();
        map.get(key).ifPresent(n -> {
            for (YNode item : sequence(display, n, key).items()) {
                YScalar s = scalar(display, item, "an entry of " + key);
                if (s.isNull() || s.text().isBlank()) {
                    throw new ConfigException(display, s.span(), "empty entry in " + key);
                }
                out.add(s);
            }
        });
        return out;
    }

    private static String optionalString(String display, YMap map, String key) {
        return map.get(key).map(n -> scalar(display, n, key)).flatMap(YScalar::string).orElse(null);
    }

    static YMap mapping(String display, YNode node, String what) {
        return node.asMap().orElseThrow(() -> new ConfigException(display, node.span(), what + " must be a mapping"));
    }

    static YSeq sequence(String display, YNode node, String what) {
        return node.asSeq().orElseThrow(() -> new ConfigException(display, node.span(), what + " must be a list, e.g. [a, b]"));
    }

    static YScalar scalar(String display, YNode node, String what) {
        return node.asScalar().orElseThrow(() -> new ConfigException(display, node.span(), what + " must be a single value"));
    }

    private static CairnConfig withSource(CairnConfig c, SourcePath source) {
        return new CairnConfig(source, c.include(), c.exclude(), c.maxFileSize(), c.disabled(), c.severity(), c.params(),
                c.waivers(), c.kpis(), c.pricing());
    }
}
