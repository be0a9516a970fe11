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
    void healthIsPublic() {
        var health = Api.anonymous(port).get("/api/v1/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }
}
