package dev.meridian.issues.internal;

import org.apache.tomcat.util.http.fileupload.impl.FileSizeLimitExceededException;

/** What Tomcat tells about a file it refused for its size. */
final class UploadLimits {

    private UploadLimits() {
    }

    /** The refused file's name, when the server's multipart parser says it (Tomcat does); else null. */
    static String fileName(Throwable refusal) {
        for (var cause = refusal; cause != null; cause = cause.getCause()) {
            if (cause instanceof FileSizeLimitExceededException tooLarge) {
                return tooLarge.getFileName();
            }
        }
        return null;
    }
}
