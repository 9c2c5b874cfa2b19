package dev.cairn.checks.dockerfile;

import dev.cairn.core.dockerfile.Dockerfile;
import dev.cairn.core.dockerfile.Stage;
import java.util.ArrayList;
import java.util.List;

/**
 * The stages whose layers end up in the image: the final stage and the stages it builds on through
 * {@code FROM <stage>}. What other stages leave behind is thrown away, so size and secret checks skip them.
 */
final class ShippedStages {
    private ShippedStages() {}

    static List<Stage> of(Dockerfile dockerfile) {
        List<Stage> out = new ArrayList<>();
        Stage stage = dockerfile.finalStage().orElse(null);
        while (stage != null) {
            out.addFirst(stage);
            stage = dockerfile.parentStage(stage).orElse(null);
        }
        return out;
    }
}
