package dev.meridian.ml.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HadoopCsvTest {

    @Test
    void readsMultiLineDescriptionsDatesAndFields(@TempDir Path dir) throws Exception {
        var file = dir.resolve("issues.csv");
        Files.writeString(file, """
                Summary,Issue id,Status,Priority,Resolution,Created,Resolved,Affects Version/s,Description
                NPE in NameNode,13404344,Resolved,Blocker,Duplicate,30/Sep/21 17:20,20/Jul/22 20:51,3.3.1,"first line
                {code}at a.B.c(B.java:1){code}"
                """);

        var issue = HadoopCsv.issues(file).get(0);

        assertThat(issue.key()).isEqualTo("13404344");
        assertThat(issue.created()).isEqualTo(Instant.parse("2021-09-30T17:20:00Z"));
        assertThat(issue.description()).contains("first line\n{code}");
        assertThat(issue.field("priority")).isEqualTo("Blocker");
        assertThat(issue.field("affectsVersion")).isEqualTo("3.3.1");
    }

    @Test
    void readsSeveralDuplicatesInOneRowAsOneQuery(@TempDir Path dir) throws Exception {
        var file = dir.resolve("duplicates.csv");
        Files.writeString(file, """
                Issue id,Duplicate id
                13478269,13478452
                13438913,"13547000, 13396667"
                """);

        var queries = HadoopCsv.duplicates(file);

        assertThat(queries).hasSize(2);
        assertThat(queries.get(1).duplicates()).isEqualTo(Set.of("13547000", "13396667"));
        assertThat(HadoopCsv.links(queries)).hasSize(3);
    }
}
