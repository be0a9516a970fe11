package dev.meridian.assistant;

import static dev.meridian.support.AccessMatrix.Access.USER;
import static dev.meridian.support.AccessMatrix.Access.VIEWER;
import static dev.meridian.support.AccessMatrix.Endpoint.call;

import dev.meridian.support.AccessMatrix.Endpoint;
import dev.meridian.support.EndpointMatrix;
import dev.meridian.support.MeridianTest;
import java.util.List;

@MeridianTest
class AssistantAuthorizationTest extends EndpointMatrix {

    static final List<Endpoint> ENDPOINTS = List.of(
            call("POST", "/api/v1/assistant/jql", "{'text':'my open issues from last week'}", USER),
            call("POST", "/api/v1/assistant/jql", "{'text':'open issues','project':'{project}'}", VIEWER));

    @Override
    protected List<Endpoint> endpoints() {
        return ENDPOINTS;
    }

    @Override
    protected List<String> packages() {
        return List.of("dev.meridian.assistant");
    }
}
