package dev.meridian.pipeline.dataset;

import dev.meridian.pipeline.store.ObjectStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Keeps the newest {@code keepLast} sealed snapshots of a project and every pinned one (a snapshot an active or
 * registered model was trained on); deletes the rest. Shards are not touched: they are the source of later snapshots.
 */
public record RetentionPolicy(int keepLast) {

    public RetentionPolicy {
        if (keepLast < 1) {
            throw new IllegalArgumentException("keep at least the latest snapshot");
        }
    }

    /** Deletes what the policy does not keep; returns the deleted snapshot ids. */
    public List<String> apply(ObjectStore store, String project, Set<String> pinned) {
        List<String> sealed = new SnapshotSealer(store, null, 0).snapshotIds(project);
        List<String> deleted = new ArrayList<>();
        for (int i = 0; i < sealed.size() - keepLast; i++) {
            String snapshotId = sealed.get(i);
            if (pinned.contains(snapshotId)) {
                continue;
            }
            String folder = DatasetKeys.snapshots(project) + snapshotId + "/";
            // the manifest goes first: from then on the snapshot is not sealed, whatever else a failure leaves behind
            store.delete(folder + "manifest.json");
            store.list(folder).forEach(store::delete);
            deleted.add(snapshotId);
        }
        return deleted;
    }
}
