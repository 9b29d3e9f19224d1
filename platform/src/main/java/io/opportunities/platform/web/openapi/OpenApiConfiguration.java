package io.opportunities.platform.web.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

import java.util.List;

/**
 * The API's description as /v3/api-docs serves it: the contract front-end teams generate their clients from. Each
 * part of it is one customizer, applied in this order: {@link SchemaTypes} refuses a document in which two types
 * would share a schema, {@link ResponseSchemaRules} says which fields an answer always has and which may be null,
 * {@link HttpConventions} documents the headers and every status of every operation, and {@link OperationOrder} puts
 * the operations in the order a deal lives.
 */
@AutoConfiguration
public class OpenApiConfiguration {

    /**
     * The order of a customizer that adds schemas of its own (e.g. the history's event schemas): before the rules of
     * answered fields, which then apply to those schemas too.
     */
    public static final int SCHEMAS_ADDED = 50;

    /**
     * @param licenseName and {@code licenseUrl}: the terms of whoever runs the backend; by default what holds for
     *                    this code as it stands, no licence granted (a client generator wants an absolute URL)
     * @param contactName and the e-mail and URL beside it: whom a front-end team asks about the API
     */
    @Bean
    OpenAPI opportunitiesOpenApi(@Value("${server.servlet.context-path:}") String contextPath,
                                 @Value("${sales.api.license-name}") String licenseName,
                                 @Value("${sales.api.license-url}") String licenseUrl,
                                 @Value("${sales.api.contact-name}") String contactName,
                                 @Value("${sales.api.contact-email:}") String contactEmail,
                                 @Value("${sales.api.contact-url:}") String contactUrl) {
        String root = contextPath.isEmpty() ? "/" : contextPath;
        return new OpenAPI()
                .info(new Info()
                        .title("Sales opportunities")
                        .version("v1")
                        .description("""
                                The system of record of a sales organisation's deals. Commands record verifiable \
                                facts as events; queries answer from projections of those events. Every command \
                                answers with the opportunity's new version as ETag; send it back as If-Match to \
                                reject the command if somebody changed the deal in between, and as minVersion to a \
                                query to read your own write. Errors are RFC 9457 problem details \
                                (application/problem+json) whose `type` names the rule or the problem.""")
                        .contact(new Contact().name(contactName).email(blankAsNull(contactEmail))
                                .url(blankAsNull(contactUrl)))
                        .license(new License().name(licenseName).url(licenseUrl)))
                // relative, so that it is right behind any proxy and for each side on its own port
                .servers(List.of(new Server().url(root).description("This backend")))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("The users of sales.security.users (the embedded default's demo users)"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("An OAuth2 access token of the configured issuer, for this API's "
                                        + "audience; its roles claim names REP, MANAGER or ADMIN")))
                .security(List.of(new SecurityRequirement().addList("basic"),
                        new SecurityRequirement().addList("bearer")));
    }

    private static String blankAsNull(String value) {
        return value.isBlank() ? null : value;
    }

    @Bean
    SchemaTypes schemaTypes() {
        return new SchemaTypes();
    }

    @Bean
    ResponseSchemaRules responseSchemaRules(SchemaTypes schemaTypes) {
        return new ResponseSchemaRules(schemaTypes);
    }

    @Bean
    HttpConventions httpConventions() {
        return new HttpConventions();
    }

    @Bean
    OperationOrder operationOrder() {
        return new OperationOrder();
    }
}
