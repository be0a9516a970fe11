package dev.meridian.issues;

/**
 * An issue's time tracking, in seconds: the estimates as set (null when not), and the sum of its work logs (null when
 * none). Logging work takes the time from the remaining estimate, never below zero, as Jira's "Adjust automatically";
 * {@link EstimateAdjustment} has Jira's other choices.
 */
public record TimeTracking(Long originalEstimateSeconds, Long remainingEstimateSeconds, Long timeSpentSeconds) {

    public static final TimeTracking NONE = new TimeTracking(null, null, null);

    public TimeTracking withEstimates(Long original, Long remaining) {
        return new TimeTracking(original, remaining, timeSpentSeconds);
    }

    public TimeTracking withRemaining(Long remaining) {
        return new TimeTracking(originalEstimateSeconds, remaining, timeSpentSeconds);
    }

    /** After {@code delta} seconds more were logged (less, when negative), the estimates left as they are. */
    public TimeTracking spent(long delta) {
        long spent = (timeSpentSeconds == null ? 0 : timeSpentSeconds) + delta;
        return new TimeTracking(originalEstimateSeconds, remainingEstimateSeconds, spent <= 0 ? null : spent);
    }

    /**
     * After {@code delta} seconds more were logged (less, when negative): the remaining estimate moves the other way,
     * never below zero (from the original estimate when none remains set); with no estimate at all, it stays unset.
     */
    public TimeTracking logged(long delta) {
        var after = spent(delta);
        return estimateLeft() == null ? after : after.remainingMovedBy(-delta);
    }

    /**
     * The remaining estimate (the original one when none remains set) moved by {@code change} seconds, never below zero;
     * with no estimate at all, adding sets it and taking away leaves it unset.
     */
    public TimeTracking remainingMovedBy(long change) {
        var base = estimateLeft();
        if (base == null) {
            return change > 0 ? withRemaining(change) : this;
        }
        return withRemaining(Math.max(0, base + change));
    }

    private Long estimateLeft() {
        return remainingEstimateSeconds != null ? remainingEstimateSeconds : originalEstimateSeconds;
    }
}
