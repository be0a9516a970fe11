package dev.meridian.importing;

/**
 * @param adoptValues add statuses, priorities, resolutions and types the project lacks (true), or reject the rows
 *     that use them (false); versions and components are always added
 * @param defaultType the issue type of rows that name none; null picks Bug, or else the project's first standard type
 */
public record ImportOptions(boolean adoptValues, String defaultType) {

    public static ImportOptions defaults() {
        return new ImportOptions(true, null);
    }
}
