package dev.meridian.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Api;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/** People's inboxes as the tests read them, newest first, waited for: notifications are told a moment after the commit. */
final class Inboxes {

    static final String INBOX = "/api/v1/myself/notifications";

    private Inboxes() {
    }

    static Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
        return response;
    }

    static List<JsonNode> inbox(Api user) {
        var items = new ArrayList<JsonNode>();
        ok(user.get(INBOX)).json().get("items").forEach(items::add);
        return items;
    }

    static List<String> reasons(Api user) {
        return inbox(user).stream().map(n -> n.get("reason").asString()).toList();
    }

    /** Each change as {@code field:from->to}, an empty value as "none". */
    static List<String> changes(JsonNode notification) {
        var changes = new ArrayList<String>();
        notification.get("changes").forEach(c -> changes.add(c.get("field").asString() + ":" + shown(c.get("from")) + "->" + shown(c.get("to"))));
        return changes;
    }

    static List<JsonNode> awaitInbox(Api user, int count) {
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        var items = inbox(user);
        while (items.size() < count && System.nanoTime() < deadline) {
            sleep();
            items = inbox(user);
        }
        assertThat(items).hasSizeGreaterThanOrEqualTo(count);
        return items;
    }

    static JsonNode awaitReason(Api user, String reason) {
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            var found = inbox(user).stream().filter(n -> n.get("reason").asString().equals(reason)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            sleep();
        }
        throw new AssertionError("no '" + reason + "' notification within 10 s");
    }

    private static String shown(JsonNode value) {
        return value == null || value.isNull() ? "none" : value.asString();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
