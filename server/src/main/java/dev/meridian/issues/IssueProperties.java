package dev.meridian.issues;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the issues module.
 *
 * @param attachmentMaxMb {@code MERIDIAN_ATTACHMENT_MAX_MB} (25): the largest file that can be attached, in MB (MiB);
 *                        Spring's multipart limits are set from it, so a file over it, or an upload whose files are
 *                        over it together, is refused before it is stored
 */
@ConfigurationProperties("meridian.issues")
public record IssueProperties(@DefaultValue("25") int attachmentMaxMb) {

    public IssueProperties {
        if (attachmentMaxMb < 1) {
            throw new IllegalArgumentException("MERIDIAN_ATTACHMENT_MAX_MB must be at least 1, not " + attachmentMaxMb);
        }
    }

    public long attachmentMaxBytes() {
        return attachmentMaxMb * 1024L * 1024L;
    }
}
