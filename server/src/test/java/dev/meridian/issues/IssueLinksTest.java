package dev.meridian.issues;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Fixtures;
import dev.meridian.support.MeridianTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@MeridianTest
class IssueLinksTest {

    @LocalServerPort
    int port;

    @Test
    void showsALinkFromBothSides() {
        var fixtures = new Fixtures(port);
        var project = fixtures.project();
        var blocker = fixtures.issue(project);
        var blocked = fixtures.issue(project);

        var linked = fixtures.admin().post("/api/v1/issues/" + blocker + "/links", Map.of("type", "blocks", "issue", blocked));
        var inward = fixtures.admin().get("/api/v1/issues/" + blocked);

        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
        assertThat(linked.json().get(0).get("description").asString()).isEqualTo("blocks");
        assertThat(inward.status()).as(inward.toString()).isEqualTo(200);
        assertThat(inward.json().get("links").get(0).get("description").asString()).isEqualTo("is blocked by");
        assertThat(inward.json().get("links").get(0).get("key").asString()).isEqualTo(blocker);
    }

    @Test
    void hidesALinkToAnIssueOfAProjectTheReaderCannotBrowse() {
        var fixtures = new Fixtures(port);
        var open = fixtures.project();
        var secret = fixtures.project();
        var reader = fixtures.user("reader");
        fixtures.member(open, reader, "member");
        var visible = fixtures.issue(open);
        var hidden = fixtures.issue(secret, fixtures.admin(), "Secret acquisition plan");
        var linked = fixtures.admin().post("/api/v1/issues/" + visible + "/links", Map.of("type", "relates to", "issue", hidden));
        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);

        var seen = reader.get("/api/v1/issues/" + visible);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.json().get("links").size()).isZero();
        assertThat(seen.text()).doesNotContain("Secret acquisition plan").doesNotContain(hidden);
        assertThat(reader.get("/api/v1/issues/" + visible + "/links").text()).doesNotContain(hidden);
        assertThat(fixtures.admin().get("/api/v1/issues/" + visible).json().get("links").size()).isEqualTo(1);
    }
}
