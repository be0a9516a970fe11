package dev.meridian.importing;

import static dev.meridian.support.AccessMatrix.Access.ADMIN;
import static dev.meridian.support.AccessMatrix.Endpoint.call;
import static dev.meridian.support.AccessMatrix.Endpoint.change;

import dev.meridian.support.EndpointMatrix;
import dev.meridian.support.AccessMatrix.Endpoint;
import dev.meridian.support.MeridianTest;
import java.util.List;

@MeridianTest
class ImportAuthorizationTest extends EndpointMatrix {

    static final List<Endpoint> ENDPOINTS = List.of(
            change("POST", "/api/v1/projects/{project}/import", "Issue id,Summary,Status\n7,Imported,Weird status\n", ADMIN).csv(),
            call("POST", "/api/v1/projects/{project}/import/duplicates", "Issue id,Duplicate id\n7,8\n", ADMIN).csv());

    @Override
    protected List<Endpoint> endpoints() {
        return ENDPOINTS;
    }

    @Override
    protected List<String> packages() {
        return List.of("dev.meridian.importing");
    }
}
