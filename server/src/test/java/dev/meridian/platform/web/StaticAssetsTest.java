package dev.meridian.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Api;
import dev.meridian.support.MeridianTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@MeridianTest
class StaticAssetsTest {

    @LocalServerPort
    int port;

    @Test
    void hashedAssetsAreKeptByBrowsersForAYear() {
        var asset = Api.anonymous(port).get("/assets/static-assets-test-0a1b2c.js");

        assertThat(asset.status()).isEqualTo(200);
        assertThat(asset.text()).contains("export const asset");
        assertThat(asset.header("Cache-Control")).contains("max-age=31536000", "public", "immutable").doesNotContain("no-store");
    }

    @Test
    void apiAnswersAreStillNeverStored() {
        var health = Api.anonymous(port).get("/api/v1/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.header("Cache-Control")).contains("no-store");
    }

    @Test
    void aMissingAssetIsNotFound() {
        assertThat(Api.anonymous(port).get("/assets/no-such-file-0a1b2c.js").status()).isEqualTo(404);
    }
}
