package dev.meridian.identity.internal;

import java.util.Arrays;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import dev.meridian.platform.web.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * Browsers log in through {@code POST /api/v1/session} and carry a session cookie, guarded by a CSRF token
 * (cookie {@code XSRF-TOKEN}, header {@code X-XSRF-TOKEN}). Programs send HTTP Basic with an email and a password
 * or API token on every request; those requests carry no ambient credentials, so they need no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final RequestMatcher FRAMED_ATTACHMENT = new AndRequestMatcher(
            new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/v1/attachments/{id}"),
                    PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/v1/attachments/{id}/{name}")),
            request -> "true".equals(request.getParameter("inline")));

    @Bean
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager authenticationManager, JsonMapper json) throws Exception {
        http.securityMatcher("/api/**", "/rest/**", "/actuator/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth
                        // The request that started an async answer (a chat stream) was authorized; its completion
                        // dispatch carries no credentials of its own.
                        .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        .requestMatchers("/api/v1/health", "/api/v1/session", "/api/openapi.json", "/api/openapi.json/**",
                                "/api/docs", "/api/docs/**", "/api/swagger-ui/**", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole("SITE_ADMIN")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((req, res, e) -> unauthorized(req, res, json, e)))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((req, res, e) -> unauthorized(req, res, json, e))
                        .accessDeniedHandler((req, res, e) -> ProblemResponses.write(res, json, HttpStatus.FORBIDDEN,
                                "You are not allowed to do this (a missing or stale CSRF token also ends here: reload the page)")))
                .csrf(csrf -> csrf.spa().ignoringRequestMatchers(SecurityConfiguration::carriesNoAmbientCredentials))
                // The attachment viewer frames a PDF (?inline=true) in Meridian's own page: its CSP frame-ancestors says
                // so, and older browsers read only this header. Every other response may not be framed at all.
                .headers(headers -> headers.frameOptions(frame -> frame.disable())
                        .addHeaderWriter((req, res) -> res.setHeader("X-Frame-Options", FRAMED_ATTACHMENT.matches(req) ? "SAMEORIGIN" : "DENY")))
                .securityContext(ctx -> ctx.securityContextRepository(securityContextRepository()))
                .logout(logout -> logout.disable())
                .formLogin(form -> form.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    @Bean
    SecurityFilterChain site(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    AuthenticationManager authenticationManager(CredentialsAuthenticationProvider provider) {
        return new ProviderManager(provider);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // Argon2id by default; the prefix in each stored hash lets the algorithm change later without a migration.
        var argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
        return new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2, "bcrypt", new BCryptPasswordEncoder()));
    }

    /**
     * CSRF abuses credentials a browser sends by itself: the session cookie. A request with Basic credentials, or
     * without a session, has none to abuse (and gets its 401 rather than a CSRF 403); logging in is always checked.
     */
    private static boolean carriesNoAmbientCredentials(HttpServletRequest request) {
        var header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return true;
        }
        if ("/api/v1/session".equals(request.getRequestURI())) {
            return false;
        }
        var cookies = request.getCookies();
        return cookies == null || Arrays.stream(cookies).noneMatch(c -> "JSESSIONID".equals(c.getName()));
    }

    private static void unauthorized(HttpServletRequest req, HttpServletResponse res, JsonMapper json, AuthenticationException failure)
            throws IOException {
        if (failure instanceof LoginThrottle.TooManyFailedLogins throttled) {
            res.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
            ProblemResponses.write(res, json, HttpStatus.TOO_MANY_REQUESTS, throttled.getMessage());
            return;
        }
        // Browsers would pop up their own login box on this header; the web app asks for it not to be sent.
        if (!"XMLHttpRequest".equals(req.getHeader("X-Requested-With"))) {
            res.setHeader("WWW-Authenticate", "Basic realm=\"Meridian\", charset=\"UTF-8\"");
        }
        ProblemResponses.write(res, json, HttpStatus.UNAUTHORIZED,
                "Log in, or send HTTP Basic credentials: your email and a password or API token");
    }
}
