package fi.seloste.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static fi.seloste.processor.ProcessorTestSupport.compile;
import static fi.seloste.processor.ProcessorTestSupport.index;
import static fi.seloste.processor.ProcessorTestSupport.indexText;
import static fi.seloste.processor.ProcessorTestSupport.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The index the processor writes: every annotated field, all its facts, sorted and stable. */
class PersonalDataIndexTest {

    private static final javax.tools.JavaFileObject CHAT = source("com.example.chat.ChatConversation",
            "package com.example.chat;",
            "",
            "import fi.seloste.PersonalData;",
            "import fi.seloste.RetentionTrigger;",
            "",
            PersonalDataValidationTest.LEGAL_DEFAULTS + " public class ChatConversation {",
            "    private long id;",
            "    @PersonalData(purpose = \"Asiakaspalvelu\", retention = \"P4M\",",
            "            retentionFrom = RetentionTrigger.CONVERSATION_END, source = \"Asiakas\", label = \"Nimi\")",
            "    private String customerName;",
            "    @PersonalData(purpose = {\"Asiakaspalvelu\", \" Laadunvarmistus \"}, retention = \"P4M\", source = \"Asiakas\")",
            "    private String messageText;",
            "    static class Attachment {",
            "        @PersonalData(purpose = \"Asiakaspalvelu\", retention = \"P90D\", source = \"Asiakas\")",
            "        private byte[] content;",
            "    }",
            "}");

    @Test
    void writesEveryAnnotatedFieldWithItsFacts() throws Exception {
        Compilation compilation = compile(CHAT);
        assertThat(compilation).succeededWithoutWarnings();
        JsonNode index = index(compilation);
        assertEquals(1, index.get("schemaVersion").asInt());
        JsonNode fields = index.get("fields");
        assertEquals(3, fields.size());

        JsonNode name = fields.get(0);
        assertEquals("com.example.chat.ChatConversation", name.get("className").asText());
        assertEquals("customerName", name.get("field").asText());
        assertEquals("java.lang.String", name.get("javaType").asText());
        assertEquals("Nimi", name.get("labels").get("fi").asText());
        assertEquals("Asiakaspalvelu", name.get("purposes").get(0).asText());
        assertEquals("Asiakas", name.get("sources").get(0).asText());
        assertEquals("P4M", name.get("retention").get("period").asText());
        assertEquals("CONVERSATION_END", name.get("retention").get("from").asText());
        assertEquals("com/example/chat/ChatConversation.java", name.get("sourceFile").asText());
        assertEquals(8, name.get("line").asInt());

        JsonNode message = fields.get(1);
        assertEquals("messageText", message.get("field").asText());
        assertFalse(message.has("labels"), "no label means the field name is used later");
        assertEquals(List.of("Asiakaspalvelu", "Laadunvarmistus"), texts(message.get("purposes")));
        assertEquals("COLLECTION", message.get("retention").get("from").asText());

        JsonNode nested = fields.get(2);
        assertEquals("com.example.chat.ChatConversation$Attachment", nested.get("className").asText());
        assertEquals("byte[]", nested.get("javaType").asText());
    }

    @Test
    void indexIsDeterministicUtf8WithUnixNewlines() throws Exception {
        javax.tools.JavaFileObject finnish = source("com.example.Potilas",
                "package com.example;",
                PersonalDataValidationTest.LEGAL_DEFAULTS + " public class Potilas {",
                "    @fi.seloste.PersonalData(purpose = \"Hoidon järjestäminen\", retention = \"P12Y\", source = \"Väestötietojärjestelmä (DVV)\")",
                "    private String sukunimi;",
                "    @fi.seloste.PersonalData(purpose = \"Hoito\", retention = \"P12Y\", source = \"Potilas\")",
                "    private String etunimi;",
                "}");
        String first = indexText(compile(finnish, CHAT));
        String second = indexText(compile(CHAT, finnish));
        assertEquals(first, second, "source order must not change the index");
        assertFalse(first.contains("\r"));
        assertTrue(first.endsWith("}\n"));
        assertTrue(first.contains("Väestötietojärjestelmä"), "UTF-8 text stays intact");
        assertTrue(first.indexOf("\"etunimi\"") < first.indexOf("\"sukunimi\""), "fields sorted by name");
        assertTrue(first.indexOf("com.example.Potilas") < first.indexOf("com.example.chat.ChatConversation"));
    }

    @Test
    void recordComponentIsReportedOnce() throws Exception {
        Compilation compilation = compile(source("com.example.Caller",
                "package com.example;",
                PersonalDataValidationTest.LEGAL_DEFAULTS + " public record Caller(",
                "    @fi.seloste.PersonalData(purpose = \"Takaisinsoitto\", retention = \"P30D\", source = \"Soittaja\")",
                "    String phoneNumber,",
                "    int queuePosition) {}"));
        assertThat(compilation).succeeded();
        JsonNode fields = index(compilation).get("fields");
        assertEquals(1, fields.size());
        assertEquals("phoneNumber", fields.get(0).get("field").asText());
    }

    @Test
    void writesAnIndexOncePerCompilationEvenOverSeveralRounds() throws Exception {
        Compilation compilation = compile(CHAT);
        long indexes = compilation.generatedFiles().stream()
                .filter(f -> f.getName().endsWith("personal-data.json")).count();
        assertEquals(1, indexes);
    }

    private static List<String> texts(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(n -> result.add(n.asText()));
        return result;
    }
}
