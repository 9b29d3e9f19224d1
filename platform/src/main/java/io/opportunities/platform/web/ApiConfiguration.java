package io.opportunities.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

@AutoConfiguration
@Import(ApiExceptionHandler.class)
public class ApiConfiguration {

    /** Before everything else that reads a body: the idempotency filter, the controllers. */
    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(JsonMapper json,
                                                              @Value("${sales.max-body-bytes:1048576}") long maxBytes) {
        FilterRegistrationBean<RequestSizeLimit> registration =
                new FilterRegistrationBean<>(new RequestSizeLimit(new ProblemResponses(json), maxBytes));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** Tomcat's error page, for requests refused before any servlet, is a problem too. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorPages() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    @Bean
    OpenAPI opportunitiesOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Sales opportunities")
                        .version("v1")
                        .description("""
                                The system of record of a sales organisation's deals. Commands record verifiable \
                                facts as events; queries answer from projections of those events. Every command \
                                answers with the opportunity's new version as ETag; send it back as If-Match to \
                                reject the command if somebody changed the deal in between, and as minVersion to a \
                                query to read your own write. Errors are RFC 9457 problem details."""))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    /**
     * Documents the error answers by rule rather than per method (an {@code @ApiResponse} on a method would make
     * springdoc drop the generated success answer): 400 and 401 everywhere; 404 on one opportunity; 409 and 412
     * for its commands; 409 for the review and probability of a deal in the wrong state; 412 and 503 where
     * minVersion is accepted; 403 and 404 in the administration and the imports. Every one is an RFC 9457 problem,
     * documented with the Problem schema as application/problem+json.
     */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            openApi.getComponents().addSchemas("Problem", problemSchema());
            Content problem = new Content().addMediaType("application/problem+json",
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")));
            openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
                ApiResponses responses = operation.getResponses();
                responses.putIfAbsent("400", new ApiResponse().description("Invalid input, with the field errors"));
                responses.putIfAbsent("401", new ApiResponse().description("Not authenticated"));
                boolean command = item.getPost() == operation;
                if (path.contains("{opportunityId}")) {
                    responses.putIfAbsent("404", new ApiResponse().description("No such opportunity (or next step)"));
                    if (command) {
                        responses.putIfAbsent("409", new ApiResponse()
                                .description("A business rule forbids it now; `rule` names the rule"));
                        responses.putIfAbsent("412", new ApiResponse()
                                .description("If-Match names another version than the opportunity's"));
                    }
                }
                boolean waits = operation.getParameters() != null && operation.getParameters().stream()
                        .anyMatch(parameter -> "minVersion".equals(parameter.getName()));
                if (waits) {
                    responses.putIfAbsent("412", new ApiResponse()
                            .description("minVersion names a version the opportunity never had"));
                    responses.putIfAbsent("503", new ApiResponse()
                            .description("The read model did not reach minVersion in time; retry after Retry-After"));
                }
                if (path.endsWith("/win-loss-review") || path.endsWith("/win-probability")) {
                    responses.putIfAbsent("409", new ApiResponse()
                            .description("The deal is open (a review) or closed (a probability); `rule` says which"));
                }
                if (path.startsWith("/api/admin")) {
                    responses.putIfAbsent("403", new ApiResponse().description("Only administrators may do this"));
                    responses.putIfAbsent("404", new ApiResponse().description("No such projection"));
                }
                if (path.startsWith("/api/imports")) {
                    responses.putIfAbsent("403", new ApiResponse().description("Only administrators may do this"));
                    if (path.contains("{importId}")) {
                        responses.putIfAbsent("404", new ApiResponse().description("No such import"));
                    }
                }
                responses.forEach((status, response) -> {
                    if (status.startsWith("4") || status.startsWith("5")) {
                        response.setContent(problem);
                    }
                });
            }));
        };
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details; rule-specific members (e.g. rule, missingBuyingActions, "
                        + "errors) stand beside the standard ones")
                .addProperty("type", new StringSchema().format("uri").example("urn:opportunities:rule:exit-criteria-missing"))
                .addProperty("title", new StringSchema().example("Business rule broken"))
                .addProperty("status", new IntegerSchema().example(409))
                .addProperty("detail", new StringSchema().example("To reach SHAPE_VISION the customer must first have "
                        + "verifiably done: KEY_ISSUES_AGREED. Record these buying actions, then advance."))
                .addProperty("instance", new StringSchema().format("uri"))
                .addProperty("rule", new StringSchema().example("exit-criteria-missing"));
    }
}
