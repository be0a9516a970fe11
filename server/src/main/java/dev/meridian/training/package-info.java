/**
 * Training data and models. For now: the dataset worker (the pipeline's Lambda handler) driven in-process by a poller
 * on the changes queue, writing anonymized JSONL to the local object store.
 */
package dev.meridian.training;
