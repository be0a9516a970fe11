package dev.meridian.pipeline.dataset;

import static dev.meridian.pipeline.fixtures.Events.issueUpdated;
import static dev.meridian.pipeline.fixtures.Events.link;
import static dev.meridian.pipeline.fixtures.Events.linkCreated;
import static dev.meridian.pipeline.fixtures.Events.linkDeleted;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.pipeline.DatasetWorker;
import dev.meridian.pipeline.event.Json;
import dev.meridian.pipeline.store.LocalFolderObjectStore;
import dev.meridian.pipeline.store.ObjectStore;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** An issue's document record lists its links, as the issue image names them and as later link events change them. */
class IssueLinksInRecordsTest {

    @TempDir
    Path root;
    ObjectStore store;
    DatasetWriter writer;

    @BeforeEach
    void setUp() {
        store = new LocalFolderObjectStore(root);
        writer = Datasets.writer(store);
    }

    private Map<String, String> linksByIssue() {
        return linksByIssue("HADOOP");
    }

    private Map<String, String> linksByIssue(String project) {
        Manifest manifest = Datasets.sealer(store).seal(project).orElseThrow();
        Map<String, String> links = new HashMap<>();
        for (String line : Datasets.lines(store, manifest, "documents-train.jsonl", "documents-validation.jsonl")) {
            JsonNode document = Json.MAPPER.readTree(line);
            links.put(document.get("issueKey").asString(), document.at("/fields/links").toString());
        }
        return links;
    }

    @Test
    void keepsTheLinksOfTheIssueImage() {
        writer.write("HADOOP", List.of(issueUpdated(1, "HADOOP-1", Map.of("links", List.of(link(7, "Duplicate", "outward", "HADOOP-2"))))));

        assertThat(linksByIssue().get("HADOOP-1")).isEqualTo("[{\"type\":\"Duplicate\",\"direction\":\"outward\",\"issueKey\":\"HADOOP-2\"}]");
    }

    @Test
    void addsALinkToBothIssuesWhenALinkEventArrivesLater() {
        writer.write("HADOOP", List.of(issueUpdated(1, "HADOOP-1", Map.of()), issueUpdated(2, "HADOOP-2", Map.of())));

        writer.write("HADOOP", List.of(linkCreated(3, 9, "Duplicate", "HADOOP-2", "HADOOP-1")));

        Map<String, String> links = linksByIssue();
        assertThat(links.get("HADOOP-2")).contains("\"direction\":\"outward\",\"issueKey\":\"HADOOP-1\"");
        assertThat(links.get("HADOOP-1")).contains("\"direction\":\"inward\",\"issueKey\":\"HADOOP-2\"");
    }

    @Test
    void addsALinkBetweenProjectsToTheIssuesOfBoth() {
        var worker = new DatasetWorker(writer);
        worker.process(List.of(issueUpdated(1, "HADOOP-1", Map.of()), issueUpdated(2, "HDFS-7", Map.of())), () -> false);

        var outcome = worker.process(List.of(linkCreated(3, 9, "Blocks", "HADOOP-1", "HDFS-7")), () -> false);

        assertThat(outcome.projects()).extracting(ProjectOutcome::project).containsExactlyInAnyOrder("HADOOP", "HDFS");
        assertThat(linksByIssue("HADOOP").get("HADOOP-1")).contains("\"direction\":\"outward\",\"issueKey\":\"HDFS-7\"");
        assertThat(linksByIssue("HDFS").get("HDFS-7")).contains("\"direction\":\"inward\",\"issueKey\":\"HADOOP-1\"");
    }

    @Test
    void forgetsADeletedLinkEvenWhenAnOlderIssueImageStillListsIt() {
        writer.write("HADOOP", List.of(issueUpdated(1, "HADOOP-1", Map.of()), issueUpdated(2, "HADOOP-2", Map.of()),
                linkCreated(3, 9, "Blocks", "HADOOP-1", "HADOOP-2")));
        writer.write("HADOOP", List.of(linkDeleted(5, 9, "Blocks", "HADOOP-1", "HADOOP-2")));
        // an issue event committed before the deletion, delivered after it
        writer.write("HADOOP", List.of(issueUpdated(4, "HADOOP-1", Map.of("links", List.of(link(9, "Blocks", "outward", "HADOOP-2"))))));

        assertThat(linksByIssue()).containsEntry("HADOOP-1", "[]").containsEntry("HADOOP-2", "[]");
    }

    @Test
    void dropsALinkTheNextIssueImageNoLongerLists() {
        writer.write("HADOOP", List.of(issueUpdated(1, "HADOOP-1", Map.of("links", List.of(link(7, "Relates", "outward", "HADOOP-3"))))));

        writer.write("HADOOP", List.of(issueUpdated(2, "HADOOP-1", Map.of("links", List.of()))));

        assertThat(linksByIssue()).containsEntry("HADOOP-1", "[]");
    }
}
