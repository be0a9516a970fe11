package dev.meridian.platform.queue;

import dev.meridian.pipeline.queue.QueueSettings;
import dev.meridian.pipeline.queue.SqsQueue;
import dev.meridian.platform.AwsFailures;
import dev.meridian.platform.PipelineProperties;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Opens the SQS queue at start (creating it and its dead-letter queue if missing), so that a wrong endpoint, region or
 * missing credentials stop the server with the setting to fix instead of failing every relay round later.
 */
final class SqsConnection {

    private SqsConnection() {
    }

    static SqsQueue open(PipelineProperties.Queue queue, String region) {
        var client = SqsQueue.client(region, endpoint(queue.sqsEndpoint()));
        try {
            return SqsQueue.create(client, QueueSettings.of(queue.sqsQueue(), queue.visibilityTimeout(), queue.maxReceiveCount()));
        } catch (RuntimeException e) {
            client.close();
            throw new IllegalStateException("MERIDIAN_QUEUE=sqs: " + AwsFailures.explain("SQS queue " + queue.sqsQueue(),
                    queue.sqsEndpoint(), region, "MERIDIAN_SQS_ENDPOINT, MERIDIAN_SQS_QUEUE", e), e);
        }
    }

    private static URI endpoint(String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            var uri = new URI(value.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new URISyntaxException(value, "expected scheme://host[:port]");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalStateException("MERIDIAN_SQS_ENDPOINT is not a URL such as http://127.0.0.1:9324: " + e.getMessage(), e);
        }
    }
}
