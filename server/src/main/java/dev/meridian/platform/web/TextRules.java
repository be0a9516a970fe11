package dev.meridian.platform.web;

import java.util.Map;
import java.util.Arrays;
import java.io.IOException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * PostgreSQL cannot store the NUL character, so text carrying one is refused as bad input at the door: in JSON
 * bodies (every string field) and in query parameters.
 */
@Configuration(proxyBeanMethods = false)
class TextRules {

    static final String NUL_MESSAGE = "text must not contain the NUL character (\\u0000)";

    @Bean
    JacksonModule textWithoutNul() {
        return new SimpleModule("meridian-text").addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser p, DeserializationContext ctxt) {
                var text = super.deserialize(p, ctxt);
                if (text != null && text.indexOf('\0') >= 0) {
                    throw InvalidFormatException.from(p, NUL_MESSAGE, text, String.class);
                }
                return text;
            }
        });
    }

    @Bean
    OncePerRequestFilter parametersWithoutNul(JsonMapper json) {
        return new OncePerRequestFilter() {
            /**
             * Reading an upload's parameters here would read its files before the controller, and a file over the size
             * limit would then end in the servlet container's bare error instead of the controller's problem. Uploads
             * (attachments) take no text parameters.
             */
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                var type = request.getContentType();
                return type != null && type.regionMatches(true, 0, "multipart/", 0, 10);
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                var bad = request.getParameterMap().entrySet().stream()
                        .filter(e -> e.getKey().indexOf('\0') >= 0 || Arrays.stream(e.getValue()).anyMatch(v -> v.indexOf('\0') >= 0))
                        .map(Map.Entry::getKey).findFirst();
                if (bad.isPresent()) {
                    ProblemResponses.write(response, json, HttpStatus.BAD_REQUEST,
                            "Parameter '" + bad.get().replace("\0", "") + "': " + NUL_MESSAGE);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }
}
