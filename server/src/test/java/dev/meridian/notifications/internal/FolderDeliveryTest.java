package dev.meridian.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderDeliveryTest {

    @TempDir
    Path data;

    @Test
    void writesEachEmailAsAnEmlFileAMailProgramOpens() throws Exception {
        var folder = data.resolve("mail");
        var delivery = new FolderDelivery(folder, "Meridian <meridian@localhost>");

        delivery.deliver(new Email(42, "ada@example.com", "[HADOOP-12] Checksums fail — again", "Bob changed HADOOP-12.\n",
                "<p>Bob changed HADOOP-12.</p>"));

        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("0000000042.eml");
        }
        try (var in = Files.newInputStream(folder.resolve("0000000042.eml"))) {
            var message = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(message.getSubject()).isEqualTo("[HADOOP-12] Checksums fail — again");
            assertThat(message.getFrom()[0].toString()).isEqualTo("Meridian <meridian@localhost>");
            assertThat(message.getAllRecipients()[0].toString()).isEqualTo("ada@example.com");
            assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
            assertThat(((Multipart) message.getContent()).getCount()).isPositive();
        }
    }
}
