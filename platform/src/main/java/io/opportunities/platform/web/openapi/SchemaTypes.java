package io.opportunities.platform.web.openapi;

import com.fasterxml.jackson.databind.type.TypeFactory;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.Ordered;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which Java type each named schema of the document stands for, and the guard that no two types share a name.
 * swagger-core names a schema after its type's simple name and folds same-named types into one schema (the funnel's
 * {@code Group} and the win/loss analysis's {@code Group} became one), so that a client generated from the document
 * would read one type's answer with the other's fields. A second type under a name already taken fails the document
 * (/v3/api-docs answers 500, naming both types; springdoc would swallow an exception thrown while it resolves a
 * type, so the conflict is kept and the document refused once it is built): give one of them
 * {@code @Schema(name = ...)}.
 */
public class SchemaTypes implements ModelConverter, OpenApiCustomizer, Ordered {

    private final Map<String, Class<?>> types = new ConcurrentHashMap<>();
    private final Set<String> conflicts = ConcurrentHashMap.newKeySet();

    @Override
    public Schema<?> resolve(AnnotatedType annotatedType, ModelConverterContext context,
                             Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema<?> schema = chain.next().resolve(annotatedType, context, chain);
        if (schema != null && annotatedType.getType() != null) {
            String name = schema.getName() != null ? schema.getName() : referenced(schema.get$ref());
            if (name != null) {
                register(name, TypeFactory.defaultInstance().constructType(annotatedType.getType()).getRawClass());
            }
        }
        return schema;
    }

    void register(String name, Class<?> type) {
        Class<?> earlier = types.putIfAbsent(name, type);
        if (earlier != null && !earlier.equals(type)) {
            conflicts.add("the schema name " + name + " would stand for both " + earlier.getName() + " and "
                    + type.getName());
        }
    }

    /** The names two types would share; none in a document that is served. */
    public Set<String> conflicts() {
        return Set.copyOf(conflicts);
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (!conflicts.isEmpty()) {
            throw new IllegalStateException("Schemas that would describe the wrong data: " + String.join("; ",
                    new TreeSet<>(conflicts)) + ". Give one type of each a name of its own with @Schema(name = ...).");
        }
    }

    /** Before every other customizer: nothing is built on a document that describes the wrong data. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** The Java type a schema of the document was made from, if it was made from one. */
    public Optional<Class<?>> typeOf(String schemaName) {
        return Optional.ofNullable(types.get(schemaName));
    }

    static String referenced(String ref) {
        return ref == null || !ref.startsWith("#/components/schemas/") ? null : ref.substring(ref.lastIndexOf('/') + 1);
    }
}
