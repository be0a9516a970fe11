package dev.meridian.training.internal.jobs;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

public enum JobStatus {
    RUNNING, SUCCEEDED, FAILED, CANCELLED;

    @JsonValue
    public String db() {
        return name().toLowerCase(Locale.ROOT);
    }

    static JobStatus of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
