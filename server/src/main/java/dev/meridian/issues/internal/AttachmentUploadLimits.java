package dev.meridian.issues.internal;

import dev.meridian.issues.IssueProperties;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Spring's multipart limits, from the attachment limit ({@code MERIDIAN_ATTACHMENT_MAX_MB}): a file over it is refused
 * while it is read, and so is a request whose files are over it together (beyond the form's own lines), before it is
 * read at all; {@link AttachmentLimitAdvice} words both refusals. The other multipart settings stay Spring's.
 */
@Configuration(proxyBeanMethods = false)
class AttachmentUploadLimits {

    /** Room for a form's boundaries and part headers beside its files' bytes: a few hundred bytes a part. */
    static final long FORM_OVERHEAD_BYTES = 64 * 1024;

    @Bean
    MultipartConfigElement multipartConfigElement(MultipartProperties multipart, IssueProperties issues) {
        var factory = new MultipartConfigFactory();
        factory.setLocation(multipart.getLocation());
        factory.setFileSizeThreshold(multipart.getFileSizeThreshold());
        factory.setMaxFileSize(DataSize.ofBytes(issues.attachmentMaxBytes()));
        factory.setMaxRequestSize(DataSize.ofBytes(issues.attachmentMaxBytes() + FORM_OVERHEAD_BYTES));
        return factory.createMultipartConfig();
    }
}
