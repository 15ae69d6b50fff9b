package fi.seloste.core.generate;

import static fi.seloste.core.generate.IndexFixtures.CATALOGUE;
import static fi.seloste.core.generate.IndexFixtures.FREE_TEXT;
import static fi.seloste.core.generate.IndexFixtures.ORGANISATION;
import static fi.seloste.core.generate.IndexFixtures.classes;
import static fi.seloste.core.generate.IndexFixtures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fi.seloste.index.IndexFormat;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON Schemas shipped with seloste describe what it reads and writes. */
class SchemaTest {

    @TempDir
    Path dir;

    /**
     * @param resource a class-path resource: the record schema ships in the core, next to the code that writes the
     *     record; the index schema in the index module, {@link IndexFormat#SCHEMA_RESOURCE}
     */
    static JsonSchema schema(String resource) throws Exception {
        try (InputStream in = SchemaTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is on the class path");
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @Test
    void generatedRecordsMatchTheRecordSchema() throws Exception {
        JsonSchema schema = schema("/fi/seloste/schema/register.schema.json");
        for (String index : List.of(FREE_TEXT, CATALOGUE)) {
            Path classes = classes(dir, "c" + index.hashCode(), index);
            String json = new DocumentGenerator().render(new DocumentGenerator.Request(List.of(source(classes, "g:a:1")),
                    List.of(), dir.resolve("out"), ORGANISATION, "R", List.of("fi"), LocalDate.of(2026, 1, 1), null, "1"))
                    .documents().get("register.json");
            Set<ValidationMessage> errors = schema.validate(new ObjectMapper().readTree(json));
            assertEquals(Set.of(), errors, json);
        }
    }

    @Test
    void theIndexSchemaAcceptsTheFixturesAndRejectsBadIndexes() throws Exception {
        JsonSchema schema = schema(IndexFormat.SCHEMA_RESOURCE);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode catalogue = mapper.readTree(CATALOGUE);
        ((com.fasterxml.jackson.databind.node.ObjectNode) catalogue).put("generator", "x").putArray("undeclared");
        ((com.fasterxml.jackson.databind.node.ObjectNode) catalogue.get("vocabulary")).remove("none");
        catalogue.get("vocabulary").forEach(list -> list.forEach(t -> ((com.fasterxml.jackson.databind.node.ObjectNode) t).put("declaredIn", "x")));
        catalogue.get("fields").forEach(f -> ((com.fasterxml.jackson.databind.node.ObjectNode) f).put("line", 0)
                .put("special", f.path("special").asBoolean(false)));
        assertEquals(Set.of(), schema.validate(catalogue));

        ((com.fasterxml.jackson.databind.node.ObjectNode) catalogue.get("registers").get(0)).put("id", "../evil");
        assertFalse(schema.validate(catalogue).isEmpty(), "an unsafe register id is not a valid index");
    }
}
