package dev.meridian.pipeline.queue;

/** The queue's store could not be reached or refused a request; worth a retry later. */
public final class QueueException extends RuntimeException {

    public QueueException(String message, Throwable cause) {
        super(message, cause);
    }
}
