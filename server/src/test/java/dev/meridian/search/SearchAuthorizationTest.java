package dev.meridian.search;

import static dev.meridian.support.AccessMatrix.Access.ADMIN;
import static dev.meridian.support.AccessMatrix.Access.USER;
import static dev.meridian.support.AccessMatrix.Access.VIEWER;
import static dev.meridian.support.AccessMatrix.Endpoint.call;
import static dev.meridian.support.AccessMatrix.Endpoint.change;
import static dev.meridian.support.AccessMatrix.Endpoint.read;

import dev.meridian.support.AccessMatrix.Endpoint;
import dev.meridian.support.EndpointMatrix;
import dev.meridian.support.MeridianTest;
import java.util.List;

@MeridianTest
class SearchAuthorizationTest extends EndpointMatrix {

    static final List<Endpoint> ENDPOINTS = List.of(
            read("/api/v1/search?jql=order+by+created", USER),
            call("POST", "/api/v1/search", "{'jql':'order by created'}", USER),
            read("/api/v1/jql/validate?jql=status+%3D+Done", USER),
            call("POST", "/api/v1/jql/validate", "{'jql':'status = Done'}", USER),
            read("/api/v1/jql/autocomplete?jql=sta", USER),
            read("/api/v1/jql/reference", USER),
            read("/api/v1/filters", USER),
            call("POST", "/api/v1/filters", "{'name':'Mine {newProject}','jql':'order by created'}", USER),
            read("/api/v1/filters/{filter}", VIEWER),
            read("/api/v1/filters/{filter}/search", VIEWER),
            change("PUT", "/api/v1/filters/{filter}", "{'name':'Renamed {newProject}','jql':'order by updated','projectKey':'{project}'}", ADMIN)
                    .probing("/api/v1/filters/{filter}"),
            change("DELETE", "/api/v1/filters/{filter}", null, ADMIN).probing("/api/v1/filters/{filter}"));

    @Override
    protected List<Endpoint> endpoints() {
        return ENDPOINTS;
    }

    @Override
    protected List<String> packages() {
        return List.of("dev.meridian.search");
    }
}
