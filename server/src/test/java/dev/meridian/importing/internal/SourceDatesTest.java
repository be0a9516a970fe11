package dev.meridian.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SourceDatesTest {

    @Test
    void readsJiraAndBugzillaDatesAsUtc() {
        assertThat(SourceDates.parse("30/Sep/21 17:20")).contains(Instant.parse("2021-09-30T17:20:00Z"));
        assertThat(SourceDates.parse("30/sep/21 5:20 PM")).contains(Instant.parse("2021-09-30T17:20:00Z"));
        assertThat(SourceDates.parse("2023-01-05 10:00:00")).contains(Instant.parse("2023-01-05T10:00:00Z"));
        assertThat(SourceDates.parse("2023-01-05T10:00:00+02:00")).contains(Instant.parse("2023-01-05T08:00:00Z"));
        assertThat(SourceDates.parse("2023-01-05")).contains(Instant.parse("2023-01-05T00:00:00Z"));
    }

    @Test
    void anEmptyCellIsNoDateAndGarbageIsAnError() {
        assertThat(SourceDates.parse("  ")).isEmpty();
        assertThatThrownBy(() -> SourceDates.parse("yesterday")).hasMessageContaining("'yesterday' is not a date");
    }
}
