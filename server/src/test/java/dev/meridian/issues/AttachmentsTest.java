package dev.meridian.issues;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.platform.MeridianProperties;
import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@MeridianTest
class AttachmentsTest {

    private static final byte[] REPORT = "%PDF-1.4 the quarterly report".getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeridianProperties meridian;

    @Test
    void aMemberAttachesAFileThatAViewerListsAndDownloads() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var dev = fixtures.user("dev", "Dana Dev");
        var reader = fixtures.user("reader");
        fixtures.member(project, dev, "member");
        fixtures.member(project, reader, "viewer");
        var key = fixtures.issue(project);

        var added = dev.upload("/api/v1/issues/" + key + "/attachments", "report.pdf", "application/pdf", REPORT);
        var listed = reader.get("/api/v1/issues/" + key + "/attachments");
        var file = listed.json().get(0);
        var download = reader.get("/api/v1/attachments/" + file.get("id").asLong());

        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(listed.json()).hasSize(1);
        assertThat(file.get("fileName").asString()).isEqualTo("report.pdf");
        assertThat(file.get("mediaType").asString()).isEqualTo("application/pdf");
        assertThat(file.get("size").asLong()).isEqualTo(REPORT.length);
        assertThat(file.get("author").get("displayName").asString()).isEqualTo("Dana Dev");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.text()).isEqualTo(new String(REPORT, StandardCharsets.UTF_8));
        assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(download.header("Content-Disposition")).startsWith("attachment;").contains("report.pdf");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void anIssuesOwnAnswerListsItsFilesSoItsPanelNeedsNoOtherRequest() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var dev = fixtures.user("dev", "Dana Dev");
        fixtures.member(project, dev, "member");
        var key = fixtures.issue(project);

        var before = dev.get("/api/v1/issues/" + key).json();
        dev.upload("/api/v1/issues/" + key + "/attachments", "report.pdf", "application/pdf", REPORT);
        var after = dev.get("/api/v1/issues/" + key).json();

        assertThat(before.get("attachments")).isEmpty();
        assertThat(after.get("attachments")).hasSize(1);
        assertThat(after.get("attachments").get(0).get("fileName").asString()).isEqualTo("report.pdf");
        assertThat(after.get("attachments").get(0).get("author").get("displayName").asString()).isEqualTo("Dana Dev");
    }

    @Test
    void showsSafeImagesInlineAndOnlyEverDownloadsHtmlAndSvg() {
        var fixtures = new Fixtures(port);
        var key = fixtures.issue(fixtures.project());
        var admin = fixtures.admin();

        var png = disposition(admin, key, "screen.png", "image/png", "\u0089PNG");
        var svg = disposition(admin, key, "logo.svg", "image/svg+xml", "<svg onload=\"alert(1)\"/>");
        var html = disposition(admin, key, "page.html", "text/html", "<script>alert(1)</script>");

        assertThat(png).startsWith("inline;");
        assertThat(svg).startsWith("attachment;");
        assertThat(html).startsWith("attachment;");
    }

    @Test
    void showsAPdfInlineOnlyWhenTheViewerAsksAndOnlyInMeridiansOwnPagesStillSandboxed() {
        var fixtures = new Fixtures(port);
        var key = fixtures.issue(fixtures.project());
        var admin = fixtures.admin();
        var pdf = attach(admin, key, "report.pdf");
        var html = admin.upload("/api/v1/issues/" + key + "/attachments", "page.html", "text/html",
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)).json().get(0).get("id").asLong();

        var linked = admin.get("/api/v1/attachments/" + pdf);
        var viewed = admin.get("/api/v1/attachments/" + pdf + "?inline=true");
        var htmlViewed = admin.get("/api/v1/attachments/" + html + "?inline=true");

        assertThat(linked.header("Content-Disposition")).startsWith("attachment;");
        assertThat(linked.header("Content-Security-Policy")).isEqualTo("default-src 'none'; sandbox");
        assertThat(viewed.status()).as(viewed.toString()).isEqualTo(200);
        assertThat(viewed.header("Content-Disposition")).startsWith("inline;").contains("report.pdf");
        assertThat(viewed.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(viewed.header("Content-Security-Policy")).contains("default-src 'none'").contains("sandbox")
                .contains("frame-ancestors 'self'");
        assertThat(viewed.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(htmlViewed.header("Content-Disposition")).startsWith("attachment;");
        assertThat(htmlViewed.header("Content-Security-Policy")).isEqualTo("default-src 'none'; sandbox");
    }

    @Test
    void onlyTheInlineViewOfAFileMayBeFramedByMeridiansOwnPagesInOlderBrowsersToo() {
        var fixtures = new Fixtures(port);
        var key = fixtures.issue(fixtures.project());
        var admin = fixtures.admin();
        var pdf = attach(admin, key, "report.pdf");

        assertThat(admin.get("/api/v1/attachments/" + pdf + "?inline=true").header("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(admin.get("/api/v1/attachments/" + pdf).header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(admin.get("/api/v1/issues/" + key + "/attachments").header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(admin.get("/api/v1/issues/" + key).header("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void aViewerCannotAttachAndAnOutsiderCannotSeeTheFiles() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var reader = fixtures.user("reader");
        var outsider = fixtures.user("outsider");
        fixtures.member(project, reader, "viewer");
        var key = fixtures.issue(project);
        var id = attach(fixtures.admin(), key, "notes.txt");

        var refused = reader.upload("/api/v1/issues/" + key + "/attachments", "mine.txt", "text/plain", REPORT);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(outsider.get("/api/v1/issues/" + key + "/attachments").status()).isEqualTo(404);
        assertThat(outsider.get("/api/v1/attachments/" + id).status()).isEqualTo(404);
        assertThat(outsider.delete("/api/v1/attachments/" + id).status()).isEqualTo(404);
        assertThat(fixtures.admin().get("/api/v1/issues/" + key + "/attachments").json()).hasSize(1);
    }

    @Test
    void onlyThePersonWhoAttachedAFileOrAProjectAdminDeletesIt() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var dev = fixtures.user("dev");
        var other = fixtures.user("other");
        fixtures.member(project, dev, "member");
        fixtures.member(project, other, "member");
        var key = fixtures.issue(project);
        var mine = attach(dev, key, "mine.txt");
        var theirs = attach(dev, key, "theirs.txt");
        var object = objectOf(mine);

        var byOther = other.delete("/api/v1/attachments/" + mine);
        var byAuthor = dev.delete("/api/v1/attachments/" + mine);
        var byAdmin = fixtures.admin().delete("/api/v1/attachments/" + theirs);

        assertThat(byOther.status()).as(byOther.toString()).isEqualTo(403);
        assertThat(byOther.json().get("detail").asString()).contains("mine.txt");
        assertThat(byAuthor.status()).as(byAuthor.toString()).isEqualTo(204);
        assertThat(byAdmin.status()).as(byAdmin.toString()).isEqualTo(204);
        assertThat(dev.get("/api/v1/attachments/" + mine).status()).isEqualTo(404);
        assertThat(dev.get("/api/v1/issues/" + key + "/attachments").json()).isEmpty();
        assertThat(object).doesNotExist();
    }

    @Test
    void refusesAFileOverTheLimitSayingItsSizeAndTheLimit() {
        var fixtures = new Fixtures(port);
        var key = fixtures.issue(fixtures.project());
        var tooBig = new byte[25 * 1024 * 1024 + 1];

        var refused = fixtures.admin().upload("/api/v1/issues/" + key + "/attachments", "dump.bin", "application/octet-stream", tooBig);
        var meta = fixtures.admin().get("/api/v1/attachments/meta");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
        assertThat(refused.header("Content-Type")).as(refused.toString()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).isEqualTo("dump.bin is 25.1 MB; the limit is 25 MB");
        assertThat(fixtures.admin().get("/api/v1/issues/" + key + "/attachments").json()).isEmpty();
        assertThat(meta.json().get("uploadLimit").asLong()).isEqualTo(25L * 1024 * 1024);
    }

    @Test
    void refusesAnUploadWhoseFilesAreOverTheLimitTogetherInWordsOnBothApis() throws IOException {
        var fixtures = new Fixtures(port);
        var key = fixtures.issue(fixtures.project());
        var twoFiles = 2 * 13L * 1024 * 1024 + 400;

        var refused = refusedBeforeItIsSent("/api/v1/issues/" + key + "/attachments", twoFiles, "");
        var jira = refusedBeforeItIsSent("/rest/api/2/issue/" + key + "/attachments", twoFiles, "X-Atlassian-Token: no-check\r\n");

        var detail = "The upload is 26.1 MB; the limit is 25 MB, for a file and for the files of one upload together";
        assertThat(refused).startsWith("HTTP/1.1 413 ").contains("Content-Type: application/problem+json")
                .contains("\"detail\":\"" + detail + "\"").contains("\"limitBytes\":" + 25L * 1024 * 1024);
        assertThat(jira).startsWith("HTTP/1.1 413 ").contains("\"errorMessages\":[\"" + detail + "\"]");
        assertThat(fixtures.admin().get("/api/v1/issues/" + key + "/attachments").json()).isEmpty();
    }

    @Test
    void framesAPdfAtAUrlEndingWithItsNameSoABrowsersViewerTitlesItSoWithTheSameGuards() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var reader = fixtures.user("reader");
        var outsider = fixtures.user("outsider");
        fixtures.member(project, reader, "viewer");
        var key = fixtures.issue(project);
        var pdf = attach(fixtures.admin(), key, "Q3 report – final.pdf");
        var named = "/api/v1/attachments/" + pdf + "/Q3%20report%20%E2%80%93%20final.pdf";

        var viewed = reader.get(named + "?inline=true");
        var linked = reader.get(named);

        assertThat(viewed.status()).as(viewed.toString()).isEqualTo(200);
        assertThat(viewed.text()).isEqualTo(new String(REPORT, StandardCharsets.UTF_8));
        assertThat(viewed.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(viewed.header("Content-Disposition")).startsWith("inline;")
                .contains("filename*=UTF-8''Q3%20report%20%E2%80%93%20final.pdf");
        assertThat(viewed.header("Content-Security-Policy")).isEqualTo("default-src 'none'; sandbox; frame-ancestors 'self'");
        assertThat(viewed.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(viewed.header("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(linked.header("Content-Disposition")).startsWith("attachment;");
        assertThat(linked.header("Content-Security-Policy")).isEqualTo("default-src 'none'; sandbox");
        assertThat(linked.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(outsider.get(named + "?inline=true").status()).isEqualTo(404);
    }

    @Test
    void refusesAnEmptyFileAndAnUploadWithoutOneInWords() {
        var fixtures = new Fixtures(port);
        var key = fixtures.issue(fixtures.project());

        var empty = fixtures.admin().upload("/api/v1/issues/" + key + "/attachments", "empty.txt", "text/plain", new byte[0]);
        var none = fixtures.admin().send("POST", "/api/v1/issues/" + key + "/attachments",
                "--x\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nhello\r\n--x--\r\n", "multipart/form-data; boundary=x");

        assertThat(empty.status()).as(empty.toString()).isEqualTo(400);
        assertThat(empty.json().get("errors").get(0).get("message").asString())
                .isEqualTo("empty.txt is empty: choose a file with something in it");
        assertThat(none.status()).as(none.toString()).isEqualTo(400);
        assertThat(none.json().get("detail").asString()).contains("file");
    }

    @Test
    void addingAndDeletingAFileAreChangesOfTheIssueWithEventsThatNameTheFileButCarryNoBytes() throws Exception {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var key = fixtures.issue(project);
        var admin = fixtures.admin();
        var createdAt = Instant.parse(admin.get("/api/v1/issues/" + key).json().get("updatedAt").asString());
        Thread.sleep(5);

        var id = attach(admin, key, "report.pdf");
        var afterAdd = Instant.parse(admin.get("/api/v1/issues/" + key).json().get("updatedAt").asString());
        admin.delete("/api/v1/attachments/" + id);
        var history = admin.get("/api/v1/issues/" + key + "/history").json().toString();
        var added = payload(project, "attachment.added");
        var deleted = payload(project, "attachment.deleted");

        assertThat(afterAdd).isAfter(createdAt);
        assertThat(history).contains("{\"field\":\"Attachment\",\"from\":null,\"to\":\"report.pdf\"}")
                .contains("{\"field\":\"Attachment\",\"from\":\"report.pdf\",\"to\":null}");
        assertThat(added).contains("\"fileName\": \"report.pdf\"").contains("\"size\": " + REPORT.length)
                .contains("\"mediaType\": \"application/pdf\"").contains("\"issueKey\": \"" + key + "\"")
                .doesNotContain("quarterly");
        assertThat(deleted).contains("\"fileName\": \"report.pdf\"").contains("\"deleted\": true");
    }

    @Test
    void deletingAnIssueDeletesItsFiles() {
        var fixtures = new Fixtures(port);
        var key = fixtures.issue(fixtures.project());
        var id = attach(fixtures.admin(), key, "report.pdf");
        var object = objectOf(id);
        assertThat(object).exists();

        var deleted = fixtures.admin().delete("/api/v1/issues/" + key);

        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertThat(object).doesNotExist();
        assertThat(fixtures.admin().get("/api/v1/attachments/" + id).status()).isEqualTo(404);
    }

    @Test
    void jiraScriptsAttachWithTheNoCheckHeaderAndReadTheFilesInTheIssuesFields() {
        var fixtures = new Fixtures(port);
        var key = fixtures.issue(fixtures.project());
        var admin = fixtures.admin();

        var withoutHeader = admin.upload("/rest/api/2/issue/" + key + "/attachments", "log.txt", "text/plain", REPORT);
        var attached = admin.header("X-Atlassian-Token", "no-check")
                .upload("/rest/api/2/issue/" + key + "/attachments", "log.txt", "text/plain", REPORT);
        var issue = admin.get("/rest/api/2/issue/" + key).json();

        assertThat(withoutHeader.status()).as(withoutHeader.toString()).isEqualTo(403);
        assertThat(withoutHeader.json().get("errorMessages").get(0).asString()).contains("X-Atlassian-Token: no-check");
        assertThat(attached.status()).as(attached.toString()).isEqualTo(200);
        assertThat(attached.json().get(0).get("filename").asString()).isEqualTo("log.txt");
        var field = issue.get("fields").get("attachment").get(0);
        assertThat(field.get("filename").asString()).isEqualTo("log.txt");
        assertThat(field.get("size").asLong()).isEqualTo(REPORT.length);
        assertThat(field.get("mimeType").asString()).isEqualTo("text/plain");
        assertThat(admin.get(field.get("content").asString().replaceFirst("^http://[^/]+", "")).text())
                .isEqualTo(new String(REPORT, StandardCharsets.UTF_8));
    }

    /**
     * What the server answers an upload of {@code length} bytes of which only the first part's head is sent: a request
     * over the limit is refused from its length, before its files are read (the JDK's client, which sends them all before
     * it reads an answer, would only see the connection closed under it).
     */
    private String refusedBeforeItIsSent(String path, long length, String headers) throws IOException {
        var basic = Base64.getEncoder().encodeToString((Api.ADMIN_EMAIL + ":" + Api.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        var start = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + basic + "\r\n" + headers
                + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: " + length + "\r\nConnection: close\r\n\r\n"
                + "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"part-1.bin\"\r\n\r\n";
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(start.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            var answer = new StringBuilder();
            var buffer = new byte[8192];
            for (int n; !complete(answer) && (n = socket.getInputStream().read(buffer)) > 0; ) {
                answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
            return answer.toString();
        }
    }

    /** The whole answer is in, by its length or its last chunk (the server waits for the rest of the upload, not closing). */
    private static boolean complete(CharSequence answer) {
        var text = answer.toString();
        int head = text.indexOf("\r\n\r\n");
        if (head < 0) {
            return false;
        }
        var length = Pattern.compile("(?im)^Content-Length: (\\d+)$").matcher(text.substring(0, head));
        return length.find() ? text.length() - head - 4 >= Integer.parseInt(length.group(1)) : text.endsWith("\r\n0\r\n\r\n");
    }

    private long attach(Api as, String key, String fileName) {
        var added = as.upload("/api/v1/issues/" + key + "/attachments", fileName, "application/pdf", REPORT);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.json().get(0).get("id").asLong();
    }

    private static String disposition(Api as, String key, String fileName, String mediaType, String content) {
        var added = as.upload("/api/v1/issues/" + key + "/attachments", fileName, mediaType, content.getBytes(StandardCharsets.UTF_8));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        var download = as.get("/api/v1/attachments/" + added.json().get(0).get("id").asLong());
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        return download.header("Content-Disposition");
    }

    /** Where the local object store keeps the file's bytes. */
    private Path objectOf(long id) {
        var key = jdbc.sql("select storage_key from attachments where id = ?").param(id).query(String.class).single();
        var path = meridian.dataDir().resolve("objects").resolve(key);
        assertThat(Files.exists(path)).as(path.toString()).isTrue();
        return path;
    }

    private String payload(String project, String type) {
        return jdbc.sql("select payload::text from outbox where project_key = ? and event_type = ? order by id desc limit 1")
                .params(project, type).query(String.class).single();
    }
}
