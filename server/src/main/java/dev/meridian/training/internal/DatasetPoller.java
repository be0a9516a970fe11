package dev.meridian.training.internal;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.meridian.pipeline.lambda.DatasetWorkerHandler;
import dev.meridian.pipeline.lambda.LocalLambdaContext;
import dev.meridian.pipeline.queue.Queue;
import dev.meridian.pipeline.queue.QueueMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * What AWS does for a Lambda on an SQS event source, done in-process: receive a batch (like the event source's
 * {@code BatchSize}, see {@link Queue#receiveBatch}), hand it to the very same handler, delete what it did not report
 * as failed. Failed messages reappear after the visibility timeout and reach the dead-letter queue after the queue's
 * maxReceiveCount.
 */
final class DatasetPoller {

    private static final Duration MAX_MARGIN = Duration.ofSeconds(5);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Queue queue;
    private final DatasetWorkerHandler handler;
    private final Clock clock;
    private final Settings settings;
    private final Freshness freshness;

    /**
     * @param visibility how long received messages stay hidden; the handler's time budget is derived from it
     * @param waitTime   how long an empty receive waits for the first message
     * @param batchSize  messages handed to the handler at most at once; more are taken only while they are waiting
     */
    record Settings(Duration visibility, Duration waitTime, int batchSize) {
    }

    DatasetPoller(Queue queue, DatasetWorkerHandler handler, Clock clock, Settings settings, Freshness freshness) {
        this.queue = queue;
        this.handler = handler;
        this.clock = clock;
        this.settings = settings;
        this.freshness = freshness;
    }

    /** One receive-handle-delete round; returns how many messages were handled successfully. */
    int pollOnce() {
        var received = clock.instant();
        var messages = receive();
        if (messages.isEmpty()) {
            return 0;
        }
        messages.stream().map(QueueMessage::sentAt).filter(Objects::nonNull).min(Instant::compareTo).ifPresent(freshness::received);
        var event = new SQSEvent();
        event.setRecords(messages.stream().map(DatasetPoller::record).toList());
        var budget = budget(settings.visibility()).minus(Duration.between(received, clock.instant()));
        var response = handler.handleRequest(event, new LocalLambdaContext(clock, budget));
        var failed = new HashSet<String>();
        response.getBatchItemFailures().forEach(f -> failed.add(f.getItemIdentifier()));
        var done = messages.stream().filter(m -> !failed.contains(m.id())).toList();
        queue.deleteAll(done.stream().map(QueueMessage::receiptHandle).toList());
        done.forEach(m -> occurredAt(m).ifPresent(freshness::stored));
        return done.size();
    }

    private List<QueueMessage> receive() {
        return queue.receiveBatch(settings.batchSize(), settings.waitTime(), settings.visibility());
    }

    /** The handler's time for a batch: the visibility timeout less room to delete it before it reappears. */
    static Duration budget(Duration visibility) {
        var margin = visibility.dividedBy(4);
        return visibility.minus(margin.compareTo(MAX_MARGIN) < 0 ? margin : MAX_MARGIN);
    }

    /** Time the handler keeps in hand: it starts no further project once less than this is left of the budget. */
    static Duration timeReserve(Duration visibility) {
        var third = budget(visibility).dividedBy(3);
        return third.compareTo(MAX_MARGIN) < 0 ? third : MAX_MARGIN;
    }

    /** Reads the top-level {@code occurredAt} only, skipping the after-image (the relay writes it before the payload). */
    private static Optional<Instant> occurredAt(QueueMessage message) {
        try (JsonParser parser = JSON.createParser(message.body())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                var name = parser.currentName();
                parser.nextToken();
                if (name.equals("occurredAt")) {
                    return Optional.of(Instant.parse(parser.getString()));
                }
                parser.skipChildren();
            }
            return Optional.empty();
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static SQSEvent.SQSMessage record(QueueMessage message) {
        var record = new SQSEvent.SQSMessage();
        record.setMessageId(message.id());
        record.setReceiptHandle(message.receiptHandle());
        record.setBody(message.body());
        return record;
    }
}
