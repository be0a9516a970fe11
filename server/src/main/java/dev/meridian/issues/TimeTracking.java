package dev.meridian.issues;

/**
 * An issue's time tracking, in seconds: the estimates as set (null when not), and the sum of its work logs (null when
 * none). Logging work takes the time from the remaining estimate, never below zero, as Jira's "Adjust automatically".
 */
public record TimeTracking(Long originalEstimateSeconds, Long remainingEstimateSeconds, Long timeSpentSeconds) {

    public static final TimeTracking NONE = new TimeTracking(null, null, null);

    public TimeTracking withEstimates(Long original, Long remaining) {
        return new TimeTracking(original, remaining, timeSpentSeconds);
    }

    /**
     * After {@code delta} seconds more were logged (less, when negative): the remaining estimate moves the other way,
     * never below zero (from the original estimate when none remains set); with no estimate at all, it stays unset.
     */
    public TimeTracking logged(long delta) {
        long spent = (timeSpentSeconds == null ? 0 : timeSpentSeconds) + delta;
        Long base = remainingEstimateSeconds != null ? remainingEstimateSeconds : originalEstimateSeconds;
        Long remaining = base == null ? null : Math.max(0, base - delta);
        return new TimeTracking(originalEstimateSeconds, remaining, spent <= 0 ? null : spent);
    }
}
