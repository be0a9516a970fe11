package dev.meridian.issues.internal;

import dev.meridian.identity.CurrentUser;
import dev.meridian.issues.AttachmentView;
import dev.meridian.issues.Attachments;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Files on issues: uploaded as {@code multipart/form-data} (part {@code file}, one or more), downloaded by id. */
@RestController
class AttachmentsController {

    /** Shown in the page (thumbnails); every other type, SVG and HTML above all, is only ever downloaded. */
    private static final Set<String> INLINE = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

    private final Attachments attachments;

    AttachmentsController(Attachments attachments) {
        this.attachments = attachments;
    }

    /** As Jira's {@code /rest/api/2/attachment/meta}: whether files can be attached, and the largest one, in bytes. */
    @GetMapping("/api/v1/attachments/meta")
    Map<String, Object> meta() {
        return Map.of("enabled", true, "uploadLimit", attachments.limitBytes());
    }

    @GetMapping("/api/v1/issues/{key}/attachments")
    List<AttachmentView> list(@PathVariable String key, CurrentUser user) {
        return attachments.list(key, user);
    }

    @PostMapping(path = "/api/v1/issues/{key}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<List<AttachmentView>> upload(@PathVariable String key, @RequestParam("file") List<MultipartFile> files,
            CurrentUser user) {
        var added = attachments.add(key, files, user);
        return ResponseEntity.created(URI.create("/api/v1/issues/" + added.get(0).issueKey() + "/attachments")).body(added);
    }

    @GetMapping("/api/v1/attachments/{id}")
    ResponseEntity<byte[]> download(@PathVariable long id, CurrentUser user) {
        var download = attachments.download(id, user);
        var file = download.attachment();
        boolean inline = INLINE.contains(file.mediaType());
        var disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
                .body(download.content());
    }

    @DeleteMapping("/api/v1/attachments/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, CurrentUser user) {
        attachments.delete(id, user);
        return ResponseEntity.noContent().build();
    }
}
