package dev.meridian.assistant;

import static dev.meridian.support.AccessMatrix.Access.USER;
import static dev.meridian.support.AccessMatrix.Access.VIEWER;
import static dev.meridian.support.AccessMatrix.Endpoint.call;
import static dev.meridian.support.AccessMatrix.Endpoint.read;

import dev.meridian.support.AccessMatrix.Endpoint;
import dev.meridian.support.EndpointMatrix;
import dev.meridian.support.MeridianTest;
import java.util.List;

@MeridianTest
class AssistantAuthorizationTest extends EndpointMatrix {

    static final List<Endpoint> ENDPOINTS = List.of(
            call("POST", "/api/v1/assistant/jql", "{'text':'my open issues from last week'}", USER),
            call("POST", "/api/v1/assistant/jql", "{'text':'open issues','project':'{project}'}", VIEWER),
            call("POST", "/api/v1/assistant/conversations", "{'title':'Planning'}", USER),
            call("POST", "/api/v1/assistant/conversations", "{'project':'{project}'}", VIEWER),
            read("/api/v1/assistant/conversations", USER),
            read("/api/v1/assistant/conversations/{conversation}", USER),
            call("PATCH", "/api/v1/assistant/conversations/{conversation}", "{'title':'Renamed'}", USER),
            call("DELETE", "/api/v1/assistant/conversations/{conversation}", null, USER),
            call("POST", "/api/v1/assistant/conversations/{conversation}/messages", "{'text':'how many open issues are there?'}", USER),
            call("PUT", "/api/v1/assistant/messages/{answer}/feedback", "{'rating':'up','comment':'right'}", USER),
            call("POST", "/api/v1/issues/{issue}/summary", null, VIEWER));

    @Override
    protected List<Endpoint> endpoints() {
        return ENDPOINTS;
    }

    @Override
    protected List<String> packages() {
        return List.of("dev.meridian.assistant");
    }
}
