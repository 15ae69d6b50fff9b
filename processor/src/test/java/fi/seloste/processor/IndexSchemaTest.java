package fi.seloste.processor;

import static fi.seloste.processor.ProcessorTestSupport.compile;
import static fi.seloste.processor.ProcessorTestSupport.index;
import static fi.seloste.processor.ProcessorTestSupport.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every index the processor writes matches the published schema (shipped in seloste-index). */
class IndexSchemaTest {

    @Test
    void indexesMatchThePublishedSchema() throws Exception {
        JsonSchema schema;
        try (InputStream in = fi.seloste.index.IndexFormat.class.getResourceAsStream(fi.seloste.index.IndexFormat.SCHEMA_RESOURCE)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        var catalogueMode = compile(DeclarationsTest.PURPOSES, DeclarationsTest.CHAT_PACKAGE, source("com.example.chat.Conversation",
                "package com.example.chat;",
                "import fi.seloste.*;",
                "public class Conversation {",
                "    @PersonalData(label = \"Puhelinnumero\", category = DataCategories.CONTACT)",
                "    private String phone;",
                "    @PersonalData(retentionCriteria = \"Asiakassuhteen ajan\", category = DataCategories.CONTACT)",
                "    private String email;",
                "}"));
        assertEquals(Set.of(), schema.validate(index(catalogueMode)));
        var warningMode = compile(new String[] {"-Aseloste.undeclared=warning"}, PersistenceTest.ENTITY, PersistenceTest.TRANSIENT,
                PersistenceTest.CUSTOMER);
        assertEquals(Set.of(), schema.validate(index(warningMode)));
    }
}
