package dev.meridian.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at /api/openapi.json and its UI at /api/docs. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static {
        // The caller is resolved from the security context, not sent as a parameter.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(dev.meridian.identity.CurrentUser.class);
    }

    @Bean
    OpenAPI meridianOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Meridian API").version("v1")
                        .description("Issues, projects and identity. Errors are RFC 9457 problem+json. Authenticate with "
                                + "HTTP Basic (email + password or API token) or a browser session (POST /api/v1/session) "
                                + "with the X-XSRF-TOKEN header on changes.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("session", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("JSESSIONID")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("session"));
    }
}
