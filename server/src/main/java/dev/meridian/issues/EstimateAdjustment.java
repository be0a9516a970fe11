package dev.meridian.issues;

/** What logging, changing or deleting work does to the issue's remaining estimate; read from {@link AdjustEstimate}. */
sealed interface EstimateAdjustment {

    /** The time tracking once {@code delta} seconds more were logged (fewer, when negative). */
    TimeTracking apply(TimeTracking time, long delta);

    /** Jira's "Adjust automatically". */
    record Auto() implements EstimateAdjustment {
        public TimeTracking apply(TimeTracking time, long delta) {
            return time.logged(delta);
        }
    }

    /** Jira's "Leave estimate unset" / "as is". */
    record Leave() implements EstimateAdjustment {
        public TimeTracking apply(TimeTracking time, long delta) {
            return time.spent(delta);
        }
    }

    /** Jira's "Set to". */
    record SetTo(long seconds) implements EstimateAdjustment {
        public TimeTracking apply(TimeTracking time, long delta) {
            return time.spent(delta).withRemaining(seconds);
        }
    }

    /** Jira's "Reduce by" (a negative change) and "Increase by". */
    record MoveBy(long change) implements EstimateAdjustment {
        public TimeTracking apply(TimeTracking time, long delta) {
            return time.spent(delta).remainingMovedBy(change);
        }
    }
}
