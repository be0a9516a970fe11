package dev.meridian.pipeline.dataset;

import dev.meridian.pipeline.store.ObjectStore;
import java.util.List;

/**
 * What happens when a project's admins turn AI training off: everything stored from its data goes (shards, rejects,
 * sealed snapshots, the anonymized issue state, the processed-event markers); only the consent itself stays, so
 * that nothing more is written. Sealed snapshots lose their manifest first: from then on none of them counts as sealed.
 */
final class ProjectPurge {

    private ProjectPurge() {
    }

    /** @return how many objects were deleted */
    static int purge(ObjectStore store, String project) {
        int deleted = 0;
        List<String> snapshots = store.list(DatasetKeys.snapshots(project));
        for (String key : snapshots) {
            if (key.endsWith("/manifest.json")) {
                store.delete(key);
                deleted++;
            }
        }
        for (String prefix : List.of(DatasetKeys.snapshots(project), DatasetKeys.shards(project), DatasetKeys.issueStates(project),
                DatasetKeys.processedEvents(project))) {
            for (String key : store.list(prefix)) {
                store.delete(key);
                deleted++;
            }
        }
        return deleted;
    }
}
