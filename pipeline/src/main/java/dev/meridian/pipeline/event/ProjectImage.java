package dev.meridian.pipeline.event;

/** A project after the change; {@code aiTrainingEnabled} is the admins' consent to train on its data. */
public record ProjectImage(String key, String name, Boolean aiTrainingEnabled, boolean deleted) {

    public boolean trainingAllowed() {
        return !deleted && !Boolean.FALSE.equals(aiTrainingEnabled);
    }
}
