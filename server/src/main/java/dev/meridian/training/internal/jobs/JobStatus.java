package dev.meridian.training.internal.jobs;

import java.util.Locale;

public enum JobStatus {
    RUNNING, SUCCEEDED, FAILED, CANCELLED;

    String db() {
        return name().toLowerCase(Locale.ROOT);
    }

    static JobStatus of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
