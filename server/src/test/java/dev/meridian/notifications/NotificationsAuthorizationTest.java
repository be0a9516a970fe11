package dev.meridian.notifications;

import static dev.meridian.support.AccessMatrix.Access.USER;
import static dev.meridian.support.AccessMatrix.Access.VIEWER;
import static dev.meridian.support.AccessMatrix.Endpoint.call;
import static dev.meridian.support.AccessMatrix.Endpoint.read;

import dev.meridian.support.AccessMatrix.Endpoint;
import dev.meridian.support.EndpointMatrix;
import dev.meridian.support.MeridianTest;
import java.util.List;

/**
 * Each caller's own, in no project: anonymous callers are asked to log in. NotificationsTest shows they stay one's own.
 * Watching a project takes being able to browse it.
 */
@MeridianTest
class NotificationsAuthorizationTest extends EndpointMatrix {

    static final List<Endpoint> ENDPOINTS = List.of(
            read("/api/v1/myself/notifications", USER),
            read("/api/v1/myself/notifications/unread-count", USER),
            call("POST", "/api/v1/myself/notifications/{notification}/read", null, USER),
            call("POST", "/api/v1/myself/notifications/read-all", null, USER),
            read("/api/v1/myself/notification-settings", USER),
            call("PUT", "/api/v1/myself/notification-settings", "{'email':false,'reasons':{'updated':false}}", USER),
            read("/api/v1/projects/{project}/watch", VIEWER),
            call("PUT", "/api/v1/projects/{project}/watch", null, VIEWER),
            call("DELETE", "/api/v1/projects/{project}/watch", null, VIEWER));

    @Override
    protected List<Endpoint> endpoints() {
        return ENDPOINTS;
    }

    @Override
    protected List<String> packages() {
        return List.of("dev.meridian.notifications");
    }
}
