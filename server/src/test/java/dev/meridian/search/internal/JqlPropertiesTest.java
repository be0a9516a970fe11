package dev.meridian.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.meridian.search.JqlException;
import org.junit.jupiter.api.Test;

/** Properties over thousands of random inputs; a failure names the seed, so it can be replayed. */
class JqlPropertiesTest {

    private static final int RUNS = 3000;

    @Test
    void anyTreePrintsToTextThatParsesBackToTheSameTree() {
        for (long seed = 0; seed < RUNS; seed++) {
            var tree = new RandomQueries(seed).query();
            var text = JqlPrinter.print(tree);
            Jql.Query back;
            try {
                back = JqlSyntax.parse(text);
            } catch (JqlException e) {
                throw new AssertionError("seed " + seed + ": " + text + " → " + e.getMessage(), e);
            }
            assertThat(back).as("seed %d: %s", seed, text).isEqualTo(tree);
        }
    }

    @Test
    void randomTextIsEitherAQueryOrAJqlErrorWithAPositionInsideIt() {
        for (long seed = 0; seed < RUNS; seed++) {
            var text = new RandomQueries(seed).noise();
            try {
                JqlSyntax.parse(text);
            } catch (JqlException e) {
                var lines = text.split("\n", -1);
                assertThat(e.line()).as("seed %d: %s → %s", seed, text.replace("\r", "\\r").replace("\t", "\\t"), e.getMessage()).isBetween(1, lines.length);
                assertThat(e.character()).as("seed %d: %s → %s", seed, text.replace("\r", "\\r").replace("\t", "\\t"), e.getMessage())
                        .isBetween(1, lines[e.line() - 1].length() + 1);
            } catch (RuntimeException e) {
                fail("seed " + seed + ": " + text + " crashed the parser", e);
            }
        }
    }
}
