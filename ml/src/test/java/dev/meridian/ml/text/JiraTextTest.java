package dev.meridian.ml.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JiraTextTest {

    private static final String REPORT = """
            h2. Problem
            *NameNode* fails on start, see [the log|https://example.org/log] and [~alice].
            {code:java}
            java.lang.NullPointerException: boom
              at org.apache.hadoop.hdfs.A.a(A.java:1)
              at org.apache.hadoop.hdfs.B.b(B.java:2)
              at org.apache.hadoop.hdfs.C.c(C.java:3)
              at org.apache.hadoop.hdfs.D.d(D.java:4)
              at org.apache.hadoop.hdfs.E.e(E.java:5)
              at org.apache.hadoop.hdfs.F.f(F.java:6)
              at org.apache.hadoop.hdfs.G.g(G.java:7)
              at org.apache.hadoop.hdfs.H.h(H.java:8)
            {code}
            """;

    @Test
    void proseDropsMarkupCodeAndMentions() {
        var prose = JiraText.prose(REPORT);

        assertThat(prose).contains("Problem", "NameNode fails on start", "the log");
        assertThat(prose).doesNotContain("h2.", "*", "https://", "alice", "NullPointerException", "{code");
    }

    @Test
    void lexicalKeepsCodeButCutsLongStackTraces() {
        var lexical = JiraText.lexical(REPORT);

        assertThat(lexical).contains("NullPointerException", "hdfs.A.a", "hdfs.F.f");
        assertThat(lexical).doesNotContain("hdfs.G.g", "hdfs.H.h", "{code");
    }

    @Test
    void termsSplitIdentifiersAndKeepThemWhole() {
        assertThat(Terms.of("FileSystem.open failed")).contains("filesystem.open", "file", "system", "open", "fail");
    }
}
