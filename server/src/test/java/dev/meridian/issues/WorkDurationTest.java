package dev.meridian.issues;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkDurationTest {

    @Test
    void readsJirasUnitsWithADayOfEightHoursAndAWeekOfFiveDays() {
        assertThat(WorkDuration.parse("3w 2d 4h 30m")).hasValue((((3 * 5 + 2) * 8 + 4) * 60 + 30) * 60L);
        assertThat(WorkDuration.parse("1d")).hasValue(8 * 3600);
        assertThat(WorkDuration.parse("1w")).hasValue(40 * 3600);
        assertThat(WorkDuration.parse("2h30m")).hasValue(9000);
        assertThat(WorkDuration.parse(" 1H ")).hasValue(3600);
        assertThat(WorkDuration.parse("1.5h")).hasValue(5400);
    }

    @Test
    void readsABareNumberAsMinutesAsJiraDoes() {
        assertThat(WorkDuration.parse("90")).hasValue(5400);
    }

    @Test
    void refusesWordsNegativesRepeatsAndNothing() {
        assertThat(WorkDuration.parse("3 weeks")).isEmpty();
        assertThat(WorkDuration.parse("-2h")).isEmpty();
        assertThat(WorkDuration.parse("2h 1h")).isEmpty();
        assertThat(WorkDuration.parse("2x")).isEmpty();
        assertThat(WorkDuration.parse("")).isEmpty();
        assertThat(WorkDuration.parse(null)).isEmpty();
        assertThat(WorkDuration.parse("99999999w")).isEmpty();
    }

    @Test
    void writesTheLargestUnitsFirstAndLeavesEmptyOnesOut() {
        assertThat(WorkDuration.format((((3 * 5 + 2) * 8 + 4) * 60 + 30) * 60L)).isEqualTo("3w 2d 4h 30m");
        assertThat(WorkDuration.format(8 * 3600 + 60)).isEqualTo("1d 1m");
        assertThat(WorkDuration.format(0)).isEqualTo("0m");
        assertThat(WorkDuration.notADuration(" 3 weeks ")).isEqualTo("'3 weeks' is not a duration. Use 3w 2d 4h 30m (1d = 8h, 1w = 5d)");
    }
}
