package dev.meridian.pipeline.records;

/** A conversational record with what it is about; only {@code conversation} goes into the Bedrock file. */
public record TrainingExample(Task task, String issueKey, Conversation conversation) {
}
