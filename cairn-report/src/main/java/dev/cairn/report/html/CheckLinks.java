package dev.cairn.report.html;

import dev.cairn.core.model.CheckId;
import dev.cairn.report.RuleCatalog;
import dev.cairn.report.RuleInfo;
import java.util.Optional;

/**
 * Names a check by id and slug, linked to its documentation page when the catalog knows one. These links are
 * the only way out of the report and only a reader's click follows them.
 */
final class CheckLinks {
    private final RuleCatalog rules;

    CheckLinks(RuleCatalog rules) {
        this.rules = rules;
    }

    /** The id, linked to the check's page when there is one, and the slug beside it. */
    Element name(CheckId id, String slug) {
        Optional<RuleInfo> rule = rules.rule(id);
        Element idNode = rule.map(RuleInfo::helpUri).filter(uri -> uri.startsWith("https://"))
                .map(uri -> Element.of("a", id.value()).href(uri))
                .orElseGet(() -> Element.of("span", id.value()));
        rule.ifPresent(r -> idNode.attr("title", r.title()));
        Element name = Element.of("span").cls("check").add(idNode);
        if (slug != null && !slug.isEmpty()) {
            name.add(new Text(" " + slug));
        }
        return name;
    }
}
