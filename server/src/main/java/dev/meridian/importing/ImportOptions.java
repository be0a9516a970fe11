package dev.meridian.importing;

import dev.meridian.platform.InvalidInputException;
import java.util.Locale;

/**
 * @param adoptValues add statuses, priorities, resolutions and types the project lacks (true), or reject the rows
 *     that use them (false); versions and components are always added
 * @param defaultType the issue type of rows that name none; null picks Bug, or else the project's first standard type
 * @param markup      what descriptions are written in: Jira's wiki markup (converted to Markdown) or Markdown (kept)
 */
public record ImportOptions(boolean adoptValues, String defaultType, Markup markup) {

    public enum Markup {
        JIRA, MARKDOWN;

        /** {@code jira} or {@code markdown}, any case; anything else is the caller's mistake, named. */
        public static Markup of(String name) {
            try {
                return valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("markup", "markup must be jira (Jira's wiki markup, converted to Markdown) "
                        + "or markdown (kept as it is), not '" + name + "'");
            }
        }
    }

    public static ImportOptions defaults() {
        return new ImportOptions(true, null, Markup.JIRA);
    }
}
