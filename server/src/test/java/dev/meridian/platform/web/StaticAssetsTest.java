package dev.meridian.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.support.Api;
import dev.meridian.support.MeridianTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.regex.Pattern;
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

    /** Every page the web app routes to (its `<Route path>`s) is served the app when opened or reloaded by its address. */
    @Test
    void everyPageOfTheWebAppOpensByItsAddress() throws Exception {
        var routes = Files.readString(Path.of("../webapp/src/app/app-routes.tsx"));
        var pages = new TreeSet<String>();
        var path = Pattern.compile("<Route path=\"/([a-z-]+)").matcher(routes);
        while (path.find()) {
            pages.add(path.group(1));
        }
        assertThat(pages).contains("projects", "search", "inbox");

        for (var page : pages) {
            var answer = Api.anonymous(port).get("/" + page);
            assertThat(answer.text()).as("/" + page).doesNotContain("No static resource " + page);
        }
    }

    @Test
    void aMissingAssetIsNotFound() {
        assertThat(Api.anonymous(port).get("/assets/no-such-file-0a1b2c.js").status()).isEqualTo(404);
    }
}
