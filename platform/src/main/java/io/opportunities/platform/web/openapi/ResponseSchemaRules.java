package io.opportunities.platform.web.openapi;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.Ordered;

import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a client may rely on in an answer, so that a generated client gets honest types: every field of an answer's
 * record is always sent ({@code required}), and is null only where the record says {@code @Nullable}
 * ({@code nullable}); a record written with {@code @JsonInclude(NON_NULL)} sends the fields it has and leaves the
 * others out (not required, never null). Request bodies keep what their bean validation says. Every id the API sends
 * or takes (a field named {@code ...Id}, a list named {@code ...Ids}) is a UUID, but the request and command that an
 * event came from, whose ids the client may choose.
 */
class ResponseSchemaRules implements OpenApiCustomizer, Ordered {

    static final int ORDER = OpenApiConfiguration.SCHEMAS_ADDED + 50;

    /**
     * Ids that are not UUIDs: X-Correlation-Id is the client's token, the causation id Axon's message id, and an
     * imported deal's external id the other system's.
     */
    private static final Set<String> NOT_UUIDS = Set.of("correlationId", "causationId", "externalId");

    private final SchemaTypes types;

    ResponseSchemaRules(SchemaTypes types) {
        this.types = types;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public void customise(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        for (String name : reachable(schemas, openApi.getPaths().values().stream()
                .flatMap(item -> item.readOperations().stream())
                .flatMap(ResponseSchemaRules::answered))) {
            types.typeOf(name).filter(Class::isRecord).ifPresent(type -> describeAnswer(schemas.get(name), type));
        }
        schemas.values().forEach(ResponseSchemaRules::markIds);
    }

    private static Stream<Schema> answered(Operation operation) {
        return operation.getResponses() == null ? Stream.empty() : operation.getResponses().values().stream()
                .map(response -> response.getContent())
                .filter(Objects::nonNull)
                .flatMap(ResponseSchemaRules::schemasOf);
    }

    private static Stream<Schema> schemasOf(Content content) {
        return content.values().stream().map(mediaType -> mediaType.getSchema()).filter(Objects::nonNull);
    }

    /** The names of the component schemas these schemas lead to, through properties, items and compositions. */
    static Set<String> reachable(Map<String, Schema> schemas, Stream<Schema> from) {
        Set<String> names = new HashSet<>();
        Deque<Schema> open = new ArrayDeque<>(from.toList());
        while (!open.isEmpty()) {
            Schema<?> schema = open.pop();
            String name = SchemaTypes.referenced(schema.get$ref());
            if (name != null) {
                if (names.add(name) && schemas.get(name) != null) {
                    open.push(schemas.get(name));
                }
                continue;
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(open::push);
            }
            if (schema.getItems() != null) {
                open.push(schema.getItems());
            }
            if (schema.getAdditionalProperties() instanceof Schema<?> values) {
                open.push(values);
            }
            Stream.of(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())
                    .filter(Objects::nonNull)
                    .forEach(parts -> parts.forEach(open::push));
        }
        return names;
    }

    private static void describeAnswer(Schema<?> schema, Class<?> record) {
        if (schema == null || schema.getProperties() == null) {
            return;
        }
        boolean onlyWhatItHas = leavesOutNulls(record.getAnnotation(JsonInclude.class));
        Set<String> components = Arrays.stream(record.getRecordComponents()).map(ResponseSchemaRules::propertyName)
                .collect(Collectors.toSet());
        // what a customizer before added beside the record's own fields stays as it said
        List<String> required = new ArrayList<>(schema.getRequired() == null ? List.of() : schema.getRequired()
                .stream().filter(name -> !components.contains(name)).toList());
        for (RecordComponent component : record.getRecordComponents()) {
            if (component.isAnnotationPresent(JsonIgnore.class)) {
                continue;
            }
            String property = propertyName(component);
            Schema<?> described = schema.getProperties().get(property);
            if (described == null) {
                continue;
            }
            boolean leftOutWhenNull = onlyWhatItHas || leavesOutNulls(component.getAnnotation(JsonInclude.class));
            io.swagger.v3.oas.annotations.media.Schema declared =
                    component.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
            boolean declaredRequired = declared != null
                    && declared.requiredMode() == io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
            if (component.getType().isPrimitive() || !leftOutWhenNull || declaredRequired) {
                required.add(property);
            }
            if (!leftOutWhenNull && isNullable(component)) {
                schema.getProperties().put(property, nullable(described));
            }
        }
        schema.setRequired(required.isEmpty() ? null : required);
    }

    private static boolean leavesOutNulls(JsonInclude include) {
        return include != null && include.value() != JsonInclude.Include.ALWAYS
                && include.value() != JsonInclude.Include.USE_DEFAULTS;
    }

    private static String propertyName(RecordComponent component) {
        JsonProperty renamed = component.getAnnotation(JsonProperty.class);
        return renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
    }

    static boolean isNullable(RecordComponent component) {
        return component.getAnnotatedType().isAnnotationPresent(Nullable.class);
    }

    /**
     * The same property, null allowed. OpenAPI 3.0 ignores what stands beside a {@code $ref}, so a reference is
     * wrapped in an {@code allOf} of one, beside the {@code type} that {@code nullable} needs (every schema referenced
     * so is an object); an enumeration lists null among its values, as 3.0.3 says it must.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static Schema<?> nullable(Schema<?> property) {
        if (property.get$ref() != null) {
            Schema wrapped = new ComposedSchema().allOf(List.of(new Schema<>().$ref(property.get$ref())));
            wrapped.setType("object");
            wrapped.setDescription(property.getDescription());
            wrapped.setNullable(true);
            return wrapped;
        }
        property.setNullable(true);
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            List values = new ArrayList<>(property.getEnum());
            values.add(null);
            property.setEnum(values);
        }
        return property;
    }

    private static void markIds(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        schema.getProperties().forEach((name, property) -> {
            if (NOT_UUIDS.contains(name)) {
                return;
            }
            if ((name.equals("id") || name.endsWith("Id")) && isString(property)) {
                property.setFormat("uuid");
            } else if (name.endsWith("Ids") && property.getItems() != null && isString(property.getItems())) {
                property.getItems().setFormat("uuid");
            }
        });
    }

    private static boolean isString(Schema<?> schema) {
        return schema != null && "string".equals(schema.getType());
    }
}
