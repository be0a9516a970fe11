package dev.meridian.training;

import static dev.meridian.support.AccessMatrix.Access.ADMIN;
import static dev.meridian.support.AccessMatrix.Access.SITE_ADMIN;
import static dev.meridian.support.AccessMatrix.Access.VIEWER;
import static dev.meridian.support.AccessMatrix.Endpoint.call;
import static dev.meridian.support.AccessMatrix.Endpoint.change;
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
            call("POST", "/api/v1/training/datasets/{project}/backfill", null, ADMIN),
            read("/api/v1/training/datasets/{project}/backfills", ADMIN),
            call("POST", "/api/v1/training/jobs", "{'project':'{project}','mode':'full'}", ADMIN),
            read("/api/v1/training/jobs?project={project}", VIEWER),
            read("/api/v1/training/jobs/{job}", VIEWER),
            call("POST", "/api/v1/training/jobs/{job}/cancel", null, ADMIN),
            read("/api/v1/models?project={project}", VIEWER),
            read("/api/v1/models/{model}/predictions", VIEWER),
            read("/api/v1/training/staleness?project={project}", VIEWER),
            change("POST", "/api/v1/models/{model}/promote", null, ADMIN).probing("/api/v1/models?project={project}"),
            change("POST", "/api/v1/projects/{project}/models/rollback", null, ADMIN).probing("/api/v1/models?project={project}"),
            read("/api/v1/issues/{issue}/similar?limit=5", VIEWER),
            call("POST", "/api/v1/projects/{project}/suggestions", "{'summary':'An issue','description':'about disks'}", VIEWER));

    @Override
    protected List<Endpoint> endpoints() {
        return ENDPOINTS;
    }

    @Override
    protected List<String> packages() {
        return List.of("dev.meridian.training");
    }
}
