package dev.meridian.support;

import java.util.Properties;
import java.util.function.Supplier;

/**
 * The AWS SDK's default credential chain, as a test sees it: dummy keys in system properties (the protocol servers
 * check none), or none at all, with the EC2 metadata lookup off so that "none" is found out at once.
 */
public final class AwsSettings {

    private static final String[] KEYS = {"aws.accessKeyId", "aws.secretAccessKey", "aws.disableEc2Metadata"};

    private AwsSettings() {
    }

    public static void useDummyCredentials() {
        System.setProperty("aws.accessKeyId", "test");
        System.setProperty("aws.secretAccessKey", "test");
    }

    /** Runs {@code action} with no credentials to be found, then puts back what was there. */
    public static <T> T withoutCredentials(Supplier<T> action) {
        var saved = new Properties();
        for (var key : KEYS) {
            if (System.getProperty(key) != null) {
                saved.setProperty(key, System.getProperty(key));
            }
            System.clearProperty(key);
        }
        System.setProperty("aws.disableEc2Metadata", "true");
        try {
            return action.get();
        } finally {
            for (var key : KEYS) {
                System.clearProperty(key);
            }
            saved.forEach((key, value) -> System.setProperty((String) key, (String) value));
        }
    }
}
