package dev.meridian.issues.internal;

import dev.meridian.issues.Attachments;
import dev.meridian.platform.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.fileupload.impl.FileSizeLimitExceededException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Spring's multipart limit is the attachment limit (application.yml), so a file over it is refused while it is read,
 * before {@link Attachments#add} could say so: the same words, from what the request tells (the file's name as Tomcat
 * read it, its size from the request's length). Attachments are the only multipart uploads, on Meridian's API and on
 * the Jira-compatible one.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AttachmentLimitAdvice {

    private final Attachments attachments;

    AttachmentLimitAdvice(Attachments attachments) {
        this.attachments = attachments;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return ProblemResponses.entity(attachments.tooLarge(fileName(e), request.getContentLengthLong()));
    }

    /** The refused file's name, when the server's multipart parser says it (Tomcat does); else null. */
    private static String fileName(Throwable refusal) {
        for (var cause = refusal; cause != null; cause = cause.getCause()) {
            if (cause instanceof FileSizeLimitExceededException tooLarge) {
                return tooLarge.getFileName();
            }
        }
        return null;
    }
}
