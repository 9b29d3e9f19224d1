package io.opportunities.platform.web.openapi;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.models.OpenAPI;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two different types under one schema name refuse the document; a name of their own each, and all is well. */
class SchemaTypesTest {

    static final class Funnel {
        record Group(String group, long count) {
        }
    }

    static final class Analysis {
        record Group(String key, long won, long lost) {
        }

        @Schema(name = "AnalysisGroup")
        record NamedGroup(String key, long won) {
        }
    }

    record Holder(Funnel.Group funnel, Analysis.Group analysis) {
    }

    @Test
    void twoTypesWithOneSimpleName_refuseTheDocument_namingBoth() {
        SchemaTypes types = new SchemaTypes();
        ModelConverters converters = converters(types);
        converters.readAll(Funnel.Group.class);
        converters.readAll(Analysis.Group.class);

        assertThat(types.conflicts()).singleElement().asString()
                .contains("Group", Funnel.Group.class.getName(), Analysis.Group.class.getName());
        assertThatThrownBy(() -> types.customise(new OpenAPI()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("@Schema(name = ...)");
    }

    /** The clash is found wherever the types meet: here as two properties of one answer. */
    @Test
    void twoTypesMetAsPropertiesOfOneType_areFoundToo() {
        SchemaTypes types = new SchemaTypes();
        converters(types).readAll(Holder.class);
        assertThat(types.conflicts()).hasSize(1);
    }

    @Test
    void typesWithNamesOfTheirOwn_areEachTheirSchema() {
        SchemaTypes types = new SchemaTypes();
        ModelConverters converters = converters(types);
        converters.readAll(Funnel.Group.class);
        converters.readAll(Analysis.NamedGroup.class);

        assertThat(types.conflicts()).isEmpty();
        assertThat(types.typeOf("Group")).contains(Funnel.Group.class);
        assertThat(types.typeOf("AnalysisGroup")).contains(Analysis.NamedGroup.class);
        types.customise(new OpenAPI()); // nothing to refuse
    }

    private static ModelConverters converters(SchemaTypes types) {
        ModelConverters converters = new ModelConverters();
        converters.addConverter(types);
        return converters;
    }
}
