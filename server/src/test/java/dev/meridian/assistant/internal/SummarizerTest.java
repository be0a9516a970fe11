package dev.meridian.assistant.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.assistant.internal.ChatTools.Trace;
import dev.meridian.identity.CurrentUser;
import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import dev.meridian.support.Problems;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Summarize on a HADOOP-like thread: a NameNode bug with a reviewer's question, a patch, the committer's "+1, committed"
 * that resolved it, and a question asked after; beside it, another issue whose words must never leak in.
 */
@MeridianTest
class SummarizerTest {

    private static final String DESCRIPTION = """
            After upgrading from 3.3.1 to 3.3.4 the NameNode refuses to start. The last edit log segment was truncated by \
            a power loss. {code}java.io.IOException: Premature EOF from inputStream at txid 48213{code} \
            We should skip the truncated tail and log a warning instead of failing the whole start.""";

    @LocalServerPort
    int port;
    @Autowired
    ChatToolBox toolBox;
    private Fixtures fixtures;
    private Api ana;
    private Api bob;
    private Api carl;
    private String project;
    private String namenode;
    private String quota;

    @BeforeEach
    void aHadoopLikeThread() {
        fixtures = new Fixtures(port);
        ana = fixtures.user("ana", "Ana Moreau");
        bob = fixtures.user("bob", "Bob Chen");
        carl = fixtures.user("carl", "Carl Okafor");
        project = fixtures.project();
        fixtures.member(project, ana, "member");
        fixtures.member(project, bob, "member");
        fixtures.member(project, carl, "viewer");
        namenode = created(bob.post("/api/v1/issues", Map.of("project", project, "type", "Bug", "priority", "High",
                "summary", "NameNode fails to restart when the last edit log segment is truncated", "description", DESCRIPTION)));
        quota = fixtures.issue(project, ana, "Quota checker rejects nested volumes");
        comment(quota, ana, "Rolling back the quota change is the only way forward for the 3.4 release.");

        comment(namenode, ana, "Can you attach the NameNode log from the failed start?");
        comment(namenode, bob, "Attached. The segment ends in the middle of a transaction.");
        comment(namenode, ana, "Patch v2 skips the truncated tail with a warning. Could someone review it?");
        comment(namenode, bob, "+1, LGTM. I just committed this to trunk and branch-3.3. Thanks, Ana!");
        var resolved = bob.post("/api/v1/issues/" + namenode + "/transitions", Map.of("status", "Done", "resolution", "Done"));
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        comment(namenode, ana, "Should this also go to branch-3.2?");
    }

    @Test
    void summarizesTheDescriptionAndWhoResolvedItWithTheQuestionLeftOpen() {
        var summary = carl.post("/api/v1/issues/" + namenode + "/summary", Map.of());

        assertThat(summary.status()).as(summary.toString()).isEqualTo(200);
        var text = summary.json().get("text").asString();
        assertThat(summary.json().get("model").asString()).isEqualTo("local/meridian-extractive@1");
        assertThat(summary.json().get("citations").get(0).asString()).isEqualTo(namenode);
        assertThat(summary.json().get("citations").size()).isEqualTo(1);
        assertThat(text).contains("**Done** (Done)").contains("reported by Bob Chen")
                .contains("> After upgrading from 3.3.1 to 3.3.4 the NameNode refuses to start.")
                .doesNotContain("Premature EOF")
                .contains("5 comments by Ana Moreau, Bob Chen")
                .contains("**Resolution**, Bob Chen").contains("I just committed this to trunk and branch-3.3.")
                .contains("**Latest**, Ana Moreau").contains("Should this also go to branch-3.2?")
                .contains("Open question:").doesNotContain("attach the NameNode log").doesNotContain("Could someone review it")
                .doesNotContain("quota change").doesNotContain(quota);
    }

    @Test
    void summarizesAnOpenThreadByItsLatestWordAndAnswersNoneToAnOutsider() {
        var text = ana.post("/api/v1/issues/" + quota + "/summary", Map.of()).json().get("text").asString();
        assertThat(text).contains("**To Do**").contains("1 comment by Ana Moreau")
                .contains("**Latest**, Ana Moreau").contains("Rolling back the quota change")
                .doesNotContain("NameNode").doesNotContain("committed");

        Problems.assertProblem(fixtures.user("eve").post("/api/v1/issues/" + namenode + "/summary", Map.of()), 404);
        Problems.assertProblem(ana.post("/api/v1/issues/" + project + "-99999/summary", Map.of()), 404);
    }

    @Test
    void theChatsSummarizeToolWritesTheSameSummaryAsTheEndpoint() {
        var me = carl.get("/api/v1/myself").json();
        var caller = new CurrentUser(me.get("id").asLong(), me.get("email").asString(), me.get("displayName").asString(), false);

        var result = toolBox.call("summarize_issue", Map.of("key", namenode), caller, new Trace());

        var endpoint = carl.post("/api/v1/issues/" + namenode + "/summary", Map.of()).json();
        assertThat(result.content()).isEqualTo(Map.of("summary", endpoint.get("text").asString(), "model", "local/meridian-extractive@1"));
        assertThat(result.keys()).containsExactly(namenode);
        var outsider = toolBox.call("summarize_issue", Map.of("key", namenode), new CurrentUser(-1, "x@test.local", "X", false), new Trace());
        assertThat(outsider.keys()).isEmpty();
        assertThat(outsider.content().toString()).contains("error").doesNotContain("NameNode");
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("key").asString();
    }

    private static void comment(String key, Api as, String body) {
        var r = as.post("/api/v1/issues/" + key + "/comments", Map.of("body", body));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }
}
