package dev.meridian.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReaderZoneTest {

    @Test
    void readsTheReadersTimeZoneByItsNameAndIsUtcWithoutOne() {
        assertThat(ReaderZone.of("America/Los_Angeles")).isEqualTo(ZoneId.of("America/Los_Angeles"));
        assertThat(ReaderZone.of(" Pacific/Kiritimati ")).isEqualTo(ZoneId.of("Pacific/Kiritimati"));
        assertThat(ReaderZone.of(null)).isEqualTo(ZoneId.of("UTC"));
        assertThat(ReaderZone.of("")).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void refusesAnUnknownTimeZoneNamingIt() {
        assertThatThrownBy(() -> ReaderZone.of("Mars/Olympus_Mons"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("zone: must be a time zone name such as America/Los_Angeles")
                .hasMessageContaining("(was 'Mars/Olympus_Mons')");
    }
}
