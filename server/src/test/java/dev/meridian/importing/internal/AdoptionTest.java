package dev.meridian.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.projects.StatusCategory;
import org.junit.jupiter.api.Test;

class AdoptionTest {

    @Test
    void guessesTheCategoryOfAnotherTrackersStatus() {
        assertThat(Adoption.category("RESOLVED")).isEqualTo(StatusCategory.DONE);
        assertThat(Adoption.category("Closed")).isEqualTo(StatusCategory.DONE);
        assertThat(Adoption.category("VERIFIED")).isEqualTo(StatusCategory.DONE);
        assertThat(Adoption.category("UNCONFIRMED")).isEqualTo(StatusCategory.NEW);
        assertThat(Adoption.category("Reopened")).isEqualTo(StatusCategory.NEW);
        assertThat(Adoption.category("Open")).isEqualTo(StatusCategory.NEW);
        assertThat(Adoption.category("ASSIGNED")).isEqualTo(StatusCategory.INDETERMINATE);
        assertThat(Adoption.category("Patch Available")).isEqualTo(StatusCategory.INDETERMINATE);
    }
}
