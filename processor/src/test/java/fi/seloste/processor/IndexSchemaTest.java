package fi.seloste.processor;

import static fi.seloste.processor.ProcessorTestSupport.compile;
import static fi.seloste.processor.ProcessorTestSupport.index;
import static fi.seloste.processor.ProcessorTestSupport.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
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
        var freeText = compile(new String[] {"-Aseloste.undeclared=warning"}, PersistenceTest.ENTITY, source("com.example.chat.package-info",
                "@fi.seloste.Register(id = \"chat\", fi = \"Chat\", basis = fi.seloste.LegalBasis.LEGITIMATE_INTERESTS,",
                "        legitimateInterest = \"Neuvonta\", basisLaw = \"Laki X\",",
                "        none = {fi.seloste.Practice.TRANSFERS, fi.seloste.Practice.REGULAR_DISCLOSURES})",
                "package com.example.chat;"), source("com.example.chat.Conversation",
                "package com.example.chat;",
                "import fi.seloste.*;",
                "@jakarta.persistence.Entity",
                "public class Conversation {",
                "    @PersonalData(purpose = \"Asiakaspalvelu\", retention = \"P4M\", source = \"Asiakas\",",
                "                  sourceKind = SourceKind.DATA_SUBJECT, directMarketing = true)",
                "    private String name;",
                "    private String email;",
                "}"));
        JsonNode written = index(freeText);
        assertEquals("LEGITIMATE_INTERESTS", written.at("/fields/0/lawfulness/basis").asText(), written.toString());
        assertEquals("chat", written.at("/undeclared/0/register").asText(), written.toString());
        assertEquals(Set.of(), schema.validate(written));
        var purposes = compile(source("com.example.Purposes",
                "package com.example;",
                "import fi.seloste.*;",
                "public final class Purposes {",
                "    @Purpose(fi = \"Kirjanpito\", basis = LegalBasis.LEGAL_OBLIGATION, law = \"Kirjanpitolaki\", directMarketing = true)",
                "    public static final String BOOKS = \"books\";",
                "    @Source(fi = \"Pankki\", kind = SourceKind.THIRD_PARTY)",
                "    public static final String BANK = \"bank\";",
                "}"));
        assertEquals(Set.of(), schema.validate(index(purposes)));
    }
}
