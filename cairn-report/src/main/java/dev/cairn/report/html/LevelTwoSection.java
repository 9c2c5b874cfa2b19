package dev.cairn.report.html;

import dev.cairn.core.model.LevelTwoItem;
import dev.cairn.core.model.ScanReport;
import java.util.List;
import java.util.Optional;

/** What Level 2 asks next in the aspects a team has attained; only there when the assessment names something. */
final class LevelTwoSection {
    private LevelTwoSection() {}

    static Optional<Section> of(ScanReport report) {
        if (report.levelTwoPreview().isEmpty()) {
            return Optional.empty();
        }
        Element list = Element.of("ul").cls("level-two");
        for (LevelTwoItem item : report.levelTwoPreview()) {
            list.add(Element.of("li").add(Element.of("strong", item.aspect().title() + ": " + item.title()))
                    .add(new Text(item.description() == null ? "" : " " + item.description())));
        }
        return Optional.of(new Section("level-two", "Level 2 preview", List.of(list)));
    }
}
