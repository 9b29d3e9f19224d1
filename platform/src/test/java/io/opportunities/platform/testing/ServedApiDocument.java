package io.opportunities.platform.testing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run by the build before the tests that use generated clients: starts an application on the embedded default (an
 * in-memory H2 database, a free port), fetches the API's description from its /v3/api-docs as any front-end team
 * would, writes it to a file, and stops. The clients are generated from that file, so they are generated from what
 * the running application serves. Arguments: the application class, the file to write.
 */
public final class ServedApiDocument {

    private ServedApiDocument() {
    }

    public static void main(String[] args) throws Exception {
        Class<?> application = Class.forName(args[0]);
        Path file = Path.of(args[1]);
        int status = 1;
        try (ConfigurableApplicationContext context = SpringApplication.run(application,
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:served-api-document;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            HttpResponse<String> document = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (document.statusCode() != 200) {
                throw new IOException("/v3/api-docs answered " + document.statusCode() + ": " + document.body());
            }
            JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, json.writeValueAsString(json.readTree(document.body())));
            System.out.println("The API's description as served: " + file);
            status = 0;
        } catch (Exception | Error failure) {
            failure.printStackTrace();
        } finally {
            // Axon's timeout thread would keep the JVM alive (see docs/architecture.md: Axon's timeout thread)
            System.exit(status);
        }
    }
}
