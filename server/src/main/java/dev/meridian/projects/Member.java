package dev.meridian.projects;

import dev.meridian.identity.UserRef;

public record Member(UserRef user, Role role) {
}
