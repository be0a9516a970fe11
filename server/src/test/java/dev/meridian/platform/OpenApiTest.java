package dev.meridian.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Api;
import dev.meridian.support.MeridianTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@MeridianTest
class OpenApiTest {

    @LocalServerPort
    int port;

    @Test
    void documentsTheStableInterface() {
        var doc = Api.anonymous(port).get("/api/openapi.json");
        assertThat(doc.status()).isEqualTo(200);
        var paths = doc.json().get("paths");
        for (var path : new String[] {"/api/v1/health", "/api/v1/users", "/api/v1/projects", "/api/v1/projects/{key}",
                "/api/v1/projects/{key}/members/{email}", "/api/v1/projects/{key}/import", "/api/v1/issues",
                "/api/v1/issues/{key}", "/api/v1/issues/{key}/transitions", "/api/v1/issues/{key}/comments",
                "/api/v1/issues/{key}/history"}) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
        assertThat(paths.get("/api/v1/issues").get("get").get("parameters").toString()).doesNotContain("CurrentUser");
        assertThat(Api.anonymous(port).get("/api/docs").status()).isIn(200, 302);
    }

    @Test
    void documentsEachRequestBodyAsItsOwnEndpointReadsIt() {
        var doc = Api.anonymous(port).get("/api/openapi.json").json();

        // Two request records of one simple name share one schema in the document: the second silently replaces the first.
        assertThat(requestProperties(doc, "/api/v1/issues/{key}/links")).containsExactlyInAnyOrder("type", "issue");
        assertThat(requestProperties(doc, "/rest/api/2/issueLink")).contains("inwardIssue", "outwardIssue");
        assertThat(requestProperties(doc, "/api/v1/issues/{key}/clone")).contains("summary", "subtasks", "links");
        assertThat(requestProperties(doc, "/api/v1/assistant/jql")).containsExactlyInAnyOrder("text", "project");
        assertThat(requestProperties(doc, "put", "/api/v1/myself/notification-settings")).containsExactlyInAnyOrder("email", "reasons");
    }

    private static java.util.List<String> requestProperties(tools.jackson.databind.JsonNode doc, String path) {
        return requestProperties(doc, "post", path);
    }

    private static java.util.List<String> requestProperties(tools.jackson.databind.JsonNode doc, String method, String path) {
        var ref = doc.get("paths").get(path).get(method).get("requestBody").get("content").get("application/json")
                .get("schema").get("$ref").asString();
        var schema = doc.at("/components/schemas/" + ref.substring(ref.lastIndexOf('/') + 1));
        return schema.get("properties").propertyNames().stream().toList();
    }

    @Test
    void healthIsPublic() {
        var health = Api.anonymous(port).get("/api/v1/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }
}
