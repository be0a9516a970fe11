package dev.meridian.training.internal.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.ml.Embedder;
import dev.meridian.ml.FieldSuggestion;
import dev.meridian.ml.IssueDocument;
import dev.meridian.ml.LocalModel;
import dev.meridian.pipeline.WorkerSettings;
import dev.meridian.projects.ProjectMembers;
import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import dev.meridian.support.Training;
import dev.meridian.support.WorkerByHand;
import dev.meridian.training.TrainingProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The local model learns from the sealed dataset snapshot, the anonymized records that would go to Bedrock, not from the
 * live issues; its assignee head still names the project's members.
 */
@MeridianTest
class TrainingFromSnapshotTest {

    @LocalServerPort
    int port;
    @Autowired
    WorkerByHand worker;
    @Autowired
    TrainingData data;
    @Autowired
    ProjectMembers members;
    @Autowired
    WorkerSettings pipeline;
    @Autowired
    Embedder embedder;
    @Autowired
    TrainingProperties settings;

    @Test
    void learnsTheSealedRedactedTextAndSuggestsMembersNotPseudonyms() throws IOException {
        var fixtures = new Fixtures(port);
        var admin = fixtures.admin();
        // Not a key from the shared sequence: under P12, say, the held-out split takes five of Ada's nine issues, too many.
        var project = fixtures.project("TRAINED");
        var ada = fixtures.user("ada", "Ada Lovelace");
        var bob = fixtures.user("bob", "Bob Leaving");
        fixtures.member(project, ada, "member");
        fixtures.member(project, bob, "member");
        var first = issue(admin, project, "Balancer moves blocks too slowly between racks",
                "Send the balancer logs to ada.ops@example.com, please", ada);
        for (var summary : List.of("Balancer stalls when a rack is decommissioned", "Balancer ignores the bandwidth setting",
                "Balancer picks the same rack twice", "Balancer hangs on a full rack", "Balancer log is too noisy per rack",
                "Balancer skips racks with a dead node", "Balancer does not stop on request", "Balancer miscounts rack capacity")) {
            issue(admin, project, summary, "The balancer and its racks", ada);
        }
        for (var summary : List.of("Web UI shows the wrong time zone", "Web UI tables do not sort by date", "Web UI logo is blurry",
                "Web UI menu overlaps the title", "Web UI forgets the chosen page size", "Web UI breaks on narrow screens")) {
            issue(admin, project, summary, "The web pages", bob);
        }
        worker.backfill(admin, project);
        var lineage = data.seal(project).orElseThrow();
        assertThat(admin.patch("/api/v1/issues/" + first, Map.of("summary", "Quokka rebalancer rewrites everything",
                "description", "Changed after the snapshot was sealed")).status()).isEqualTo(200);
        assertThat(admin.delete("/api/v1/projects/" + project + "/members/" + Fixtures.email(bob)).status()).isEqualTo(204);

        var texts = new ArrayList<String>();
        var lines = new ArrayList<String>();
        var artifact = Files.createTempDirectory("snapshot-model-").resolve(project + "-1.zip");
        new LocalTrainer(data, members, pipeline, recording(texts), settings).train(new Trainer.Request(project,
                TrainingJobs.KIND, "full", project + "-1", artifact, null, lineage), progress(lines));

        assertThat(texts).anyMatch(t -> t.contains("Balancer moves blocks too slowly between racks"))
                .anyMatch(t -> t.contains("[EMAIL]"))
                .noneMatch(t -> t.contains("ada.ops@example.com"))
                .noneMatch(t -> t.contains("Quokka") || t.contains("Changed after the snapshot"));
        assertThat(lines).anyMatch(l -> l.startsWith("read 15 issues and 0 duplicate links from dataset snapshot " + lineage.snapshotId()
                + "; 1 pseudonyms are no member of " + project + " and are left out"));
        var model = LocalModel.load(artifact);
        assertThat(assignees(model.suggest(IssueDocument.draft("Balancer stalls on a decommissioned rack", "The balancer hangs"),
                embedder))).containsExactly("Ada Lovelace");
        assertThat(assignees(model.suggest(IssueDocument.draft("Web UI shows the wrong page size", "The web pages"), embedder)))
                .as("a pseudonym of nobody in the project is no label").noneMatch(name -> name.startsWith("Person-") || name.equals("Bob Leaving"));
    }

    @Test
    void theTrainedModelSuggestsARealMemberThroughTheApi() {
        var fixtures = new Fixtures(port);
        var admin = fixtures.admin();
        var project = fixtures.project("MEMBER");
        var grace = fixtures.user("grace", "Grace Hopper");
        fixtures.member(project, grace, "member");
        for (var summary : List.of("Compiler crashes on nested generics", "Compiler rejects valid lambda casts",
                "Compiler is slow on large enums", "Compiler warns twice on raw types", "Compiler loops on recursive bounds",
                "Compiler emits wrong line numbers", "Compiler crashes on switch over strings", "Compiler misreads unicode escapes",
                "Compiler rejects a valid annotation")) {
            issue(admin, project, summary, "", grace);
        }
        for (var summary : List.of("Login page logo is blurry", "Login page forgets the email", "Login page has a typo")) {
            issue(admin, project, summary, "", null);
        }
        worker.backfill(admin, project);
        var job = Training.train(admin, project, "full");
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("succeeded");

        var answer = admin.post("/api/v1/projects/" + project + "/suggestions",
                Map.of("summary", "Compiler crashes on generic lambdas", "description", ""));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        var assignees = new ArrayList<String>();
        answer.json().get("fields").forEach(f -> {
            if (f.get("field").asString().equals("assignee")) {
                assignees.add(f.get("value").asString());
            }
        });
        assertThat(assignees).as(answer.toString()).containsExactly("Grace Hopper");
    }

    private static String issue(Api admin, String project, String summary, String description, Api assignee) {
        var body = new HashMap<String, Object>(Map.of("project", project, "type", "Task", "summary", summary, "description", description));
        if (assignee != null) {
            body.put("assignee", Fixtures.email(assignee));
        }
        var created = admin.post("/api/v1/issues", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("key").asString();
    }

    private static List<String> assignees(List<FieldSuggestion> suggestions) {
        return suggestions.stream().filter(s -> s.field().equals("assignee")).map(FieldSuggestion::value).toList();
    }

    private Embedder recording(List<String> texts) {
        return new Embedder() {
            @Override
            public String name() {
                return embedder.name();
            }

            @Override
            public int dimension() {
                return embedder.dimension();
            }

            @Override
            public List<float[]> embed(List<String> batch) {
                texts.addAll(batch);
                return embedder.embed(batch);
            }
        };
    }

    private static Trainer.Progress progress(List<String> lines) {
        return new Trainer.Progress() {
            @Override
            public void report(int percent, String line) {
                lines.add(line);
            }

            @Override
            public void checkpoint() {
            }
        };
    }
}
