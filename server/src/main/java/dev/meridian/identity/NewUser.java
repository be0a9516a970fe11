package dev.meridian.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record NewUser(
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 100) String displayName,
        @NotBlank @Size(min = 8, max = 200, message = "must be between 8 and 200 characters") String password,
        Boolean siteAdmin) {

    public boolean isSiteAdmin() {
        return Boolean.TRUE.equals(siteAdmin);
    }
}
