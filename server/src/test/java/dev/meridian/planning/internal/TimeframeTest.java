package dev.meridian.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.planning.internal.Timeframe.Step;
import dev.meridian.platform.InvalidInputException;
import dev.meridian.platform.ReaderZone;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimeframeTest {

    static final ZoneId UTC = ReaderZone.DEFAULT;
    static final LocalDate TODAY = LocalDate.parse("2026-03-31");
    static final LocalDate FIRST_CREATED = LocalDate.parse("2020-06-15");

    @Test
    void coversTheLastThreeMonthsWhenNothingIsAsked() {
        var timeframe = Timeframe.of(null, null, null, TODAY, FIRST_CREATED, UTC);

        assertThat(timeframe).isEqualTo(new Timeframe(LocalDate.parse("2026-01-01"), TODAY, Step.DAY, UTC));
    }

    @Test
    void endsEveryPresetToday() {
        assertThat(Timeframe.of("7d", null, null, TODAY, FIRST_CREATED, UTC).from()).isEqualTo("2026-03-25");
        assertThat(Timeframe.of("2w", null, null, TODAY, FIRST_CREATED, UTC).from()).isEqualTo("2026-03-18");
        assertThat(Timeframe.of("1m", null, null, TODAY, FIRST_CREATED, UTC).from()).isEqualTo("2026-03-01");
        assertThat(Timeframe.of("6m", null, null, TODAY, FIRST_CREATED, UTC).from()).isEqualTo("2025-10-01");
        assertThat(Timeframe.of("6m", null, null, TODAY, FIRST_CREATED, UTC).to()).isEqualTo(TODAY);
    }

    @Test
    void startsAllTimeAtTheFirstIssueInWeeksOrMonths() {
        var all = Timeframe.of("all", null, null, TODAY, FIRST_CREATED, UTC);
        var young = Timeframe.of("all", null, null, TODAY, LocalDate.parse("2024-01-01"), UTC);
        var empty = Timeframe.of("all", null, null, TODAY, null, UTC);

        assertThat(all).isEqualTo(new Timeframe(FIRST_CREATED, TODAY, Step.MONTH, UTC));
        assertThat(young.step()).isEqualTo(Step.WEEK);
        assertThat(empty).isEqualTo(new Timeframe(TODAY, TODAY, Step.DAY, UTC));
    }

    @Test
    void takesACustomRangeWithAMissingEndAsToday() {
        assertThat(Timeframe.of(null, LocalDate.parse("2026-02-10"), null, TODAY, FIRST_CREATED, UTC))
                .isEqualTo(new Timeframe(LocalDate.parse("2026-02-10"), TODAY, Step.DAY, UTC));
        assertThat(Timeframe.of("", null, LocalDate.parse("2025-12-31"), TODAY, FIRST_CREATED, UTC).from()).isEqualTo("2025-10-01");
    }

    @Test
    void refusesAFromAfterToAnUnknownPresetOrBothAtOnce() {
        assertThatThrownBy(() -> Timeframe.of(null, TODAY, TODAY.minusDays(1), TODAY, FIRST_CREATED, UTC))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("from (2026-03-31) must be on or before to (2026-03-30)");
        assertThatThrownBy(() -> Timeframe.of("3y", null, null, TODAY, FIRST_CREATED, UTC))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("must be one of 7d, 2w, 1m, 3m, 6m or all (was '3y')");
        assertThatThrownBy(() -> Timeframe.of("3m", TODAY, null, TODAY, FIRST_CREATED, UTC))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not both");
        assertThatThrownBy(() -> Timeframe.of(null, LocalDate.parse("1990-01-01"), null, TODAY, FIRST_CREATED, UTC))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("a period can be at most 30 years long");
    }

    @Test
    void stepsByMonthFromTheFirstOfEachMonthAfterAPartialFirstOne() {
        var timeframe = Timeframe.between(LocalDate.parse("2019-01-15"), LocalDate.parse("2026-03-10"), UTC);

        assertThat(timeframe.step()).isEqualTo(Step.MONTH);
        assertThat(timeframe.starts()).startsWith(LocalDate.parse("2019-01-15"), LocalDate.parse("2019-02-01")).hasSize(87);
        assertThat(timeframe.lastDay(LocalDate.parse("2019-01-15"))).isEqualTo("2019-01-31");
        assertThat(timeframe.lastDay(LocalDate.parse("2026-03-01"))).isEqualTo("2026-03-10");
        assertThat(timeframe.index(LocalDate.parse("2019-02-28"))).isEqualTo(1);
    }

    @Test
    void endsADayAtTheReadersMidnightAcrossAChangeOfClocks() {
        var losAngeles = Timeframe.between(LocalDate.parse("2026-03-07"), LocalDate.parse("2026-03-09"), ZoneId.of("America/Los_Angeles"));

        assertThat(losAngeles.endOf(LocalDate.parse("2026-03-07"))).isEqualTo("2026-03-08T08:00:00Z");
        assertThat(losAngeles.endOf(LocalDate.parse("2026-03-08"))).as("daylight saving time from 8 March").isEqualTo("2026-03-09T07:00:00Z");
        assertThat(losAngeles.day(java.time.Instant.parse("2026-03-09T06:59:00Z"))).isEqualTo("2026-03-08");
    }
}
