package fi.seloste.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The published JSON Schema, shipped in this module, accepts what the writer writes. */
class IndexSchemaTest {

    @ParameterizedTest
    @ValueSource(strings = {"clinic", "health-centre-catalogue", "health-centre-chat", "health-centre-customer",
        "undeclared-warning", "injection"})
    void writtenIndexesMatchTheSchema(String name) throws Exception {
        JsonSchema schema;
        try (InputStream in = IndexFormat.class.getResourceAsStream(IndexFormat.SCHEMA_RESOURCE)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        try (InputStream in = getClass().getResourceAsStream("golden/" + name + ".json")) {
            assertEquals(Set.of(), schema.validate(new com.fasterxml.jackson.databind.ObjectMapper().readTree(in)));
        }
    }
}
