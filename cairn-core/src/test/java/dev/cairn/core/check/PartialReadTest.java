package dev.cairn.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.model.Location;
import dev.cairn.core.model.ObjectRef;
import dev.cairn.core.model.Severity;
import dev.cairn.core.model.SourcePath;
import dev.cairn.core.model.Span;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A cluster read may miss kinds the credentials cannot list. A cross-object check runs on such a read only
 * when it names the kinds it needs and none of them went unread; one that names none needs them all.
 */
class PartialReadTest {
    private static final ObjectSummary WEB = new ObjectSummary(new ObjectRef("apps/v1", "Deployment", "shop", "web"),
            new Location(SourcePath.of("cluster://mock/shop/Deployment/web"), Span.point(1, 1), "", null), null,
            Map.of(), Map.of(), Map.of(), null, null, true, null, null, null, Map.of(), null, null, List.of(), null);

    @Test
    void aCheckRunsOnAPartialReadOnlyWhenEveryKindItNeedsWasRead() {
        CheckRunner runner = new CheckRunner(List.of(ConfiguredCheck.withDefaults(new Reporting("K8S-997", Set.of())),
                ConfiguredCheck.withDefaults(new Reporting("K8S-998", Set.of("HorizontalPodAutoscaler")))));
        ObjectIndex index = new ObjectIndex(List.of(WEB));

        assertThat(runner.onIndex(index)).extracting(f -> f.checkId().value()).containsExactly("K8S-997", "K8S-998");
        assertThat(runner.onIndex(index, Set.of("NetworkPolicy"))).extracting(f -> f.checkId().value())
                .containsExactly("K8S-998");
        assertThat(runner.onIndex(index, Set.of("NetworkPolicy", "HorizontalPodAutoscaler"))).isEmpty();
    }

    @Test
    void theChecksLeftOutOfAPartialReadAreNamed() {
        CheckRunner runner = new CheckRunner(List.of(ConfiguredCheck.withDefaults(new Reporting("K8S-998", Set.of("HorizontalPodAutoscaler"))),
                ConfiguredCheck.withDefaults(new Reporting("K8S-997", Set.of()))));

        assertThat(runner.indexChecksNotRun(Set.of("NetworkPolicy"))).extracting(s -> s.id().value()).containsExactly("K8S-997");
        assertThat(runner.indexChecksNotRun(Set.of("HorizontalPodAutoscaler"))).extracting(s -> s.id().value())
                .containsExactly("K8S-997", "K8S-998");
        assertThat(runner.indexChecksNotRun(Set.of())).isEmpty();
    }

    /** Reports every object, and needs the given kinds. */
    private record Reporting(String id, Set<String> needs) implements IndexCheck {
        @Override
        public CheckSpec spec() {
            return CheckSpec.builder(id, "reports-" + id.toLowerCase(java.util.Locale.ROOT))
                    .title("Reports every object").severity(Severity.LOW).since("test").build();
        }

        @Override
        public boolean appliesTo(ObjectIndex index) {
            return true;
        }

        @Override
        public void check(ObjectIndex index, FindingSink sink) {
            index.objects().forEach(o -> sink.report(o, "seen"));
        }

        @Override
        public Set<String> needsEvery() {
            return needs;
        }
    }
}
