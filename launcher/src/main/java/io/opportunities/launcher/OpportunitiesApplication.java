package io.opportunities.launcher;

import io.opportunities.command.CommandSideApplication;
import io.opportunities.query.QuerySideApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The command side and the query side in one JVM and one web server: the way to run the whole backend with one
 * command. The sides' own application classes are left out of the scan; their components are not.
 */
@SpringBootApplication
@ComponentScan(
        basePackageClasses = {OpportunitiesApplication.class, CommandSideApplication.class, QuerySideApplication.class},
        excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
                classes = {CommandSideApplication.class, QuerySideApplication.class}))
public class OpportunitiesApplication {

    public static void main(String[] args) {
        SpringApplication.run(OpportunitiesApplication.class, args);
    }
}
