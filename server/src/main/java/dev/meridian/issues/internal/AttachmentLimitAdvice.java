package dev.meridian.issues.internal;

import dev.meridian.issues.Attachments;
import dev.meridian.platform.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.fileupload.impl.FileSizeLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.SizeLimitExceededException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Spring's multipart limits are the attachment limit ({@link AttachmentUploadLimits}), so a file over it is refused
 * while it is read, before {@link Attachments#add} could say so: the same words, from what the request tells (the file's
 * name as Tomcat read it, its size from the request's length). An upload whose files are over it together is refused
 * too, in words of its own. Attachments are the only multipart uploads, on Meridian's API and on
 * the Jira-compatible one.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AttachmentLimitAdvice {

    private final Attachments attachments;

    AttachmentLimitAdvice(Attachments attachments) {
        this.attachments = attachments;
    }

    /** Tomcat names the file it refused; a request over the limit as a whole is refused before its files are read. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        var size = request.getContentLengthLong();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof FileSizeLimitExceededException file) {
                return ProblemResponses.entity(attachments.tooLarge(file.getFileName(), size));
            }
            if (cause instanceof SizeLimitExceededException) {
                return ProblemResponses.entity(attachments.uploadTooLarge(size));
            }
        }
        return ProblemResponses.entity(attachments.tooLarge(null, size));
    }
}
