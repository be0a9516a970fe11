package dev.meridian.training.internal.jobs;

import java.util.function.Consumer;

/** Progress of one job into its row: percentage, an ETA from the pace so far, log lines, and cancel checks. */
final class JobProgress implements Trainer.Progress {

    private final JobStore store;
    private final long jobId;
    private final Consumer<String> externalJob;
    private final long startedNanos = System.nanoTime();
    private final Eta eta = new Eta();
    private int percent;

    JobProgress(JobStore store, long jobId, Consumer<String> externalJob) {
        this.store = store;
        this.jobId = jobId;
        this.externalJob = externalJob;
    }

    @Override
    public void externalJob(String id) {
        externalJob.accept(id);
    }

    @Override
    public void report(int percent, String line) {
        checkpoint();
        if (line != null) {
            store.log(jobId, line);
        }
        if (percent != this.percent) {
            this.percent = percent;
            store.progress(jobId, percent, eta.at(percent, (System.nanoTime() - startedNanos) / 1e9));
        }
    }

    @Override
    public void checkpoint() {
        if (store.cancelRequested(jobId)) {
            throw new Trainer.Cancelled();
        }
    }
}
