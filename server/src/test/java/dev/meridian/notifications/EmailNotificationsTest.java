package dev.meridian.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.meridian.support.Api;
import dev.meridian.support.Fixtures;
import dev.meridian.support.Problems;
import dev.meridian.support.TestDataDir;
import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Notifications by email through a real SMTP server (GreenMail, in-process on a loopback port): what one says, how
 * changes close together make one, who gets none, and that a server that is down delays mail rather than losing it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "meridian.durable=false",
        "meridian.bootstrap.demo-project=false",
        "meridian.pipeline.enabled=false",
        "meridian.bootstrap.admin-email=" + Api.ADMIN_EMAIL,
        "meridian.bootstrap.admin-password=" + Api.ADMIN_PASSWORD,
        "meridian.mail.delivery=smtp",
        "meridian.mail.smtp.host=127.0.0.1",
        "meridian.mail.smtp.starttls=false",
        "meridian.mail.from=Meridian <meridian@meridian.test>",
        "meridian.mail.base-url=http://meridian.test/",
        "meridian.mail.batch-seconds=2",
        "meridian.mail.retry-seconds=2",
        "meridian.mail.max-attempts=3",
        "meridian.mail.interval-ms=100",
        "logging.level.root=warn",
        "logging.level.dev.meridian=error"})
@Import(TestDataDir.class)
@DirtiesContext
class EmailNotificationsTest {

    private static final int SMTP_PORT = freePort();
    private static GreenMail smtp = startSmtp();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private String project;
    private Api ada;
    private Api bob;
    private Api carl;

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("meridian.mail.smtp.port", () -> SMTP_PORT);
    }

    /** Ada, Bob and Carl are members of a new project. */
    @BeforeEach
    void aProjectWithItsPeople() {
        var fixtures = new Fixtures(port);
        project = fixtures.project();
        ada = fixtures.user("ada", "Ada Lovelace");
        bob = fixtures.user("bob", "Bob Kahn");
        carl = fixtures.user("carl", "Carl Sagan");
        for (var member : List.of(ada, bob, carl)) {
            fixtures.member(project, member, "member");
        }
    }

    @AfterEach
    void smtpServerRunsAgain() {
        if (!smtp.isRunning()) {
            smtp = startSmtp();
        }
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void anAssignmentSendsOneEmailWithTheIssueWhoDidItAndLinks() throws Exception {
        var issue = issue(ada, "Checksums <b>fail</b> & \"more\"");
        ok(ada.patch("/api/v1/issues/" + issue, Map.of("assignee", email(bob))));

        var mail = awaitMail(bob, 1).get(0);
        assertThat(mail.getSubject()).isEqualTo("[" + issue + "] Checksums <b>fail</b> & \"more\"");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("Meridian <meridian@meridian.test>");
        assertThat(Arrays.stream(mail.getAllRecipients()).map(Address::toString)).containsExactly(email(bob));
        var text = part(mail, "text/plain");
        assertThat(text).contains("Ada Lovelace assigned " + issue + " to you.", "http://meridian.test/issues/" + issue,
                "http://meridian.test/account/notifications");
        var html = part(mail, "text/html");
        assertThat(html).contains("Checksums &lt;b&gt;fail&lt;/b&gt; &amp; &quot;more&quot;", "href=\"http://meridian.test/issues/" + issue + "\"",
                "href=\"http://meridian.test/account/notifications\"").doesNotContain("<b>fail</b>");
        assertThat(mailTo(ada)).as("the assigner made the change").isEmpty();
    }

    @Test
    void changesToOneIssueWithinTheWindowGoInOneEmail() throws Exception {
        var issue = issue(ada, "Rotate the keys");
        ok(ada.patch("/api/v1/issues/" + issue, Map.of("assignee", email(bob))));
        ok(ada.patch("/api/v1/issues/" + issue, Map.of("priority", "Highest")));

        var text = part(awaitMail(bob, 1).get(0), "text/plain");
        assertThat(text).contains("Ada Lovelace assigned " + issue + " to you.", "Ada Lovelace changed " + issue + ".",
                "priority: Medium → Highest");
        TimeUnit.MILLISECONDS.sleep(3000);
        assertThat(mailTo(bob)).as("no second email once the window is over").hasSize(1);
    }

    @Test
    void nobodyIsEmailedAboutTheirOwnChange() throws Exception {
        var issue = issue(ada, "Flaky test");
        ok(ada.patch("/api/v1/issues/" + issue, Map.of("assignee", email(bob))));
        awaitMail(bob, 1);
        ok(bob.post("/api/v1/issues/" + issue + "/comments", Map.of("body", "Fixed in the next build.")));

        var toAda = part(awaitMail(ada, 1).get(0), "text/plain");
        assertThat(toAda).contains("Bob Kahn commented on " + issue + ".", "\"Fixed in the next build.\"");
        TimeUnit.MILLISECONDS.sleep(500);
        assertThat(mailTo(bob)).as("only the assignment, not his own comment").hasSize(1);
    }

    @Test
    void aDeletedIssueIsEmailedSayingSoWithoutALinkToIt() throws Exception {
        var issue = issue(ada, "Obsolete");
        ok(carl.post("/api/v1/issues/" + issue + "/watchers", null));
        ok(ada.delete("/api/v1/issues/" + issue));

        var mail = awaitMail(carl, 1).get(0);
        assertThat(mail.getSubject()).isEqualTo("[" + issue + "] Obsolete");
        assertThat(part(mail, "text/plain")).contains("Ada Lovelace deleted " + issue + ": it no longer exists.")
                .doesNotContain("/issues/" + issue);
        assertThat(part(mail, "text/html")).doesNotContain("/issues/" + issue);
    }

    @Test
    void someoneWatchingTheProjectIsEmailedEachNewIssueUnlessTheyMutedIt() throws Exception {
        ok(bob.put("/api/v1/projects/" + project + "/watch", null));
        ok(carl.put("/api/v1/projects/" + project + "/watch", null));
        ok(carl.put(SETTINGS, Map.of("email", true, "reasons", Map.of("created", false))));
        var issue = issue(ada, "Rotate the keys");

        assertThat(part(awaitMail(bob, 1).get(0), "text/plain")).contains("Ada Lovelace created " + issue + ".",
                "because you watch its project");
        assertThat(inboxSize(carl)).as("told in the inbox").isEqualTo(1);
        assertThat(mailTo(carl)).as("not emailed what he muted").isEmpty();
    }

    @Test
    void someoneWhoTurnedEmailOffOrOneReasonOffIsNotEmailedAboutIt() throws Exception {
        ok(bob.put(SETTINGS, Map.of("email", false)));
        ok(carl.put(SETTINGS, Map.of("email", true, "reasons", Map.of("commented", false, "updated", false))));
        var issue = issue(ada, "Disk fills up");
        ok(ada.patch("/api/v1/issues/" + issue, Map.of("assignee", email(bob))));
        ok(carl.post("/api/v1/issues/" + issue + "/watchers", null));
        ok(bob.post("/api/v1/issues/" + issue + "/comments", Map.of("body", "Looking")));
        ok(ada.post("/api/v1/issues/" + issue + "/comments", Map.of("body", "Thanks")));
        var other = issue(ada, "Disk fills up again");
        ok(ada.patch("/api/v1/issues/" + other, Map.of("assignee", email(carl))));

        assertThat(part(awaitMail(carl, 1).get(0), "text/plain")).as("an assignment, still emailed")
                .contains("assigned " + other + " to you.");
        TimeUnit.MILLISECONDS.sleep(500);
        assertThat(mailTo(carl)).as("not the comments and changes he muted").hasSize(1);
        assertThat(mailTo(bob)).as("email turned off").isEmpty();
        assertThat(inboxSize(bob)).as("the inbox still tells him").isEqualTo(2);
    }

    @Test
    void anEmailThatCannotBeSentStaysQueuedAndGoesOnceTheServerIsBack() throws Exception {
        smtp.stop();
        var issue = issue(ada, "Mail server down");
        ok(ada.patch("/api/v1/issues/" + issue, Map.of("assignee", email(bob))));

        var failed = awaitQueued(bob, "last_error is not null");
        assertThat(failed.get("sent_at")).isNull();
        assertThat(failed.get("failed_at")).as("not given up after one try").isNull();
        smtp = startSmtp();

        assertThat(awaitMail(bob, 1)).hasSize(1);
        var sent = awaitQueued(bob, "sent_at is not null");
        assertThat((int) sent.get("attempts")).isGreaterThan(1);
    }

    @Test
    void anEmailIsGivenUpAfterItsLastTryWithTheErrorKept() throws Exception {
        smtp.stop();
        var issue = issue(ada, "Mail server gone");
        ok(ada.patch("/api/v1/issues/" + issue, Map.of("assignee", email(bob))));

        var given = awaitQueued(bob, "failed_at is not null");
        assertThat((int) given.get("attempts")).isEqualTo(3);
        assertThat((String) given.get("last_error")).contains("127.0.0.1");
        smtp = startSmtp();
        TimeUnit.MILLISECONDS.sleep(1000);
        assertThat(mailTo(bob)).isEmpty();
    }

    @Test
    void settingsStartWithEverythingEmailedAndRefuseWhatTheyDoNotKnowInWords() {
        var settings = ok(ada.get(SETTINGS)).json();
        assertThat(settings.get("email").asBoolean()).isTrue();
        assertThat(settings.get("serverSendsEmail").asBoolean()).isTrue();
        assertThat(settings.get("reasons").toString()).isEqualTo("{\"assigned\":true,\"mentioned\":true,\"created\":true,"
                + "\"commented\":true,\"commentEdited\":true,\"workLogged\":true,\"updated\":true,\"deleted\":true}");

        var changed = ok(ada.put(SETTINGS, Map.of("email", true, "reasons", Map.of("updated", false)))).json();
        assertThat(changed.get("reasons").get("updated").asBoolean()).isFalse();
        var again = ok(ada.put(SETTINGS, Map.of("email", false, "reasons", Map.of("mentioned", false)))).json();
        assertThat(again.get("reasons").get("updated").asBoolean()).as("reasons not named stay as they were").isFalse();
        assertThat(ok(ada.get(SETTINGS)).json()).isEqualTo(again);

        var unknown = Problems.assertProblem(ada.put(SETTINGS, Map.of("email", true, "reasons", Map.of("closed", false))), 400);
        assertThat(unknown.get("detail").asString()).contains("reasons.closed",
                "assigned, mentioned, created, commented, commentEdited, workLogged, updated, deleted");
        var missing = Problems.assertProblem(ada.put(SETTINGS, Map.of("reasons", Map.of())), 400);
        assertThat(Problems.fields(missing)).containsExactly("email");
        Problems.assertProblem(Api.anonymous(port).get(SETTINGS), 401);
        assertThat(ok(ada.get(SETTINGS)).json()).as("a refused change changes nothing").isEqualTo(again);
    }

    private static final String SETTINGS = "/api/v1/myself/notification-settings";

    private String issue(Api as, String summary) {
        return new Fixtures(port).issue(project, as, summary);
    }

    private static String email(Api user) {
        return Fixtures.email(user);
    }

    private long inboxSize(Api user) {
        return ok(user.get("/api/v1/myself/notifications")).json().get("total").asLong();
    }

    private static Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
        return response;
    }

    private List<MimeMessage> mailTo(Api user) {
        var address = email(user);
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipients(m).contains(address)).toList();
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(Address::toString).toList();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Emails leave a few seconds after the change: the batch window, then the sender's next round. */
    private List<MimeMessage> awaitMail(Api user, int count) throws InterruptedException {
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        var mail = mailTo(user);
        while (mail.size() < count && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(100);
            mail = mailTo(user);
        }
        assertThat(mail).as("emails to " + email(user)).hasSizeGreaterThanOrEqualTo(count);
        return mail;
    }

    private Map<String, Object> awaitQueued(Api user, String condition) throws InterruptedException {
        var id = ok(user.get("/api/v1/myself")).json().get("id").asLong();
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            var rows = jdbc.sql("select * from notification_emails where recipient_id = ? and " + condition).param(id)
                    .query().listOfRows();
            if (!rows.isEmpty()) {
                return rows.get(0);
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new AssertionError("no queued email to " + email(user) + " with " + condition);
    }

    /** The first part of this type (the email is text with an HTML alternative). */
    private static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            var parts = (Multipart) part.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                var found = part(parts.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static GreenMail startSmtp() {
        var server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
