package dev.meridian.training;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.pipeline.fixtures.S3MockServer;
import dev.meridian.pipeline.queue.Queue;
import dev.meridian.pipeline.queue.SqsQueue;
import dev.meridian.pipeline.store.EncryptingObjectStore;
import dev.meridian.pipeline.store.ObjectStore;
import dev.meridian.pipeline.store.S3ObjectStore;
import dev.meridian.support.Api;
import dev.meridian.support.AwsTestServers;
import dev.meridian.support.Fixtures;
import dev.meridian.support.TestDataDir;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole flow on the AWS adapters, chosen by configuration alone: REST edits → outbox → relay → SQS (ElasticMQ) →
 * dataset worker → S3 (S3Mock) with SSE-KMS, a key prefix and client-side encryption. A malformed event goes round
 * maxReceiveCount times and ends in the SQS dead-letter queue; the edits around it flow on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "meridian.durable=false",
        "meridian.bootstrap.demo-project=false",
        "meridian.bootstrap.admin-email=" + Api.ADMIN_EMAIL,
        "meridian.bootstrap.admin-password=" + Api.ADMIN_PASSWORD,
        "meridian.pipeline.enabled=true",
        "meridian.pipeline.relay-interval-ms=100",
        "meridian.pipeline.queue.sqs-queue=flow-changes",
        "meridian.pipeline.queue.visibility-timeout=2s",
        "meridian.pipeline.queue.max-receive-count=3",
        "meridian.pipeline.queue.wait-time=1s",
        "meridian.pipeline.store.s3-prefix=meridian/",
        "meridian.pipeline.store.s3-kms-key-id=" + S3MockServer.KMS_KEY_ID,
        "meridian.pipeline.store.encryption-key=" + SqsAndS3FlowTest.KEY,
        "logging.level.root=warn"})
@Import({TestDataDir.class, AwsTestServers.class})
@DirtiesContext
class SqsAndS3FlowTest {

    static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    Queue queue;
    @Autowired
    S3MockServer s3Mock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void editsReachS3EncryptedAndAnonymizedWhileAPoisonMessageEndsInTheDeadLetterQueue() throws Exception {
        assertThat(queue).isInstanceOf(SqsQueue.class);
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var reporter = fixtures.user("reporter");
        fixtures.member(project, reporter, "member");
        var email = Fixtures.email(reporter);
        var summaries = new ArrayList<String>();
        var first = createIssue(reporter, project, "Checkpoint upload stalls; mail " + email + " from 10.1.2.3", summaries);
        createIssue(reporter, project, "Balancer skips racks", summaries);
        long poison = insertPoisonEvent(project, first);
        createIssue(reporter, project, "Quota report double counts snapshots", summaries);
        reporter.patch("/api/v1/issues/" + first, Map.of("priority", "High"));

        try (var s3 = s3Mock.client()) {
            var raw = new S3ObjectStore(s3, S3MockServer.BUCKET, "meridian/", null);
            ObjectStore dataset = new EncryptingObjectStore(raw, Base64.getDecoder().decode(KEY));
            await(Duration.ofSeconds(60), () -> documents(dataset, project).containsAll(summaries.subList(1, 3))
                    && documents(dataset, project).stream().anyMatch(s -> s.startsWith("Checkpoint upload stalls"))
                    && queue.stats().deadLetters() == 1);

            assertThat(queue.peekDeadLetters(10)).singleElement().satisfies(letter ->
                    assertThat(letter.body()).contains("\"eventId\":" + poison));
            assertThat(fixtures.admin().get("/api/v1/pipeline/status").json().at("/queue/deadLetters").asLong()).isEqualTo(1);
            redriveAndDiscard(fixtures.admin(), poison);
            var text = String.join("\n", documents(dataset, project));
            assertThat(text).contains("Checkpoint upload stalls");
            assertThat(text).doesNotContain(email).doesNotContain("10.1.2.3");
            var keys = s3.listObjectsV2(r -> r.bucket(S3MockServer.BUCKET).prefix("meridian/datasets/" + project + "/")).contents();
            assertThat(keys).isNotEmpty().allSatisfy(object -> {
                var head = s3.headObject(r -> r.bucket(S3MockServer.BUCKET).key(object.key()));
                assertThat(head.ssekmsKeyId()).isEqualTo(S3MockServer.KMS_KEY_ID);
                assertThat(new String(s3.getObjectAsBytes(r -> r.bucket(S3MockServer.BUCKET).key(object.key())).asByteArray(), UTF_8))
                        .doesNotContain("Balancer");
            });
        }
    }

    /** Sent back, the poison message fails its receives again and returns; discarded, it is gone. */
    private void redriveAndDiscard(Api admin, long poison) throws InterruptedException {
        assertThat(admin.get("/api/v1/pipeline/dead-letters").json().at("/items/0/eventId").asLong()).isEqualTo(poison);
        assertThat(admin.post("/api/v1/pipeline/dead-letters/redrive", null).json().get("redriven").asInt()).isEqualTo(1);
        await(Duration.ofSeconds(60), () -> queue.stats().deadLetters() == 1 && queue.stats().visible() + queue.stats().inFlight() == 0);
        var letter = admin.get("/api/v1/pipeline/dead-letters").json().at("/items/0");
        assertThat(letter.get("eventId").asLong()).isEqualTo(poison);

        assertThat(admin.delete("/api/v1/pipeline/dead-letters/" + letter.get("id").asString()).json().get("discarded").asBoolean()).isTrue();
        await(Duration.ofSeconds(30), () -> queue.stats().deadLetters() == 0);
        assertThat(admin.header("Accept", "text/plain").get("/actuator/prometheus").text())
                .contains("meridian_pipeline_events_total{outcome=\"retried\",type=\"comment.added\"}");
    }

    private static String createIssue(Api as, String project, String summary, List<String> summaries) {
        var created = as.post("/api/v1/issues", Map.of("project", project, "type", "Bug", "summary", summary));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        summaries.add(summary);
        return created.json().get("key").asString();
    }

    /** A comment event the worker cannot read (its id is not a number), committed like any other change. */
    private long insertPoisonEvent(String project, String issueKey) {
        return transactions.execute(status -> jdbc.sql("""
                insert into outbox (aggregate_type, aggregate_id, event_type, project_key, payload)
                values ('comment', 'x', 'comment.added', ?, cast(? as jsonb)) returning id""")
                .params(project, "{\"id\": \"not-a-number\", \"issueKey\": \"" + issueKey + "\"}").query(Long.class).single());
    }

    /** Summaries of the issue documents stored for the project (the document records' first line). */
    private static List<String> documents(ObjectStore dataset, String project) {
        return dataset.list("datasets/" + project + "/").stream().filter(key -> key.contains("/document-"))
                .map(key -> new String(dataset.get(key).orElseThrow(), UTF_8))
                .flatMap(String::lines)
                .map(line -> JSON.readTree(line).get("text").asString().lines().findFirst().orElse(""))
                .collect(Collectors.toList());
    }

    private static void await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + timeout);
            }
            Thread.sleep(250);
        }
    }
}
