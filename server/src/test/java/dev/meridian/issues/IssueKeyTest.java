package dev.meridian.issues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class IssueKeyTest {

    @Test
    void readsKeysInAnyCaseAndSpacing() {
        assertThat(IssueKey.parse(" hadoop-12 ")).isEqualTo(new IssueKey("HADOOP", 12));
        assertThat(IssueKey.parse("AB1-7").toString()).isEqualTo("AB1-7");
    }

    @Test
    void rejectsWhatIsNotAKey() {
        for (var bad : new String[] {"HADOOP", "HADOOP-0", "H-1", "1ABC-2", "ABC-01", "ABC-1-2", "ABC-9999999999"}) {
            assertThatThrownBy(() -> IssueKey.parse(bad)).as(bad).isInstanceOf(InvalidInputException.class);
        }
    }
}
