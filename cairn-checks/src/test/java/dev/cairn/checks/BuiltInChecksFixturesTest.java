package dev.cairn.checks;

import dev.cairn.testkit.FixtureRunner;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Every built-in check against every fixture beside it: exact findings and the promised status. */
class BuiltInChecksFixturesTest {
    @TestFactory
    Stream<DynamicNode> everyCheckOnItsFixtures() {
        return FixtureRunner.tests(BuiltInChecks.registry());
    }
}
