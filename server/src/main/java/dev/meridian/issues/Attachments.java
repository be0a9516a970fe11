package dev.meridian.issues;

import dev.meridian.identity.CurrentUser;
import dev.meridian.issues.internal.AttachmentFiles;
import dev.meridian.issues.internal.AttachmentStore;
import dev.meridian.issues.internal.IssueEditor;
import dev.meridian.issues.internal.IssueEvents;
import dev.meridian.platform.ForbiddenException;
import dev.meridian.platform.InvalidInputException;
import dev.meridian.platform.NotFoundException;
import dev.meridian.platform.ProblemException;
import dev.meridian.projects.ProjectAccess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files attached to issues. Whoever may read the issue reads its files, members attach them, their authors and project
 * admins delete them; each addition and deletion is a change of the issue (its history, updated time and a change
 * event naming the file, never carrying its bytes).
 */
@Service
public class Attachments {

    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*");
    private static final String UNKNOWN_TYPE = "application/octet-stream";

    private final IssueEditor issues;
    private final AttachmentStore store;
    private final AttachmentFiles files;
    private final IssueEvents events;
    private final ProjectAccess access;
    private final IssueProperties settings;
    private final Clock clock;

    Attachments(IssueEditor issues, AttachmentStore store, AttachmentFiles files, IssueEvents events, ProjectAccess access,
            IssueProperties settings, Clock clock) {
        this.issues = issues;
        this.store = store;
        this.files = files;
        this.events = events;
        this.access = access;
        this.settings = settings;
        this.clock = clock;
    }

    /** A file with its bytes, to be downloaded. */
    public record Download(AttachmentView attachment, byte[] content) {
    }

    public long limitBytes() {
        return settings.attachmentMaxBytes();
    }

    @Transactional(readOnly = true)
    public List<AttachmentView> list(String key, CurrentUser user) {
        return store.list(issues.visible(IssueKey.parse(key), user).id());
    }

    /** Files as a form uploads them, all or none. */
    @Transactional
    public List<AttachmentView> add(String key, List<MultipartFile> files, CurrentUser by) {
        if (files.isEmpty()) {
            throw new InvalidInputException("file", "send at least one file, in the form part named 'file'");
        }
        var added = new ArrayList<AttachmentView>();
        for (var file : files) {
            try {
                added.add(add(key, file.getOriginalFilename(), file.getContentType(), file.getBytes(), by));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return added;
    }

    /** {@code mediaType} as the uploader's client named it; anything that is not a media type is stored as unknown bytes. */
    @Transactional
    public AttachmentView add(String key, String fileName, String mediaType, byte[] content, CurrentUser by) {
        var issue = issues.visible(IssueKey.parse(key), by);
        access.requireEdit(access.browse(issue.projectId(), by));
        var name = fileName(fileName);
        if (content.length > limitBytes()) {
            throw tooLarge(name, content.length);
        }
        if (content.length == 0) {
            throw new InvalidInputException("file", name + " is empty: choose a file with something in it");
        }
        var now = Instant.now(clock);
        var storageKey = files.put(issue.id(), content);
        long id = store.insert(issue.id(), by.id(), name, mediaType(mediaType), content.length, storageKey, now);
        store.recordChange(issue.id(), by.id(), now, null, name);
        var view = store.find(id).orElseThrow().view();
        events.other("attachment.added", "attachment", String.valueOf(id), IssueKey.parse(issue.key()).project(), by.id(), view);
        return view;
    }

    @Transactional(readOnly = true)
    public Download download(long id, CurrentUser user) {
        var attachment = visible(id, user);
        var content = files.get(attachment.storageKey()).orElseThrow(() -> new NotFoundException("Attachment", id));
        return new Download(attachment.view(), content);
    }

    @Transactional
    public void delete(long id, CurrentUser by) {
        var attachment = visible(id, by);
        var issue = issues.visible(attachment.issueId(), by);
        var project = access.requireEdit(access.browse(issue.projectId(), by));
        var view = attachment.view();
        if (view.author().id() != by.id() && !project.callerRole().canAdminister()) {
            throw new ForbiddenException("Only the person who attached " + view.fileName() + " or an admin of " + project.key()
                    + " can delete it");
        }
        store.delete(attachment);
        store.recordChange(issue.id(), by.id(), Instant.now(clock), view.fileName(), null);
        events.other("attachment.deleted", "attachment", String.valueOf(id), project.key(), by.id(),
                Map.of("id", id, "issueKey", view.issueKey(), "fileName", view.fileName(), "mediaType", view.mediaType(),
                        "size", view.size(), "deleted", true));
    }

    /** The refusal of a file over the limit, in words: "report.pdf is 31 MB; the limit is 25 MB". */
    public ProblemException tooLarge(String fileName, long size) {
        var what = fileName == null || fileName.isBlank() ? "The file" : fileName;
        return tooLarge(what + " is " + megabytes(size) + "; the limit is " + megabytes(limitBytes()));
    }

    /** The refusal of an upload whose files are over the limit together, refused before any of them is read. */
    public ProblemException uploadTooLarge(long size) {
        return tooLarge("The upload is " + megabytes(size) + "; the limit is " + megabytes(limitBytes())
                + ", for a file and for the files of one upload together");
    }

    private ProblemException tooLarge(String detail) {
        return new ProblemException(HttpStatus.CONTENT_TOO_LARGE, detail).with("limitBytes", limitBytes());
    }

    private AttachmentStore.Stored visible(long id, CurrentUser user) {
        var attachment = store.find(id).orElseThrow(() -> new NotFoundException("Attachment", id));
        try {
            issues.visible(attachment.issueId(), user);
        } catch (NotFoundException e) {
            throw new NotFoundException("Attachment", id);
        }
        return attachment;
    }

    /** Rounded up to a tenth, so that a file just over the limit does not read as the limit itself. */
    private static String megabytes(long bytes) {
        double tenths = Math.ceil(bytes * 10.0 / (1024 * 1024));
        return (tenths % 10 == 0 ? String.valueOf((long) tenths / 10) : String.valueOf(tenths / 10)) + " MB";
    }

    /** The name without a folder (some browsers send the whole path) and without characters that break a header. */
    private static String fileName(String given) {
        var name = given == null ? "" : given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            throw new InvalidInputException("file", "the file has no name; send it with a file name");
        }
        if (name.length() > 255) {
            throw new InvalidInputException("file", "the file name is " + name.length() + " characters long; at most 255 are kept");
        }
        return name;
    }

    private static String mediaType(String given) {
        if (given == null) {
            return UNKNOWN_TYPE;
        }
        var type = given.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return MEDIA_TYPE.matcher(type).matches() ? type : UNKNOWN_TYPE;
    }
}
