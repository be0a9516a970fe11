package dev.meridian.platform;

import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The reader's time zone, which the web app names ({@code zone}, an IANA name) where the server counts days or writes
 * times for a person: board reports, the assistant's answers.
 */
public final class ReaderZone {

    /** Where days are counted and times written when the reader names no zone (API users). */
    public static final ZoneId DEFAULT = ZoneId.of("UTC");

    private ReaderZone() {
    }

    /** A time zone by its IANA name (America/Los_Angeles), or UTC when none is named. */
    public static ZoneId of(String name) {
        if (name == null || name.isBlank()) {
            return DEFAULT;
        }
        try {
            return ZoneId.of(name.trim());
        } catch (DateTimeException unknown) {
            throw new InvalidInputException("zone", "must be a time zone name such as America/Los_Angeles, Europe/Paris or UTC"
                    + " (was '" + name.trim() + "')");
        }
    }
}
