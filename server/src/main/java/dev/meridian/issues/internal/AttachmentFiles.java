package dev.meridian.issues.internal;

import dev.meridian.pipeline.WorkerSettings;
import dev.meridian.pipeline.store.ObjectStore;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The bytes of attachments, in the object store the training data uses (a local folder, or S3 with the same bucket,
 * prefix and encryption settings) under {@code attachments/}. The database rows say which files exist: a file is
 * written before its row, removed again if that transaction rolls back, and removed only after its row's deletion
 * commits.
 */
@Component
public class AttachmentFiles {

    private static final String PREFIX = "attachments/";

    private final ObjectStore store;

    AttachmentFiles(WorkerSettings settings) {
        this.store = settings.objectStore();
    }

    /** Stores the bytes under a new key and returns it. */
    public String put(long issueId, byte[] content) {
        var key = PREFIX + issueId + "/" + UUID.randomUUID();
        store.put(key, content);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    store.delete(key);
                }
            }
        });
        return key;
    }

    public Optional<byte[]> get(String key) {
        return store.get(key);
    }

    public void deleteAfterCommit(List<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                keys.forEach(store::delete);
            }
        });
    }
}
