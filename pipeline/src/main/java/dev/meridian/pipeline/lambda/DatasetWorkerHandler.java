package dev.meridian.pipeline.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.meridian.pipeline.BatchOutcome;
import dev.meridian.pipeline.DatasetWorker;
import dev.meridian.pipeline.WorkerSettings;
import dev.meridian.pipeline.event.ChangeEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The dataset worker as an AWS Lambda function on an SQS event source with {@code ReportBatchItemFailures}:
 * returns the messages to retry (unreadable, failed, or not started for lack of time); SQS deletes the others.
 * Locally the server's poller calls the very same handler with {@link LocalLambdaContext}.
 */
public final class DatasetWorkerHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private static final Logger LOG = Logger.getLogger(DatasetWorkerHandler.class.getName());

    private final DatasetWorker worker;
    private final long timeReserveMillis;
    private final BatchListener listener;

    /** Told what every batch did, after it is done: the server's metrics and snapshot triggers listen here. */
    @FunctionalInterface
    public interface BatchListener {
        void handled(List<ChangeEvent> events, BatchOutcome outcome);
    }

    /** The constructor AWS Lambda calls: configuration from the function's environment variables. */
    public DatasetWorkerHandler() {
        this(WorkerSettings.fromEnvironment(System.getenv()));
    }

    public DatasetWorkerHandler(WorkerSettings settings) {
        this(settings.worker(), settings.timeReserveMillis());
    }

    public DatasetWorkerHandler(DatasetWorker worker, long timeReserveMillis) {
        this(worker, timeReserveMillis, (events, outcome) -> { });
    }

    public DatasetWorkerHandler(DatasetWorker worker, long timeReserveMillis, BatchListener listener) {
        this.worker = worker;
        this.timeReserveMillis = timeReserveMillis;
        this.listener = listener;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent input, Context context) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        Map<Long, List<String>> messagesByEvent = new LinkedHashMap<>();
        List<ChangeEvent> events = new ArrayList<>();
        for (SQSEvent.SQSMessage message : input.getRecords() == null ? List.<SQSEvent.SQSMessage>of() : input.getRecords()) {
            try {
                ChangeEvent event = ChangeEvent.parse(message.getBody());
                events.add(event);
                messagesByEvent.computeIfAbsent(event.eventId(), id -> new ArrayList<>()).add(message.getMessageId());
            } catch (RuntimeException e) {
                // left on the queue: after maxReceiveCount it reaches the dead-letter queue for a person to look at
                LOG.log(Level.WARNING, "message " + message.getMessageId() + " is not a change event: " + e.getMessage());
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            }
        }
        BatchOutcome outcome = worker.process(events, () -> context.getRemainingTimeInMillis() < timeReserveMillis);
        messagesByEvent.forEach((eventId, messageIds) -> {
            if (outcome.needsRetry(eventId)) {
                messageIds.forEach(messageId -> failures.add(new SQSBatchResponse.BatchItemFailure(messageId)));
            }
        });
        try {
            listener.handled(events, outcome);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a batch listener failed; the batch itself is done", e);
        }
        return new SQSBatchResponse(failures);
    }
}
