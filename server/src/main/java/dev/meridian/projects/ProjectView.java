package dev.meridian.projects;

import dev.meridian.identity.UserRef;
import java.time.Instant;

public record ProjectView(long id, String key, String name, String description, UserRef lead, boolean aiTrainingEnabled,
        Role role, Instant createdAt, Instant updatedAt, int version) {
}
