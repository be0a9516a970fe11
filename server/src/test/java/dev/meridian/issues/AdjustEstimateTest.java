package dev.meridian.issues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class AdjustEstimateTest {

    private static final long HOUR = 3600;
    private static final TimeTracking DAY_LEFT = new TimeTracking(8 * HOUR, 8 * HOUR, null);

    @Test
    void adjustsAutomaticallyWhenNothingIsSaid() {
        var after = new AdjustEstimate(null, null, null, null).whenLogging().apply(DAY_LEFT, 2 * HOUR);

        assertThat(after).isEqualTo(new TimeTracking(8 * HOUR, 6 * HOUR, 2 * HOUR));
    }

    @Test
    void leavesTheEstimateAsItIsAndUnsetWhenUnset() {
        var leave = new AdjustEstimate("leave", null, null, null);

        assertThat(leave.whenLogging().apply(DAY_LEFT, 2 * HOUR)).isEqualTo(new TimeTracking(8 * HOUR, 8 * HOUR, 2 * HOUR));
        assertThat(leave.whenDeleting().apply(new TimeTracking(null, null, 2 * HOUR), -2 * HOUR)).isEqualTo(TimeTracking.NONE);
    }

    @Test
    void setsTheRemainingEstimateToTheNewOne() {
        var after = new AdjustEstimate("new", "1d 2h", null, null).whenEditing().apply(DAY_LEFT, HOUR);

        assertThat(after).isEqualTo(new TimeTracking(8 * HOUR, 10 * HOUR, HOUR));
    }

    @Test
    void reducesByWhatIsSaidNeverBelowZeroAndFromTheOriginalWhenNoneRemains() {
        var reduce = new AdjustEstimate("MANUAL", null, "3h", null).whenLogging();

        assertThat(reduce.apply(DAY_LEFT, 30 * 60)).isEqualTo(new TimeTracking(8 * HOUR, 5 * HOUR, 30 * 60L));
        assertThat(reduce.apply(new TimeTracking(8 * HOUR, HOUR, null), HOUR).remainingEstimateSeconds()).isZero();
        assertThat(reduce.apply(new TimeTracking(4 * HOUR, null, null), HOUR).remainingEstimateSeconds()).isEqualTo(HOUR);
        assertThat(reduce.apply(TimeTracking.NONE, HOUR).remainingEstimateSeconds()).isNull();
    }

    @Test
    void increasesByWhatIsSaidWhenWorkIsDeletedEvenFromNothing() {
        var increase = new AdjustEstimate("manual", null, null, "2h").whenDeleting();

        assertThat(increase.apply(new TimeTracking(8 * HOUR, 6 * HOUR, 2 * HOUR), -2 * HOUR)).isEqualTo(new TimeTracking(8 * HOUR, 8 * HOUR, null));
        assertThat(increase.apply(new TimeTracking(null, null, HOUR), -HOUR)).isEqualTo(new TimeTracking(null, 2 * HOUR, null));
    }

    @Test
    void refusesUnknownChoicesMissingAndBadDurationsNamingTheParameter() {
        assertRefused(() -> new AdjustEstimate("later", null, null, null).whenLogging(), "adjustEstimate",
                "'later' is not a way to adjust the estimate; use auto, leave, new or manual");
        assertRefused(() -> new AdjustEstimate("new", null, null, null).whenLogging(), "newEstimate",
                "say what the remaining estimate becomes. Use 3w 2d 4h 30m");
        assertRefused(() -> new AdjustEstimate("new", "soon", null, null).whenDeleting(), "newEstimate", "'soon' is not a duration");
        assertRefused(() -> new AdjustEstimate("manual", null, "2 hours", null).whenLogging(), "reduceBy", "'2 hours' is not a duration");
        assertRefused(() -> new AdjustEstimate("manual", null, "2h", null).whenDeleting(), "increaseBy",
                "say how much to add to the remaining estimate");
        assertRefused(() -> new AdjustEstimate("manual", null, "2h", null).whenEditing(), "adjustEstimate",
                "changing logged work adjusts the estimate with auto, leave or new");
    }

    private static void assertRefused(Runnable call, String field, String message) {
        assertThatThrownBy(call::run).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(field + ": " + message);
    }
}
