package dev.meridian.pipeline.event;

/**
 * An issue link as an issue's after-image lists it ({@code direction} "outward": this issue blocks, duplicates…
 * {@code key}; "inward": {@code key} does that to this issue), or as a link event names it: {@code outwardKey} →
 * {@code inwardKey}. Issue keys and link type names are not personal data and are kept as they are.
 */
public record LinkImage(Long id, String type, String direction, String key, String outwardKey, String inwardKey,
                        boolean deleted) {
}
