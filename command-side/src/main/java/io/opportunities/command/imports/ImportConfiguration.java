package io.opportunities.command.imports;

import io.opportunities.platform.config.SchemaMigration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The import's settings and the command side's own table, which keeps each import's report. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportSettings.class)
class ImportConfiguration {

    @Bean
    SchemaMigration commandSideMigration() {
        return new SchemaMigration("classpath:db/commandside", "flyway_history_command_side");
    }
}
