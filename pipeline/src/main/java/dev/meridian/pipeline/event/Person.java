package dev.meridian.pipeline.event;

/** A user as the after-images carry it: the very data that must not reach the training set. */
public record Person(Long id, String email, String displayName) {
}
