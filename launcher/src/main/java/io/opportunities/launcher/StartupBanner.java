package io.opportunities.launcher;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells a newcomer where to go once the backend is up. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final Environment environment;

    StartupBanner(Environment environment) {
        this.environment = environment;
    }

    @EventListener
    void started(WebServerInitializedEvent event) {
        String base = "http://localhost:" + event.getWebServer().getPort();
        log.info("""

                  Sales opportunities backend is up, storing events in {}
                    API:        {}/api/opportunities   (HTTP Basic, e.g. rita / rita)
                    Swagger UI: {}/swagger-ui.html
                    OpenAPI:    {}/v3/api-docs
                    Health:     {}/actuator/health
                """, withoutParameters(environment.getProperty("spring.datasource.url")), base, base, base, base);
    }

    /** A JDBC URL's parameters may hold credentials: they are not for the log. */
    private static String withoutParameters(String url) {
        if (url == null) {
            return "(no datasource configured)";
        }
        int parameters = url.indexOf(url.startsWith("jdbc:h2:") ? ';' : '?');
        return parameters < 0 ? url : url.substring(0, parameters);
    }
}
