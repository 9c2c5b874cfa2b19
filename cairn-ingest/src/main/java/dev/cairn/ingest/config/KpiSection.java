package dev.cairn.ingest.config;

import dev.cairn.core.config.ConfigException;
import dev.cairn.core.config.KpiConfig;
import dev.cairn.core.config.Pricing;
import dev.cairn.core.history.DeploymentSource;
import dev.cairn.core.model.KpiId;
import dev.cairn.core.model.KpiTarget;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.yaml.ScalarType;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code kpis:} and {@code pricing:} sections of {@code .cairn.yaml} (and a {@code pricing.file}),
 * validated with the same file:line:column errors as the rest of the configuration.
 */
final class KpiSection {
    private static final Set<String> KPIS_KEYS = Set.of("deployments", "targets");
    private static final Set<String> DEPLOYMENTS_KEYS = Set.of("from", "pattern", "path");
    private static final Set<String> TARGET_KEYS = Set.of("kpi", "baseline", "target", "unit", "owner", "goal", "source");
    private static final Set<String> PRICE_KEYS = Set.of("cpuCoreHour", "memoryGiBHour", "storageGiBHour");
    private static final Set<String> PRICING_KEYS = Set.of("cpuCoreHour", "memoryGiBHour", "storageGiBHour", "file");
    /** A prices file is a few lines; anything larger is not one. */
    private static final long MAX_PRICES_FILE = 64 * 1024;

    private KpiSection() {}

    static KpiConfig kpis(String display, YNode node) {
        YMap kpis = ConfigLoader.mapping(display, node, "kpis");
        ConfigLoader.rejectUnknown(display, kpis, KPIS_KEYS, "key under kpis");
        DeploymentSource deployments = kpis.get("deployments").map(n -> deployments(display, n)).orElse(null);
        Map<KpiId, KpiTarget> targets = new EnumMap<>(KpiId.class);
        kpis.get("targets").ifPresent(n -> {
            for (YNode item : ConfigLoader.sequence(display, n, "kpis.targets").items()) {
                YMap map = ConfigLoader.mapping(display, item, "a KPI target");
                ConfigLoader.rejectUnknown(display, map, TARGET_KEYS, "key in a KPI target");
                YScalar kpiNode = map.get("kpi").map(k -> ConfigLoader.scalar(display, k, "kpi")).orElseThrow(() ->
                        new ConfigException(display, map.span(), "a KPI target needs 'kpi:' (one of " + ids() + ")"));
                KpiId id = KpiId.of(kpiNode.text()).filter(k -> !kpiNode.isNull()).orElseThrow(() ->
                        new ConfigException(display, kpiNode.span(), "unknown KPI '" + kpiNode.text() + "' (known: " + ids() + ")"));
                if (targets.containsKey(id)) {
                    throw new ConfigException(display, kpiNode.span(), "a second target for " + id.id()
                            + ": each KPI has one target");
                }
                String unit = string(display, map, "unit");
                if (unit != null && !unit.equals(id.unit())) {
                    throw new ConfigException(display, map.get("unit").get().span(),
                            id.id() + " is measured in " + id.unit() + ", not '" + unit + "'");
                }
                targets.put(id, new KpiTarget(number(display, map, "baseline", "a number, e.g. 0.5"),
                        number(display, map, "target", "a number, e.g. 2.0"), unit != null ? id.unit() : null,
                        string(display, map, "owner"), string(display, map, "goal"), string(display, map, "source")));
            }
        });
        return new KpiConfig(deployments, targets);
    }

    private static DeploymentSource deployments(String display, YNode node) {
        YMap map = ConfigLoader.mapping(display, node, "kpis.deployments");
        ConfigLoader.rejectUnknown(display, map, DEPLOYMENTS_KEYS, "key under kpis.deployments");
        YScalar from = map.get("from").map(n -> ConfigLoader.scalar(display, n, "from")).orElseThrow(() ->
                new ConfigException(display, map.span(), "kpis.deployments needs 'from:' (tags, gitops or file)"));
        String pattern = string(display, map, "pattern");
        String path = string(display, map, "path");
        switch (from.text()) {
            case "tags" -> {
                only(display, map, "path", "from: gitops or from: file");
                return DeploymentSource.parse("tags:" + (pattern == null ? "" : pattern));
            }
            case "gitops", "file" -> {
                only(display, map, "pattern", "from: tags");
                if (path == null || path.isBlank()) {
                    throw new ConfigException(display, map.span(), "from: " + from.text() + " needs 'path:', e.g. "
                            + (from.text().equals("gitops") ? "deploy/overlays/prod" : "deployments.csv"));
                }
                return DeploymentSource.parse(from.text() + ":" + path);
            }
            default -> throw new ConfigException(display, from.span(),
                    "from must be tags, gitops or file, not '" + from.text() + "'");
        }
    }

    private static void only(String display, YMap map, String key, String where) {
        map.entry(key).ifPresent(e -> {
            throw new ConfigException(display, e.key().span(), "'" + key + "' applies only to " + where);
        });
    }

    /**
     * Inline prices, or {@code { file: prices.yaml }} resolved against the configuration's folder (and kept
     * inside it). Prices left out keep OpenCost's defaults.
     */
    static Pricing pricing(String display, YNode node, Path baseDir) {
        YMap map = ConfigLoader.mapping(display, node, "pricing");
        ConfigLoader.rejectUnknown(display, map, PRICING_KEYS, "key under pricing");
        if (map.entry("file").isPresent()) {
            if (map.size() > 1) {
                YEntry other = map.entries().stream().filter(e -> !e.key().text().equals("file")).findFirst().get();
                throw new ConfigException(display, other.key().span(),
                        "pricing takes either 'file:' or the prices themselves, not both");
            }
            YScalar file = ConfigLoader.scalar(display, map.get("file").get(), "pricing.file");
            return pricingFile(display, file, baseDir);
        }
        return prices(display, map, display);
    }

    private static Pricing prices(String display, YMap map, String source) {
        Pricing d = Pricing.OPENCOST_DEFAULTS;
        Double cpu = number(display, map, "cpuCoreHour", "a price per core-hour, e.g. 0.031611");
        Double ram = number(display, map, "memoryGiBHour", "a price per GiB-hour, e.g. 0.004237");
        Double disk = number(display, map, "storageGiBHour", "a price per GiB-hour, e.g. 0.00005479");
        return new Pricing(cpu == null ? d.cpuCoreHour() : cpu, ram == null ? d.memoryGiBHour() : ram,
                disk == null ? d.storageGiBHour() : disk, source);
    }

    private static Pricing pricingFile(String display, YScalar fileNode, Path baseDir) {
        String name = fileNode.string().orElse("");
        String unsafe = name.isBlank() ? "pricing.file needs a file name, e.g. prices.yaml"
                : name.startsWith("/") || name.contains("\\") || name.matches("^[A-Za-z]:.*")
                        || Arrays.asList(name.split("/")).contains("..")
                ? "pricing.file must be a path inside the repository, relative to " + display : null;
        if (unsafe != null) {
            throw new ConfigException(display, fileNode.span(), unsafe);
        }
        Path base = baseDir == null ? Path.of("") : baseDir;
        Path file = base.resolve(name).normalize();
        String fileDisplay = SourcePath.of(display.startsWith("/") ? display.substring(1) : display).parent()
                .resolve(name).value();
        byte[] bytes;
        try {
            Path realBase = base.toAbsolutePath().toRealPath();
            Path real = file.toAbsolutePath().toRealPath();
            if (!real.startsWith(realBase)) {
                throw new ConfigException(display, fileNode.span(), "pricing.file links outside the repository");
            }
            if (!Files.isRegularFile(real) || Files.size(real) > MAX_PRICES_FILE) {
                throw new ConfigException(display, fileNode.span(), "pricing.file " + name
                        + " is not a prices file (a regular file of at most " + MAX_PRICES_FILE + " bytes)");
            }
            bytes = Files.readAllBytes(real);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ConfigException(display, fileNode.span(), "pricing.file " + name + " does not exist");
        } catch (IOException e) {
            throw new ConfigException(display, fileNode.span(), "cannot read pricing.file " + name + ": "
                    + e.getClass().getSimpleName());
        }
        DecodedText decoded = SourceText.decode(bytes);
        if (decoded.problem() != null) {
            throw new ConfigException(fileDisplay, decoded.problem().span(), decoded.problem().message());
        }
        YamlFile yaml = new YamlReader(YamlLimits.defaults()).read(SourcePath.of(fileDisplay), decoded.text());
        if (!yaml.problems().isEmpty()) {
            var p = yaml.problems().get(0);
            throw new ConfigException(fileDisplay, p.span(), "not valid YAML: " + p.message());
        }
        List<YDocument> documents = yaml.documents().stream().filter(d -> d.root() != null).toList();
        if (documents.size() != 1) {
            throw new ConfigException(fileDisplay, documents.isEmpty() ? null : documents.get(1).span(),
                    "a prices file holds one mapping: cpuCoreHour, memoryGiBHour, storageGiBHour");
        }
        YMap map = ConfigLoader.mapping(fileDisplay, documents.get(0).root(), "a prices file");
        ConfigLoader.rejectUnknown(fileDisplay, map, PRICE_KEYS, "key in a prices file");
        return prices(fileDisplay, map, fileDisplay);
    }

    /** An optional number that must be finite and, for prices, not negative. */
    private static Double number(String display, YMap map, String key, String example) {
        YNode node = map.get(key).orElse(null);
        if (node == null) {
            return null;
        }
        YScalar s = ConfigLoader.scalar(display, node, key);
        if (s.isNull()) {
            return null;
        }
        Double value = null;
        if (s.type() == ScalarType.INT) {
            value = s.asLong().map(Long::doubleValue).orElse(null);
        } else if (s.type() == ScalarType.FLOAT) {
            try {
                value = Double.valueOf(s.text().replace("_", ""));
            } catch (NumberFormatException e) {
                value = null;
            }
        }
        if (value == null || value.isNaN() || value.isInfinite()) {
            throw new ConfigException(display, s.span(), key + " must be " + example + ", not '" + s.text() + "'");
        }
        if (PRICE_KEYS.contains(key) && value < 0) {
            throw new ConfigException(display, s.span(), key + " must not be negative");
        }
        return value;
    }

    private static String string(String display, YMap map, String key) {
        return map.get(key).map(n -> ConfigLoader.scalar(display, n, key)).flatMap(YScalar::string).orElse(null);
    }

    private static String ids() {
        return Arrays.stream(KpiId.values()).map(KpiId::id).collect(Collectors.joining(", "));
    }
}
