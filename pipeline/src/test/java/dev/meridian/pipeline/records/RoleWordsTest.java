package dev.meridian.pipeline.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

class RoleWordsTest {

    @Test
    void findsRoleWordsAtTheStartOfAnyLineAndTheReservedTokensAnywhere() {
        assertThat(RoleWords.present("Human: hi")).isTrue();
        assertThat(RoleWords.present("log\r  \tASSISTANT \t: ok")).isTrue();
        assertThat(RoleWords.present("a\u2028system: x")).isTrue();
        assertThat(RoleWords.present("see <Image> here")).isTrue();
        assertThat(RoleWords.present("done [eos]")).isTrue();
    }

    @Test
    void leavesAloneWhatOnlyLooksLikeOne() {
        assertThat(RoleWords.present("Humanity: hi")).isFalse();
        assertThat(RoleWords.present("the user: field")).isFalse();
        assertThat(RoleWords.present("bot\n: x")).isFalse();
        assertThat(RoleWords.present("<images> and [EOS ]")).isFalse();
        assertThat(RoleWords.present("")).isFalse();
    }

    @Test
    void defusesNovasCapitalizedRoleWordsInTheMiddleOfALine() {
        assertThat(RoleWords.strip("as logged, System: shutting down; then User : retried")).isEqualTo("as logged, System - shutting down; then User - retried");
        assertThat(RoleWords.strip("S3AFileSystem: closed, the user: field")).isEqualTo("S3AFileSystem - closed, the user: field");
    }

    @Test
    void leavesNoWordNovaReservesInTheHadoopDemoText() throws IOException {
        // the server's demo data: 2,503 real issues, with "User:" and "System:" (often as "S3AFileSystem:") mid-line
        Path demo = Path.of("../server/src/main/resources/demo/apache-hadoop/issues.csv");
        List<String> texts = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(demo, StandardCharsets.UTF_8)) {
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
                    .forEach(row -> texts.add(row.get("Summary") + "\n" + row.get("Description")));
        }
        assertThat(texts).hasSizeGreaterThan(2_500);
        assertThat(texts).anyMatch(text -> text.contains("System:"));
        assertThat(texts.stream().map(RoleWords::strip)).noneMatch(text -> Stream.of("User:", "Bot:", "Assistant:", "System:",
                "<image>", "<video>", "[EOS]").anyMatch(text::contains));
    }

    @Test
    void defusesOnlyWhatItFinds() {
        assertThat(RoleWords.strip("  plain text, user: inline  ")).isEqualTo("plain text, user: inline");
        assertThat(RoleWords.strip("chat:\n User: a\nbot: b <video>")).isEqualTo("chat:\n User - a\nbot - b");
    }
}
