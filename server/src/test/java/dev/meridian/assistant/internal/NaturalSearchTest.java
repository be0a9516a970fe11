package dev.meridian.assistant.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.assistant.internal.Lexicon.Named;
import dev.meridian.assistant.internal.Lexicon.Person;
import dev.meridian.assistant.internal.Lexicon.Project;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NaturalSearchTest {

    static final Lexicon HADOOP = new Lexicon(List.of(new Project("HADOOP", "Apache Hadoop")),
            List.of(new Named("Open", "new"), new Named("In Progress", "indeterminate"), new Named("Patch Available", "indeterminate"),
                    new Named("Reopened", "new"), new Named("Resolved", "done"), new Named("Closed", "done")),
            List.of("Bug", "Task", "Story", "Sub-task", "Epic"), List.of("Blocker", "Critical", "Major", "Minor", "Trivial"),
            List.of("Fixed", "Won't Fix", "Duplicate", "Cannot Reproduce"), List.of("hdfs", "yarn", "Backend"), List.of("2.9.2", "3.0.0"),
            List.of("flaky", "ui"), List.of(new Person("steve@apache.org", "Steve Loughran"), new Person("bob@example.com", "Bob Builder")));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            my open bugs from last week | assignee = currentUser() AND resolution = Unresolved AND issuetype = "Bug" AND created >= startOfWeek(-1) AND created < startOfWeek()
            unassigned critical issues in HADOOP | assignee is EMPTY AND priority = "Critical" AND project = HADOOP
            bugs assigned to Steve Loughran resolved this month | issuetype = "Bug" AND assignee = "steve@apache.org" AND resolved >= startOfMonth() AND resolved <= endOfMonth() AND statusCategory = Done
            patch available issues about datanode timeouts | status = "Patch Available" AND text ~ "datanode timeouts"
            stories bob reported | issuetype = "Story" AND reporter = "bob@example.com"
            high priority tasks due this week | priority in ("Blocker", "Critical") AND issuetype = "Task" AND due >= startOfWeek() AND due <= endOfWeek()
            issues updated in the last 3 days | updated >= -3d
            newest blockers labeled flaky | priority = "Blocker" AND labels = "flaky" ORDER BY created DESC
            bugs fixed in 2.9.2 | issuetype = "Bug" AND fixVersion = "2.9.2"
            issues with status open | status = "Open"
            won't fix bugs without components | resolution = "Won't Fix" AND issuetype = "Bug" AND component is EMPTY
            subtasks of HADOOP-12 | parent = HADOOP-12
            what is Bob Builder working on? | assignee = "bob@example.com" AND resolution = Unresolved
            "out of memory" in hdfs | text ~ "\\"out of memory\\"" AND component = "hdfs"
            """)
    void readsAQuestionAsTheJqlItMeans(String question, String jql) {
        assertThat(NaturalSearch.read(question, HADOOP, null).jql()).isEqualTo(jql);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"hello", "make me a sandwich", "what is the meaning of life"})
    void saysNothingWhenItUnderstandsNothing(String question) {
        var reading = NaturalSearch.read(question, HADOOP, "HADOOP");
        assertThat(reading.jql()).isNull();
        assertThat(reading.interpretation()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"open bugs"})
    void keepsToTheProjectTheUserIsIn(String question) {
        var reading = NaturalSearch.read(question, HADOOP, "HADOOP");
        assertThat(reading.jql()).isEqualTo("project = HADOOP AND resolution = Unresolved AND issuetype = \"Bug\"");
        assertThat(reading.interpretation().get(1).phrase()).isEqualTo("open");
    }
}
