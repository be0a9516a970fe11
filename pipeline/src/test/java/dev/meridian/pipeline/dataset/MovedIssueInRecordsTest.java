package dev.meridian.pipeline.dataset;

import static dev.meridian.pipeline.fixtures.Events.JANE;
import static dev.meridian.pipeline.fixtures.Events.commentAdded;
import static dev.meridian.pipeline.fixtures.Events.event;
import static dev.meridian.pipeline.fixtures.Events.issue;
import static dev.meridian.pipeline.fixtures.Events.issueUpdated;
import static dev.meridian.pipeline.fixtures.Events.link;
import static dev.meridian.pipeline.fixtures.Events.linkCreated;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.pipeline.DatasetWorker;
import dev.meridian.pipeline.event.Json;
import dev.meridian.pipeline.store.LocalFolderObjectStore;
import dev.meridian.pipeline.store.ObjectStore;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * An issue moved to another project, as the server tells it: its old key deleted in the old project, its new key
 * created in the new one, its comments and links told again under the new key. It is then in the data once, with them.
 */
class MovedIssueInRecordsTest {

    @TempDir
    Path root;

    @Test
    void leavesTheOldProjectsRecordsAndIsInTheNewOnesOnceWithItsCommentsAndLinks() {
        ObjectStore store = new LocalFolderObjectStore(root);
        var worker = new DatasetWorker(Datasets.writer(store));
        worker.process(List.of(issueUpdated(1, "HADOOP-1", Map.of("links", List.of(link(9, "Blocks", "outward", "HADOOP-2")))),
                issueUpdated(2, "HADOOP-2", Map.of("links", List.of(link(9, "Blocks", "inward", "HADOOP-1")))),
                commentAdded(3, "HADOOP-1", 10, JANE, "Same here")), () -> false);

        worker.process(List.of(
                event(4, "issue.deleted", "issue", "HADOOP-1", Map.of("key", "HADOOP-1", "deleted", true, "movedTo", "HDFS-7")),
                event(5, "issue.created", "issue", "HDFS-7", issue("HDFS-7", Map.of("movedFrom", "HADOOP-1",
                        "links", List.of(link(9, "Blocks", "outward", "HADOOP-2"))))),
                commentAdded(6, "HDFS-7", 10, JANE, "Same here"),
                linkCreated(7, 9, "Blocks", "HDFS-7", "HADOOP-2")), () -> false);

        var hadoop = documents(store, "HADOOP");
        var hdfs = documents(store, "HDFS");
        assertThat(hadoop).containsOnlyKeys("HADOOP-2");
        assertThat(hdfs).containsOnlyKeys("HDFS-7");
        assertThat(hdfs.get("HDFS-7").at("/fields/commentCount").asInt()).isEqualTo(1);
        assertThat(hdfs.get("HDFS-7").at("/fields/links").toString()).contains("\"direction\":\"outward\",\"issueKey\":\"HADOOP-2\"");
        assertThat(hadoop.get("HADOOP-2").at("/fields/links").toString())
                .isEqualTo("[{\"type\":\"Blocks\",\"direction\":\"inward\",\"issueKey\":\"HDFS-7\"}]");
    }

    private static Map<String, JsonNode> documents(ObjectStore store, String project) {
        Manifest manifest = Datasets.sealer(store).seal(project).orElseThrow();
        Map<String, JsonNode> documents = new HashMap<>();
        for (String line : Datasets.lines(store, manifest, "documents-train.jsonl", "documents-validation.jsonl")) {
            JsonNode document = Json.MAPPER.readTree(line);
            documents.put(document.get("issueKey").asString(), document);
        }
        return documents;
    }
}
