package dev.meridian.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** A page of the web app opened from a link, a bookmark or a reload gets the app, whichever page it is. */
class SinglePageAppTest {

    private static final Path ROUTES = Path.of("..", "webapp", "src", "app", "app-routes.tsx");
    private static final Pattern ROUTE = Pattern.compile("path=\"(/[^\"]*)\"");

    /** The web app's routes, their parameters filled in as a link would. */
    static List<String> webAppRoutes() throws IOException {
        return ROUTE.matcher(Files.readString(ROUTES)).results()
                .map(match -> match.group(1)
                        .replaceAll("/:[A-Za-z]+\\?", "")
                        .replace(":projectKey", "HADOOP")
                        .replaceAll(":[A-Za-z]+", "1"))
                .distinct()
                .toList();
    }

    @Test
    void theWebAppsRoutesAreReadFromItsSource() throws IOException {
        assertThat(webAppRoutes()).hasSizeGreaterThan(15).contains("/projects/HADOOP/board", "/inbox");
    }

    @ParameterizedTest
    @MethodSource("webAppRoutes")
    void everyPageOfTheWebAppOpensFromItsAddress(String path) throws Exception {
        MockMvcBuilders.standaloneSetup(new SinglePageApp()).build()
                .perform(get(path))
                .andExpect(forwardedUrl("/index.html"));
    }

    @Test
    void anIssuesAddressOpensTheApp() throws Exception {
        MockMvcBuilders.standaloneSetup(new SinglePageApp()).build()
                .perform(get("/issues/HADOOP-1"))
                .andExpect(forwardedUrl("/index.html"));
    }
}
