package io.opportunities.platform.config;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Adds the platform's defaults behind every other property source, so each side's own
 * {@code application.yml}, the command line and the environment still override them. With the {@code postgres}
 * profile active, the PostgreSQL settings come in front of the embedded H2 defaults.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    private final YamlPropertySourceLoader loader = new YamlPropertySourceLoader();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        addLast(environment, "platform-defaults.yml");
        addLast(environment, "sales-process-default.yml");
        if (environment.matchesProfiles("postgres")) {
            addBefore(environment, "platform-postgres.yml", "platform-defaults.yml");
        }
    }

    private void addLast(ConfigurableEnvironment environment, String resource) {
        load(resource).forEach(source -> environment.getPropertySources().addLast(source));
    }

    private void addBefore(ConfigurableEnvironment environment, String resource, String before) {
        for (PropertySource<?> source : load(resource)) {
            environment.getPropertySources().addBefore(sourceName(before), source);
        }
    }

    private List<PropertySource<?>> load(String resource) {
        try {
            return loader.load(sourceName(resource), new ClassPathResource(resource));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static String sourceName(String resource) {
        return "platform:" + resource;
    }
}
