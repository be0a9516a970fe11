package dev.meridian.assistant.internal;

/** A provider that could not answer: unreachable, refused, timed out, or spoke something other than its protocol. */
class ProviderFailure extends RuntimeException {

    ProviderFailure(String message) {
        super(message);
    }

    ProviderFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
