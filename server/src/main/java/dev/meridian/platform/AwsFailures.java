package dev.meridian.platform;

/** Turns an AWS SDK failure at start into a sentence that names the setting to fix. */
public final class AwsFailures {

    private AwsFailures() {
    }

    /**
     * @param service   what was being reached, e.g. "SQS"
     * @param endpoint  the endpoint override, or blank for AWS itself
     * @param variables the settings that locate the service, e.g. "MERIDIAN_SQS_ENDPOINT"
     */
    public static String explain(String service, String endpoint, String region, String variables, Throwable failure) {
        if (missingCredentials(failure)) {
            return "no AWS credentials found for " + service + ": set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY "
                    + "(or AWS_PROFILE, or give the host an IAM role)";
        }
        var where = endpoint == null || endpoint.isBlank() ? "AWS in AWS_REGION=" + region : endpoint;
        return service + " at " + where + " cannot be used (" + rootMessage(failure) + "): check " + variables
                + ", AWS_REGION and the AWS credentials";
    }

    private static boolean missingCredentials(Throwable failure) {
        for (var t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().startsWith("Unable to load credentials")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        var root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
