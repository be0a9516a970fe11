package dev.meridian.training.internal.registry;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** training → candidate → active → retired, or training → failed; an active version whose artifact is gone → broken. */
public enum ModelStatus {
    TRAINING, FAILED, CANDIDATE, ACTIVE, RETIRED, BROKEN;

    @JsonValue
    public String db() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ModelStatus of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
