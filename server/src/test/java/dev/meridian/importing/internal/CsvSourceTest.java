package dev.meridian.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.platform.InvalidInputException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvSourceTest {

    @Test
    void readsRepeatedJiraColumnsAndCommaListsAsSeveralValues() {
        var parsed = CsvSource.read(new StringReader(
                "Summary,Issue id,Affects Version/s,Affects Version/s,Component/s\nA,1,3.3.1,3.4.0,\"hdfs, yarn\"\n"));
        var row = parsed.rows().get(0);
        assertThat(row.affectsVersions()).containsExactly("3.3.1", "3.4.0");
        assertThat(row.components()).containsExactly("hdfs", "yarn");
    }

    @Test
    void cutsATooLongDescriptionToTheLimitAndWarns() {
        var huge = "é".repeat(40_000);
        var parsed = CsvSource.read(new StringReader("Summary,Issue id,Description\nBig,9,\"" + huge + "\"\n"));
        var description = parsed.rows().get(0).description();
        assertThat(description.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64 * 1024);
        assertThat(description).endsWith("the limit is 64 KiB.]");
        assertThat(parsed.warnings()).singleElement().asString().contains("source id 9");
    }

    @Test
    void rejectsRowsItCannotImportAndKeepsTheRest() {
        var parsed = CsvSource.read(new StringReader("Summary,Issue id\nGood,1\n,2\n" + "x".repeat(300) + ",3\nAgain,1\n"));
        assertThat(parsed.rows()).hasSize(1);
        assertThat(parsed.rejected()).extracting(r -> r.sourceId()).containsExactly("2", "3", "1");
        assertThat(parsed.rejected().get(2).reason()).contains("more than once");
    }

    @Test
    void aFileWithoutSummariesIsRefusedWhole() {
        assertThatThrownBy(() -> CsvSource.read(new StringReader("Title-ish,Id\nx,1\n")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Summary");
    }
}
