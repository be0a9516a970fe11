package dev.meridian.pipeline.store;

/** The store could not be reached or refused the operation; the caller should retry later. */
public class ObjectStoreException extends RuntimeException {

    public ObjectStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
