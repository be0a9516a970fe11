package dev.meridian.assistant.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.assistant.internal.ChatProvider.Ask;
import dev.meridian.assistant.internal.ChatTools.Trace;
import dev.meridian.assistant.internal.QuestionIntent.Kind;
import dev.meridian.identity.CurrentUser;
import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import dev.meridian.support.Problems;
import dev.meridian.support.Training;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The question-intent model: trained from a project's own words through the registry, then read by the local provider. */
@MeridianTest
class QuestionIntentModelTest {

    @LocalServerPort
    int port;
    @Autowired
    LocalProvider local;
    @Autowired
    JdbcClient jdbc;

    @Test
    void isTrainedFromTheProjectsWordsIntoTheRegistryAndReadsQuestionsTheCueWordsMiss() {
        var fixtures = new Fixtures(port);
        Api admin = fixtures.admin();
        var project = fixtures.project();
        var ana = fixtures.user("ana", "Ana Moreau");
        fixtures.member(project, ana, "member");
        var me = jdbc.sql("select id, email, display_name from users where email = ?").param(Fixtures.email(ana))
                .query((rs, i) -> new CurrentUser(rs.getLong(1), rs.getString(2), rs.getString(3), false)).single();
        var question = "which person has the most open issues?";
        assertThat(local.intent(new Ask(question, List.of(), project, me), new Trace()).kind())
                .as("the cue words alone").isEqualTo(Kind.LIST);

        var job = Training.trainKind(admin, project, QuestionIntentModel.KIND);

        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("succeeded");
        var version = admin.get("/api/v1/models?project=" + project).json().get(0);
        assertThat(version.get("kind").asString()).isEqualTo(QuestionIntentModel.KIND);
        assertThat(version.get("status").asString()).isEqualTo("active");
        assertThat(version.at("/metrics/intent.heldout.accuracy").asDouble()).as(version.toString()).isGreaterThanOrEqualTo(0.6);

        var trace = new Trace();
        var read = local.intent(new Ask(question, List.of(), project, me), trace);
        assertThat(read.kind()).isEqualTo(Kind.WHO);
        assertThat(read.latest()).as("most, not fewest").isFalse();
        assertThat(trace.calls()).singleElement().satisfies(c -> assertThat(c.outcome()).startsWith("used"));
        var answer = local.compose(new Ask(question, List.of(), project, me));
        assertThat(answer.intent()).isEqualTo("who");
        assertThat(local.intent(new Ask("how many open bugs are there?", List.of(), project, me), new Trace()).kind())
                .isEqualTo(Kind.COUNT);
        Problems.assertProblem(admin.post("/api/v1/training/jobs", Map.of("project", project, "kind", "nope")), 400);
    }
}
