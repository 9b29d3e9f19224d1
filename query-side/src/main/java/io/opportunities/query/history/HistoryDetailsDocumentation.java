package io.opportunities.query.history;

import io.opportunities.api.opportunity.OpportunityEvent;
import io.opportunities.platform.web.openapi.OpenApiConfiguration;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.Ordered;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a history entry's {@code details} carry: the fields of the event it shows, typed per event. Each event is a
 * schema of its own, named as the event is ({@code OpportunityOpened}, {@code BuyingActionRecorded}, ...), with an
 * {@code event} member naming it; {@code HistoryDetails} is one of them, told apart by {@code event}, so that a
 * generated client reads each entry's details as the event's own type.
 */
@Component
class HistoryDetailsDocumentation implements OpenApiCustomizer, Ordered {

    static final String SCHEMA = "HistoryDetails";
    static final String DISCRIMINATOR = "event";

    /** Before the rules of answered fields (required, nullable) apply to every schema an answer reaches. */
    @Override
    public int getOrder() {
        return OpenApiConfiguration.SCHEMAS_ADDED;
    }

    /** Every event of an opportunity's life, by name. */
    static List<Class<?>> eventTypes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent() && definition.getMetadata().isConcrete();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(OpportunityEvent.class));
        return scanner.findCandidateComponents(ClassUtils.getPackageName(OpportunityEvent.class)
                        .replaceFirst("\\.opportunity$", "")).stream()
                .map(definition -> ClassUtils.resolveClassName(definition.getBeanClassName(),
                        OpportunityEvent.class.getClassLoader()))
                .<Class<?>>map(type -> type)
                .sorted(Comparator.comparing(Class::getSimpleName))
                .toList();
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void customise(OpenAPI openApi) {
        List<Schema> events = new ArrayList<>();
        Map<String, String> mapping = new LinkedHashMap<>();
        for (Class<?> type : eventTypes()) {
            ResolvedSchema resolved = ModelConverters.getInstance(false)
                    .resolveAsResolvedSchema(new AnnotatedType(type).resolveAsRef(true));
            resolved.referencedSchemas.forEach(openApi.getComponents()::addSchemas);
            String name = type.getSimpleName();
            Schema event = openApi.getComponents().getSchemas().get(name);
            Map<String, Schema> properties = new LinkedHashMap<>();
            properties.put(DISCRIMINATOR, new StringSchema()._enum(List.of(name)).description("The event's name"));
            properties.putAll(event.getProperties());
            event.setProperties(properties);
            event.setRequired(new ArrayList<>(List.of(DISCRIMINATOR)));
            event.setDescription("The fields of the event " + name + ", as it is stored");
            String ref = "#/components/schemas/" + name;
            events.add(new Schema<>().$ref(ref));
            mapping.put(name, ref);
        }
        openApi.getComponents().addSchemas(SCHEMA, new ComposedSchema().oneOf(events)
                .discriminator(new Discriminator().propertyName(DISCRIMINATOR).mapping(mapping))
                .description("The fields of the event a history entry shows; `event` names the event"));
    }
}
