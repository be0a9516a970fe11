/**
 * Training data and models: the dataset worker (the pipeline's Lambda handler) driven in-process by a poller, the
 * model registry and training jobs, and inference from each project's active model. API: {@link
 * dev.meridian.training.Inference} (similar issues, suggestions for a draft). Inside, the folders follow the flow:
 * {@code internal} (dataset worker) → {@code internal.jobs} (trainers) → {@code internal.registry} (versions,
 * promotion) → {@code internal.inference} (live similar-issue indexes, embedding cache).
 */
package dev.meridian.training;
