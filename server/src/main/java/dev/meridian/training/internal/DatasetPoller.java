package dev.meridian.training.internal;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.meridian.pipeline.lambda.DatasetWorkerHandler;
import dev.meridian.pipeline.lambda.LocalLambdaContext;
import dev.meridian.pipeline.queue.Queue;
import dev.meridian.pipeline.queue.QueueMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;

/**
 * What AWS does for a Lambda on an SQS event source, done in-process: receive a batch, hand it to the very same
 * handler, delete what it did not report as failed. Failed messages reappear after the visibility timeout and reach
 * the dead-letter queue after the queue's maxReceiveCount.
 */
final class DatasetPoller {

    private final Queue queue;
    private final DatasetWorkerHandler handler;
    private final Clock clock;
    private final Duration visibility;
    private final Duration wait;

    private static final Duration MAX_MARGIN = Duration.ofSeconds(5);

    DatasetPoller(Queue queue, DatasetWorkerHandler handler, Clock clock, Duration visibility, Duration wait) {
        this.queue = queue;
        this.handler = handler;
        this.clock = clock;
        this.visibility = visibility;
        this.wait = wait;
    }

    /** One receive-handle-delete round; returns how many messages were handled successfully. */
    int pollOnce() {
        List<QueueMessage> messages = queue.receive(10, wait, visibility);
        if (messages.isEmpty()) {
            return 0;
        }
        var event = new SQSEvent();
        event.setRecords(messages.stream().map(DatasetPoller::record).toList());
        var response = handler.handleRequest(event, new LocalLambdaContext(clock, budget(visibility)));
        var failed = new HashSet<String>();
        response.getBatchItemFailures().forEach(f -> failed.add(f.getItemIdentifier()));
        var done = messages.stream().filter(m -> !failed.contains(m.id())).map(QueueMessage::receiptHandle).toList();
        if (!done.isEmpty()) {
            queue.delete(done);
        }
        return done.size();
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

    private static SQSEvent.SQSMessage record(QueueMessage message) {
        var record = new SQSEvent.SQSMessage();
        record.setMessageId(message.id());
        record.setReceiptHandle(message.receiptHandle());
        record.setBody(message.body());
        return record;
    }
}
