package dev.meridian.jira.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Meridian answers every refusal as problem+json; on the Jira-compatible API that answer is rewritten, at the edge, into
 * Jira's own error shape ({@code {"errorMessages": [...], "errors": {"field": "message"}}}) with the same status, field
 * names in Jira's terms. It runs outside the security filters, so a 401 or 403 is rewritten too.
 */
@Configuration(proxyBeanMethods = false)
class JiraErrors {

    private static final Map<String, String> JIRA_NAMES = JiraFields.MERIDIAN_NAMES.entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> jiraErrorShape(JsonMapper json) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Rewriter(json));
        registration.addUrlPatterns("/rest/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Jira's shape of one problem: field errors under their Jira names, anything else as a message. */
    static Map<String, Object> jiraShape(JsonNode problem) {
        var errors = new LinkedHashMap<String, String>();
        for (var error : problem.path("errors").values()) {
            var field = error.path("field").asString("");
            errors.merge(JIRA_NAMES.getOrDefault(field, field), error.path("message").asString(""), (a, b) -> a + "; " + b);
        }
        var messages = new ArrayList<String>();
        if (errors.isEmpty()) {
            messages.add(problem.path("detail").asString(problem.path("title").asString("Request failed")));
        }
        return Map.of("errorMessages", messages, "errors", errors);
    }

    private static final class Rewriter extends OncePerRequestFilter {

        private final JsonMapper json;

        Rewriter(JsonMapper json) {
            this.json = json;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var buffered = new ContentCachingResponseWrapper(response);
            try {
                chain.doFilter(request, buffered);
            } finally {
                var type = buffered.getContentType();
                if (type != null && type.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
                    var shaped = json.writeValueAsBytes(jiraShape(json.readTree(buffered.getContentAsByteArray())));
                    buffered.resetBuffer();
                    buffered.setContentType(MediaType.APPLICATION_JSON_VALUE);
                    buffered.getOutputStream().write(shaped);
                }
                buffered.copyBodyToResponse();
            }
        }
    }
}
