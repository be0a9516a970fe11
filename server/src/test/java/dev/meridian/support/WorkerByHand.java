package dev.meridian.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.meridian.pipeline.lambda.DatasetWorkerHandler;
import dev.meridian.pipeline.lambda.LocalLambdaContext;
import dev.meridian.pipeline.queue.Queue;
import dev.meridian.pipeline.queue.QueueMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The dataset worker driven by a test, where the pipeline is off: take one project's messages, hand them to the handler. */
public record WorkerByHand(Queue queue, DatasetWorkerHandler handler, JsonMapper json) {

    /** Takes this project's messages off the queue; other tests' messages are left visible for them. */
    public List<QueueMessage> drain(String project) {
        var mine = new ArrayList<QueueMessage>();
        var others = new ArrayList<String>();
        while (true) {
            var batch = queue.receive(10, Duration.ZERO, Duration.ofSeconds(30));
            if (batch.isEmpty()) {
                break;
            }
            for (var message : batch) {
                if (json.readTree(message.body()).path("projectKey").asString("").equals(project)) {
                    mine.add(message);
                    queue.delete(message.receiptHandle());
                } else {
                    others.add(message.receiptHandle());
                }
            }
        }
        others.forEach(handle -> queue.changeVisibility(handle, Duration.ZERO));
        return mine;
    }

    public void work(List<QueueMessage> messages) {
        var event = new SQSEvent();
        event.setRecords(messages.stream().map(m -> {
            var record = new SQSEvent.SQSMessage();
            record.setMessageId(m.id());
            record.setBody(m.body());
            return record;
        }).toList());
        var response = handler.handleRequest(event, new LocalLambdaContext(Clock.systemUTC(), Duration.ofMinutes(1)));
        assertThat(response.getBatchItemFailures()).isEmpty();
    }

    /** Backfills the project through the API, waits for the job to finish, and works its messages. */
    public void backfill(Api admin, String project) {
        var response = admin.post("/api/v1/training/datasets/" + project + "/backfill", null);
        assertThat(response.status()).as(response.toString()).isEqualTo(202);
        var job = awaitBackfill(admin, project, response.json().get("id").asLong());
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("done");
        work(drain(project));
    }

    /** The backfill job once it is no longer running (within 30 s). */
    public static JsonNode awaitBackfill(Api admin, String project, long id) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            for (var job : admin.get("/api/v1/training/datasets/" + project + "/backfills").json().get("items")) {
                if (job.get("id").asLong() == id && !job.get("status").asString().equals("running")) {
                    return job;
                }
            }
            assertThat(System.nanoTime()).as("backfill %d finished within 30 s", id).isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
