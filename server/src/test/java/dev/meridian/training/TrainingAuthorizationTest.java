package dev.meridian.training;

import static dev.meridian.support.AccessMatrix.Access.ADMIN;
import static dev.meridian.support.AccessMatrix.Access.SITE_ADMIN;
import static dev.meridian.support.AccessMatrix.Endpoint.call;
import static dev.meridian.support.AccessMatrix.Endpoint.read;

import dev.meridian.support.AccessMatrix.Endpoint;
import dev.meridian.support.EndpointMatrix;
import dev.meridian.support.MeridianTest;
import java.util.List;

@MeridianTest
class TrainingAuthorizationTest extends EndpointMatrix {

    static final List<Endpoint> ENDPOINTS = List.of(
            read("/api/v1/pipeline/status", SITE_ADMIN),
            read("/api/v1/pipeline/dead-letters", SITE_ADMIN),
            call("POST", "/api/v1/pipeline/dead-letters/redrive?max=1", null, SITE_ADMIN),
            // a random id: discarding a dead letter that is not there answers {"discarded": false}
            call("DELETE", "/api/v1/pipeline/dead-letters/{newProject}", null, SITE_ADMIN),
            read("/api/v1/training/datasets/{project}/snapshots", ADMIN),
            call("POST", "/api/v1/training/datasets/{project}/snapshots", null, ADMIN),
            call("POST", "/api/v1/training/datasets/{project}/retention", null, ADMIN),
            call("POST", "/api/v1/training/datasets/{project}/backfill", null, ADMIN));

    @Override
    protected List<Endpoint> endpoints() {
        return ENDPOINTS;
    }

    @Override
    protected List<String> packages() {
        return List.of("dev.meridian.training");
    }
}
