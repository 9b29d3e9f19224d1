package io.opportunities.platform.web.openapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which fields an answer always has and which may be null, as its records say; requests are left as they are. */
class ResponseSchemaRulesTest {

    record Money(String amount, String currency) {
    }

    record Deal(String opportunityId, String customer, @Nullable String product, @Nullable Money wonValue,
                List<String> agreedActionIds, String correlationId, long version) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Accepted(String opportunityId, long version, String nextStepId) {
    }

    record DealRequest(String customer, @Nullable String product) {
    }

    @Test
    void anAnswersFields_areRequired_nullableWhereTheRecordSaysSo_andIdsAreUuids() {
        Map<String, Schema> schemas = document();
        Schema<?> deal = schemas.get("Deal");
        assertThat(deal.getRequired()).containsExactlyInAnyOrder("opportunityId", "customer", "product", "wonValue",
                "agreedActionIds", "correlationId", "version");
        assertThat(property(deal, "customer").getNullable()).isNull();
        assertThat(property(deal, "product").getNullable()).isTrue();
        // a reference made nullable the way OpenAPI 3.0 allows it
        Schema<?> wonValue = property(deal, "wonValue");
        assertThat(wonValue.get$ref()).isNull();
        assertThat(wonValue.getNullable()).isTrue();
        assertThat(wonValue.getType()).isEqualTo("object");
        assertThat(wonValue.getAllOf()).singleElement()
                .satisfies(part -> assertThat(part.get$ref()).isEqualTo("#/components/schemas/Money"));
        assertThat(property(deal, "opportunityId").getFormat()).isEqualTo("uuid");
        assertThat(property(deal, "agreedActionIds").getItems().getFormat()).isEqualTo("uuid");
        assertThat(property(deal, "correlationId").getFormat()).isNull();
        assertThat(schemas.get("Money").getRequired()).containsExactlyInAnyOrder("amount", "currency");
    }

    @Test
    void anAnswerThatLeavesOutNulls_requiresOnlyWhatItAlwaysHas() {
        Schema<?> accepted = document().get("Accepted");
        assertThat(accepted.getRequired()).containsExactly("version");
        assertThat(property(accepted, "nextStepId").getNullable()).isNull();
    }

    @Test
    void aRequest_keepsWhatItsValidationSays() {
        Schema<?> request = document().get("DealRequest");
        assertThat(request.getRequired()).isNull();
        assertThat(property(request, "product").getNullable()).isNull();
    }

    private static Schema<?> property(Schema<?> schema, String name) {
        return (Schema<?>) schema.getProperties().get(name);
    }

    private static Map<String, Schema> document() {
        SchemaTypes types = new SchemaTypes();
        ModelConverters converters = new ModelConverters();
        converters.addConverter(types);
        OpenAPI openApi = new OpenAPI().components(new Components()).paths(new Paths());
        Operation read = new Operation().responses(new ApiResponses()
                .addApiResponse("200", answer(converters, openApi, Deal.class)));
        Operation command = new Operation()
                .requestBody(new RequestBody().content(content(converters, openApi, DealRequest.class)))
                .responses(new ApiResponses().addApiResponse("200", answer(converters, openApi, Accepted.class)));
        openApi.getPaths().addPathItem("/deals", new PathItem().get(read).post(command));
        new ResponseSchemaRules(types).customise(openApi);
        return openApi.getComponents().getSchemas();
    }

    private static ApiResponse answer(ModelConverters converters, OpenAPI openApi, Class<?> type) {
        return new ApiResponse().content(content(converters, openApi, type));
    }

    private static Content content(ModelConverters converters, OpenAPI openApi, Class<?> type) {
        ResolvedSchema resolved = converters.resolveAsResolvedSchema(new AnnotatedType(type).resolveAsRef(true));
        resolved.referencedSchemas.forEach(openApi.getComponents()::addSchemas);
        return new Content().addMediaType("application/json", new MediaType().schema(resolved.schema));
    }
}
