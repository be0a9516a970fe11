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
    /** Shown in the attachment viewer's frame when it asks ({@code ?inline=true}); a plain link still downloads them. */
    private static final Set<String> FRAMED = Set.of("application/pdf");
    private static final String SANDBOX = "default-src 'none'; sandbox";

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

    /**
     * The file's bytes, always under a sandboxing CSP and {@code nosniff}. A PDF asked for {@code inline} may be framed
     * by Meridian's own pages only: CSP {@code frame-ancestors}, and {@code X-Frame-Options: SAMEORIGIN} for older browsers
     * (the security configuration sends it for this route alone; every other response gets {@code DENY}). The second
     * path ends with a file name, any, which the id alone finds: a browser's PDF viewer titles the file by the URL's last
     * segment (Chromium's does), so the viewer asks for it by its name.
     */
    @GetMapping({"/api/v1/attachments/{id}", "/api/v1/attachments/{id}/{name}"})
    ResponseEntity<byte[]> download(@PathVariable long id, @RequestParam(defaultValue = "false") boolean inline, CurrentUser user) {
        var download = attachments.download(id, user);
        var file = download.attachment();
        boolean framed = inline && FRAMED.contains(file.mediaType());
        var disposition = (framed || INLINE.contains(file.mediaType()) ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", framed ? SANDBOX + "; frame-ancestors 'self'" : SANDBOX)
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
                .body(download.content());
    }

    @DeleteMapping("/api/v1/attachments/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, CurrentUser user) {
        attachments.delete(id, user);
        return ResponseEntity.noContent().build();
    }
}
