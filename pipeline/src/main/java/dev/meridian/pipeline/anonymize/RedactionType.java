package dev.meridian.pipeline.anonymize;

/** Kinds of personal or secret data removed from training text, each with the placeholder left in its place. */
public enum RedactionType {
    PERSON(null),
    EMAIL("[EMAIL]"),
    PHONE("[PHONE]"),
    IPV4("[IP]"),
    IPV6("[IP]"),
    CARD_NUMBER("[CARD]"),
    AWS_ACCESS_KEY("[AWS_ACCESS_KEY]"),
    AWS_SECRET_KEY("[AWS_SECRET_KEY]"),
    BEARER_TOKEN("[TOKEN]"),
    PASSWORD("[PASSWORD]"),
    URL_CREDENTIALS("[CREDENTIALS]");

    private final String placeholder;

    RedactionType(String placeholder) {
        this.placeholder = placeholder;
    }

    /** Null for {@link #PERSON}: a person is replaced by a pseudonym, not by a placeholder. */
    public String placeholder() {
        return placeholder;
    }
}
