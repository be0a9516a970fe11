package dev.meridian.planning;

import static dev.meridian.support.AccessMatrix.Access.ADMIN;
import static dev.meridian.support.AccessMatrix.Access.MEMBER;
import static dev.meridian.support.AccessMatrix.Access.VIEWER;
import static dev.meridian.support.AccessMatrix.Endpoint.change;
import static dev.meridian.support.AccessMatrix.Endpoint.read;

import dev.meridian.support.AccessMatrix.Endpoint;
import dev.meridian.support.EndpointMatrix;
import dev.meridian.support.MeridianTest;
import java.util.List;

@MeridianTest
class PlanningAuthorizationTest extends EndpointMatrix {

    static final List<Endpoint> ENDPOINTS = List.of(
            change("PUT", "/api/v1/issues/{other}/rank", "{'before':'{issue}'}", MEMBER)
                    .probing("/api/v1/search?jql=project+%3D+{project}+ORDER+BY+rank"),
            read("/api/v1/boards?project={project}", VIEWER),
            change("POST", "/api/v1/boards", "{'project':'{project}','name':'Another','kind':'kanban'}", ADMIN)
                    .probing("/api/v1/boards?project={project}"),
            read("/api/v1/boards/{board}", VIEWER),
            change("PUT", "/api/v1/boards/{board}", "{'name':'Renamed','swimlanes':'assignee'}", ADMIN).probing("/api/v1/boards/{board}"),
            change("DELETE", "/api/v1/boards/{board}", null, ADMIN).probing("/api/v1/boards/{board}"),
            read("/api/v1/boards/{board}/issues?quickFilter={quickFilter}", VIEWER),
            read("/api/v1/boards/{board}/quick-filters", VIEWER),
            change("POST", "/api/v1/boards/{board}/quick-filters", "{'name':'Urgent','jql':'priority = High'}", ADMIN)
                    .probing("/api/v1/boards/{board}/quick-filters"),
            change("PUT", "/api/v1/boards/{board}/quick-filters/{quickFilter}", "{'name':'Defects'}", ADMIN)
                    .probing("/api/v1/boards/{board}/quick-filters"),
            change("DELETE", "/api/v1/boards/{board}/quick-filters/{quickFilter}", null, ADMIN)
                    .probing("/api/v1/boards/{board}/quick-filters"),
            change("PUT", "/api/v1/boards/{board}/quick-filters/order", "{'ids':[{otherQuickFilter},{quickFilter}]}", ADMIN)
                    .probing("/api/v1/boards/{board}/quick-filters"),
            read("/api/v1/boards/{board}/backlog", VIEWER),
            read("/api/v1/boards/{board}/sprints", VIEWER),
            change("POST", "/api/v1/boards/{board}/sprints", "{'name':'Next'}", MEMBER).probing("/api/v1/boards/{board}/sprints"),
            read("/api/v1/sprints/{sprint}", VIEWER),
            change("PATCH", "/api/v1/sprints/{sprint}", "{'goal':'Ship it'}", MEMBER).probing("/api/v1/sprints/{sprint}"),
            change("DELETE", "/api/v1/sprints/{sprint}", null, MEMBER).probing("/api/v1/sprints/{sprint}"),
            change("POST", "/api/v1/sprints/{sprint}/issues", "{'remove':['{issue}']}", MEMBER).probing("/api/v1/sprints/{sprint}"),
            change("POST", "/api/v1/sprints/{sprint}/start", "{'goal':'Go'}", MEMBER).probing("/api/v1/sprints/{sprint}"),
            change("POST", "/api/v1/sprints/{activeSprint}/complete", "{'moveTo':'backlog'}", MEMBER)
                    .probing("/api/v1/sprints/{activeSprint}"),
            read("/api/v1/sprints/{activeSprint}/burndown", VIEWER),
            read("/api/v1/sprints/{activeSprint}/burnup", VIEWER),
            read("/api/v1/boards/{board}/reports/velocity", VIEWER),
            read("/api/v1/boards/{board}/reports/cumulative-flow?from=2026-01-01&to=2026-01-31", VIEWER),
            read("/api/v1/boards/{board}/reports/created-resolved", VIEWER),
            read("/api/v1/boards/{board}/reports/cycle-time", VIEWER));

    @Override
    protected List<Endpoint> endpoints() {
        return ENDPOINTS;
    }

    @Override
    protected List<String> packages() {
        return List.of("dev.meridian.planning");
    }
}
