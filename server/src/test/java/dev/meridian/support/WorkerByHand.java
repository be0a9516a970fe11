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

    /** Backfills the project through the API and works its messages. */
    public void backfill(Api admin, String project) {
        var response = admin.post("/api/v1/training/datasets/" + project + "/backfill", null);
        assertThat(response.status()).as(response.toString()).isEqualTo(202);
        work(drain(project));
    }
}
