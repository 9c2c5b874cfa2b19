package dev.cairn.ingest.render.helm;

import dev.cairn.core.k8s.SourceMap;
import dev.cairn.core.model.Location;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.model.Span;
import dev.cairn.core.yaml.YMap;
import dev.cairn.core.yaml.YNode;
import dev.cairn.core.yaml.YScalar;
import dev.cairn.ingest.render.Placed;
import dev.cairn.ingest.render.TreeWalk;
import java.util.List;
import java.util.Optional;

/**
 * Maps the fields of one object of {@code helm template} output back to the chart. The object's template
 * comes from Helm's {@code # Source:} marker; a field points at its key's line in that template, or at the
 * values file line that set it when the template writes a value from {@code .Values} there (an image tag, a
 * password) or inserts a values subtree with {@code toYaml}. Values files are tried in the order Helm lets
 * them win: the variant's values file, then the chart's {@code values.yaml}.
 */
final class HelmSourceMap implements SourceMap {
    private final YMap rendered;
    private final SourcePath template;
    private final List<String> lines;
    private final TemplateLocator locator;
    private final TemplateLocator.Region region;
    private final List<Placed> values;

    HelmSourceMap(YMap rendered, SourcePath template, List<String> lines, String kind, int ordinal, List<Placed> values) {
        this.rendered = rendered;
        this.template = template;
        this.lines = lines;
        this.locator = new TemplateLocator(lines);
        this.region = locator.region(kind, ordinal);
        this.values = values;
    }

    @Override
    public Location object() {
        return line(locator.objectStart(region), null);
    }

    @Override
    public Location locate(YNode node, boolean entry) {
        List<String> tokens = TreeWalk.relative(rendered.pointer(), node.pointer()).orElse(List.of());
        TemplateLocator.Match m = locator.locate(region, tokens);
        if (m.complete() && node instanceof YScalar scalar) {
            Optional<Location> fromValues = valueOnLine(m.refs(), scalar, entry);
            if (fromValues.isPresent()) return fromValues.get();
        }
        if (!m.blockRefs().isEmpty() && m.depth() < tokens.size()) {
            YNode below = TreeWalk.follow(rendered, rendered, tokens.subList(0, m.depth())).node();
            Optional<Location> inserted = insertedValue(m.blockRefs(), below, tokens.subList(m.depth(), tokens.size()), entry);
            if (inserted.isPresent()) return inserted.get();
        }
        return line(m.line(), m.column());
    }

    /** A value the template writes from {@code .Values}: the reference whose value shows in the rendered text. */
    private Optional<Location> valueOnLine(List<List<String>> refs, YScalar rendered, boolean entry) {
        for (Placed file : values) {
            for (int i = refs.size() - 1; i >= 0; i--) {
                TreeWalk.Match match = TreeWalk.follow(null, file.root(), refs.get(i));
                if (match.complete() && match.node() instanceof YScalar s && !s.isNull() && !s.text().isEmpty()
                        && rendered.text().contains(s.text())) {
                    return Optional.of(file.locate(match, entry));
                }
            }
        }
        return Optional.empty();
    }

    /** A field inside YAML the template inserts from values: the deepest node a values file has for it. */
    private Optional<Location> insertedValue(List<List<String>> refs, YNode renderedBelow, List<String> rest, boolean entry) {
        Location best = null;
        int bestDepth = 0;
        for (Placed file : values) {
            for (List<String> ref : refs) {
                TreeWalk.Match at = TreeWalk.follow(null, file.root(), ref);
                if (!at.complete()) continue;
                TreeWalk.Match inside = TreeWalk.follow(renderedBelow, at.node(), rest);
                if (inside.depth() > bestDepth || best == null && inside.complete()) {
                    best = file.locate(inside.depth() == 0 ? at : inside, entry);
                    bestDepth = inside.depth();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private Location line(int index, Integer column) {
        String text = index < lines.size() ? lines.get(index) : "";
        int start = (column == null ? text.length() - text.stripLeading().length() : column) + 1;
        int end = Math.max(start, text.stripTrailing().length() + 1);
        return new Location(template, new Span(index + 1, start, index + 1, end), null, null);
    }
}
