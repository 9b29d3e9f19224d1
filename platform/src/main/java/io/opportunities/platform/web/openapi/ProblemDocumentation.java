package io.opportunities.platform.web.openapi;

import io.opportunities.platform.web.Problems;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The problems of the HTTP conventions: the {@code Problem} schema with the members rules add, and each problem
 * answer with an example of its own status ({@code application/problem+json}).
 */
final class ProblemDocumentation {

    static final String EXAMPLE_ID = "0b6f6a5e-8d0e-4a53-9d59-2f1d4c2f8e11";
    static final String DEAL_PATH = "/api/opportunities/" + EXAMPLE_ID;
    private static final String PROBLEM_JSON = "application/problem+json";

    private ProblemDocumentation() {
    }

    static ApiResponse problem(String description, Example example) {
        String name = example.getSummary();
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))
                        .examples(Map.of(name, example))));
    }

    static Example example(int status, String type, String title, String detail, Map<String, Object> more) {
        return example(status, Problems.PROBLEM + type, type, title, detail, more, false);
    }

    static Example rule(int status, String rule, String title, String detail, Map<String, Object> more) {
        return example(status, Problems.RULE + rule, rule, title, detail, more, true);
    }

    private static Example example(int status, String type, String name, String title, String detail,
                                   Map<String, Object> more, boolean rule) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", type);
        value.put("title", title);
        value.put("status", status);
        value.put("detail", detail);
        value.put("instance", DEAL_PATH);
        if (rule) {
            value.put("rule", name);
        }
        value.putAll(new TreeMap<>(more));
        return new Example().summary(name).value(value);
    }

    static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("An RFC 9457 problem. `type` names what went wrong: `urn:opportunities:rule:<rule>` for "
                        + "a rule the request breaks (also named in `rule`), `urn:opportunities:problem:<name>` for "
                        + "everything else. A rule's facts stand beside the standard members: the ones listed here, "
                        + "and others a rule names in its detail.")
                .addProperty("type", new StringSchema().format("uri")
                        .pattern("^urn:opportunities:(rule|problem):[a-z0-9-]+$")
                        .description("What went wrong, as a URN a client can switch on")
                        .example("urn:opportunities:rule:exit-criteria-missing"))
                .addProperty("title", new StringSchema().description("A short summary of the problem type")
                        .example("Business rule broken"))
                .addProperty("status", new IntegerSchema().minimum(BigDecimal.valueOf(400))
                        .maximum(BigDecimal.valueOf(599)).description("The HTTP status").example(409))
                .addProperty("detail", new StringSchema().description("What happened here, and what to do about it")
                        .example("To reach SHAPE_VISION the customer must first have verifiably done: "
                                + "KEY_ISSUES_AGREED. Record these buying actions, then advance."))
                .addProperty("instance", new StringSchema().format("uri-reference")
                        .description("The request's path, relative to the server").example(DEAL_PATH))
                .addProperty("rule", new StringSchema().description("The business rule the request breaks")
                        .example("exit-criteria-missing"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldError"))
                        .description("400: each field of the request that is wrong"))
                .addProperty("globalErrors", new ArraySchema().items(new StringSchema())
                        .description("400: what is wrong with the request as a whole"))
                .addProperty("missingBuyingActions", new ArraySchema().items(new StringSchema())
                        .description("409 exit-criteria-missing: the buying actions the customer must first have "
                                + "done, as types of GET /api/sales-process"))
                .addProperty("expectedVersion", new IntegerSchema().format("int64")
                        .description("412 version-conflict: the version If-Match named"))
                .addProperty("currentVersion", new IntegerSchema().format("int64")
                        .description("412 version-conflict: the opportunity's version"))
                .addProperty("latestVersion", new IntegerSchema().format("int64")
                        .description("412 unknown-version: the opportunity's latest version"))
                .additionalProperties(true)
                .required(List.of("type", "title", "status"));
    }

    static Schema<?> fieldErrorSchema() {
        return new ObjectSchema()
                .description("A field of the request that is wrong, and why")
                .addProperty("field", new StringSchema().description("The field's path in the body, or the "
                        + "parameter's name").example("evidence"))
                .addProperty("message", new StringSchema().example("must not be blank"))
                .required(List.of("field", "message"));
    }
}
