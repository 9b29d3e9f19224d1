package io.opportunities.launcher;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.UUID;

/** What the tests read from the API's own description (/v3/api-docs): schemas, and bodies of their shape. */
final class ApiDocs {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ApiDocs() {
    }

    /** A body of the schema's shape, every property filled with a plain value of its type. */
    static JsonNode sample(JsonNode schema, JsonNode docs, int depth) {
        return sample("", schema, docs, depth, false);
    }

    /** The same, with one item in every list: a body that bean validation takes. */
    static JsonNode validSample(JsonNode schema, JsonNode docs) {
        return sample("", schema, docs, 0, true);
    }

    private static JsonNode sample(String name, JsonNode schema, JsonNode docs, int depth, boolean withItems) {
        JsonNode resolved = resolve(schema, docs);
        String type = resolved.path("type").asString();
        if (resolved.has("enum")) {
            return resolved.path("enum").get(0);
        }
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    resolved.path("properties").properties().forEach(property ->
                            object.set(property.getKey(), sample(property.getKey(), property.getValue(), docs,
                                    depth + 1, withItems)));
                }
                return object;
            }
            case "array" -> {
                return withItems && depth < 4
                        ? NODES.arrayNode().add(sample(name, resolved.path("items"), docs, depth + 1, true))
                        : NODES.arrayNode();
            }
            case "integer", "number" -> {
                return NODES.numberNode(1);
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            default -> {
                if (name.equals("currency")) {
                    return NODES.stringNode("EUR");
                }
                String format = resolved.path("format").asString();
                return NODES.stringNode(format.equals("date") ? "2026-10-05" : format.equals("uuid")
                        ? UUID.randomUUID().toString() : "sample");
            }
        }
    }

    static JsonNode resolve(JsonNode schema, JsonNode docs) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            String name = current.path("$ref").asString().replace("#/components/schemas/", "");
            current = docs.path("components").path("schemas").path(name);
        }
        if (current.has("allOf")) {
            return resolve(current.path("allOf").get(0), docs);
        }
        return current;
    }

}
