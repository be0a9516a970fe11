package dev.meridian.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.pipeline.queue.Queue;
import dev.meridian.support.Api;
import dev.meridian.support.MeridianTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A site admin looks at a dead letter on the embedded queue, sends it back, and discards it (SQS: SqsAndS3FlowTest). */
@MeridianTest
class DeadLettersTest {

    @LocalServerPort
    int port;
    @Autowired
    Queue queue;

    @Test
    void showsRedrivesAndDiscardsADeadLetter() {
        var admin = Api.admin(port);
        var body = "{\"eventId\": 1, \"type\": \"comment.added\", \"projectKey\": \"DLQ\", \"payload\": \"" + UUID.randomUUID() + "\"}";
        var id = queue.send(List.of(body)).get(0);
        deadLetter(id);

        var listed = admin.get("/api/v1/pipeline/dead-letters?limit=500").json();
        assertThat(listed.get("total").asLong()).isPositive();
        var mine = listed.get("items").valueStream().filter(item -> item.get("id").asString().equals(id)).findFirst().orElseThrow();
        assertThat(mine.get("body").asString()).isEqualTo(body);
        assertThat(mine.get("type").asString()).isEqualTo("comment.added");
        assertThat(mine.get("projectKey").asString()).isEqualTo("DLQ");

        var redriven = admin.post("/api/v1/pipeline/dead-letters/redrive?max=100000", null);
        assertThat(redriven.json().get("redriven").asInt()).isPositive();
        assertThat(isDead(id)).isFalse();

        deadLetter(id);
        assertThat(admin.delete("/api/v1/pipeline/dead-letters/" + id).json().get("discarded").asBoolean()).isTrue();
        assertThat(isDead(id)).isFalse();
        assertThat(admin.delete("/api/v1/pipeline/dead-letters/" + id).json().get("discarded").asBoolean()).isFalse();
    }

    /** Receives without deleting, with no visibility timeout, until the queue gives the message up. */
    private void deadLetter(String id) {
        for (int round = 0; round < 500 && !isDead(id); round++) {
            queue.receive(10, Duration.ZERO, Duration.ZERO);
        }
        assertThat(isDead(id)).as("message " + id + " in the dead-letter queue").isTrue();
    }

    private boolean isDead(String id) {
        return queue.peekDeadLetters(100_000).stream().anyMatch(letter -> letter.id().equals(id));
    }
}
