package dev.meridian.notifications.internal;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes each email as an {@code .eml} file (any mail program opens one) into a folder, so that a local Meridian shows
 * its emails without an SMTP server. Written aside and then moved, so a reader never sees half a file.
 */
final class FolderDelivery implements MailDelivery {

    private final Path folder;
    private final String from;

    FolderDelivery(Path folder, String from) {
        this.folder = folder;
        this.from = from;
    }

    @Override
    public void deliver(Email email) throws MessagingException, IOException {
        Files.createDirectories(folder);
        var message = MailDelivery.message(null, from, email);
        message.saveChanges();
        var name = String.format("%010d", email.id()) + ".eml";
        var partial = folder.resolve(name + ".part");
        try (var out = Files.newOutputStream(partial)) {
            message.writeTo(out);
        }
        Files.move(partial, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
