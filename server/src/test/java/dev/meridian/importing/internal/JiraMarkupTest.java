package dev.meridian.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

/** Descriptions of a Jira export read as the Markdown the issue view renders. */
class JiraMarkupTest {

    @Test
    void codeAndNoformatBlocksBecomeFencesWithTheirTextAsWritten() {
        var jira = "Steps:{code:java}\nif (a *b* c) { x = {{y}}; }\n{code}\nthen {noformat}h1. not a heading\n* nor a list{noformat} done";

        assertThat(JiraMarkup.toMarkdown(jira)).isEqualTo("""
                Steps:

                ```java
                if (a *b* c) { x = {{y}}; }
                ```

                then\s

                ```
                h1. not a heading
                * nor a list
                ```

                 done""".replace("\\s", " "));
    }

    @Test
    void headingsListsRulesAndQuotesBecomeTheirMarkdownForms() {
        var jira = "h3. Problem\nThe *balancer* stops.\n* first\n** nested\n# one\n#* under one\n----\nbq. quoted\n{quote}said\nthis{quote}";

        assertThat(JiraMarkup.toMarkdown(jira)).isEqualTo("""
                ### Problem \s
                The **balancer** stops. \s
                - first \s
                    - nested \s
                1. one \s
                    - under one \s
                *** \s
                > quoted
                > said \s
                > this""".replace(" \\s", "  ").replace("\\s", " "));
    }

    @Test
    void linksMentionsImagesMonospaceAndColoursBecomeMarkdownOrPlainText() {
        var jira = "See [the doc|https://hadoop.apache.org/docs], [https://issues.apache.org], [~stevel], [Steve|~stevel], "
                + "[^trace.log], !screen.png|thumbnail!, {{dfs.replication=*3*}} and {color:red}red{color} [HDFS-1|HDFS-1].";

        assertThat(JiraMarkup.toMarkdown(jira)).isEqualTo("See [the doc](https://hadoop.apache.org/docs), "
                + "<https://issues.apache.org>, @stevel, Steve, trace.log, [image: screen.png], `dfs.replication=*3*` and red "
                + "HDFS-1.");
    }

    @Test
    void tablesGetAHeaderRowAndKeepLinksInOneCell() {
        var jira = "Results:\n||Test||Time||\n|[run|https://ci/1]|3 s|\n|b|{{a|b}}|";

        assertThat(JiraMarkup.toMarkdown(jira)).isEqualTo("""
                Results: \s

                | Test | Time |
                | --- | --- | \s
                | [run](https://ci/1) | 3 s | \s
                | b | `a|b` |""".replace(" \\s", "  "));
    }

    @Test
    void textJiraShowsAsWrittenIsNotReadAsMarkdown() {
        var jira = "Output\n=====\n> hadoop fs -ls\n+ added\nglob *.jar and *.class, a_b_c, 2 * 3 * 4";

        assertThat(JiraMarkup.toMarkdown(jira)).isEqualTo("""
                Output \s
                \\===== \s
                \\> hadoop fs -ls \s
                \\+ added \s
                glob *.jar and *.class, a_b_c, 2 * 3 * 4""".replace(" \\s", "  "));
    }

    @Test
    void anUnclosedCodeBlockRunsToTheEndAndBlankDescriptionsStayAsTheyAre() {
        assertThat(JiraMarkup.toMarkdown("Trace:\n{code}\nat Foo.bar()")).isEqualTo("Trace:\n\n```\nat Foo.bar()\n```");
        assertThat(JiraMarkup.toMarkdown("")).isEmpty();
        assertThat(JiraMarkup.toMarkdown(null)).isNull();
    }

    @Test
    void everyHadoopDescriptionKeepsItsCodeVerbatimAndLosesItsWikiSyntax() throws IOException {
        var block = Pattern.compile("\\{(code|noformat)(?::[^}]*)?}\\n?(.*?)\\{\\1}", Pattern.DOTALL);
        int blocks = 0;
        try (var reader = new InputStreamReader(getClass().getResourceAsStream("/demo/apache-hadoop/issues.csv"), StandardCharsets.UTF_8)) {
            for (var record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                var jira = record.get("Description").replace("\r\n", "\n");
                var markdown = JiraMarkup.toMarkdown(jira);
                var codes = block.matcher(jira);
                while (codes.find()) {
                    assertThat(markdown).as(record.get("Issue id")).contains(codes.group(2).strip());
                    blocks++;
                }
                var outsideCode = markdown.replaceAll("(?s)(`{3,}).*?\\1", "");
                assertThat(outsideCode).as(record.get("Issue id")).doesNotContain("{code", "{noformat", "{quote}", "{color")
                        .doesNotContainPattern("(?m)^h[1-6]\\. ");
            }
        }
        assertThat(blocks).isGreaterThan(500);
    }
}
