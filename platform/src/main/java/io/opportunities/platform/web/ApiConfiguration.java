package io.opportunities.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

@AutoConfiguration
@Import(ApiExceptionHandler.class)
public class ApiConfiguration {

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
}
