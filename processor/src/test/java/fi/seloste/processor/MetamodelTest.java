package fi.seloste.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static fi.seloste.processor.ProcessorTestSupport.compile;
import static fi.seloste.processor.ProcessorTestSupport.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** The generated {@code _PersonalData} companions, compared with golden files and compiled for real. */
class MetamodelTest {

    static final JavaFileObject CHAT = source("com.example.chat.ChatConversation",
            "package com.example.chat;",
            "import fi.seloste.*;",
            "public class ChatConversation {",
            "    private long id;",
            "    @PersonalData(purpose = \"Asiakaspalvelu\", retention = \"P4M\", retentionFrom = RetentionTrigger.CONVERSATION_END,",
            "                  source = \"Asiakas\", label = \"Asiakkaan nimi\", category = DataCategories.IDENTITY)",
            "    private String customerName;",
            "    @PersonalData(purpose = {\"Asiakaspalvelu\", \"Väärinkäytösten selvittäminen\"}, retention = \"P90D\",",
            "                  source = \"Palvelu\", category = DataCategories.ONLINE_IDENTIFIERS)",
            "    private java.net.InetAddress ipAddress;",
            "    @PersonalData(purpose = \"Asiakaspalvelu\", source = \"Asiakas\", retentionCriteria = \"Kunnes asiakas poistaa tilinsä\",",
            "                  special = true, specialCondition = SpecialCategoryCondition.EXPLICIT_CONSENT)",
            "    private String healthNote;",
            "    public static class Attachment {",
            "        @PersonalData(purpose = \"Asiakaspalvelu\", retention = \"P4M\", source = \"Asiakas\")",
            "        byte[] content;",
            "    }",
            "    private static class Hidden {",
            "        @PersonalData(purpose = \"Asiakaspalvelu\", retention = \"P4M\", source = \"Asiakas\")",
            "        String secret;",
            "    }",
            "}");

    @Test
    void companionMatchesTheGoldenFile() throws Exception {
        Compilation c = compile(new String[] {"-Aseloste.metamodel=true"}, CHAT);
        assertThat(c).succeededWithoutWarnings();
        assertThat(c).generatedSourceFile("com.example.chat.ChatConversation_PersonalData")
                .contentsAsUtf8String().isEqualTo(golden("ChatConversation_PersonalData.java"));
        assertThat(c).generatedSourceFile("com.example.chat.ChatConversation_Attachment_PersonalData")
                .contentsAsUtf8String().isEqualTo(golden("ChatConversation_Attachment_PersonalData.java"));
        assertFalse(c.generatedFile(StandardLocation.SOURCE_OUTPUT, "com/example/chat/ChatConversation_Hidden_PersonalData.java")
                .isPresent(), "a private class cannot be referenced from a companion");
    }

    @Test
    void metamodelIsOffByDefault() {
        Compilation c = compile(CHAT);
        assertThat(c).succeededWithoutWarnings();
        assertEquals(0, c.generatedSourceFiles().size());
    }

    private static String golden(String name) throws Exception {
        try (InputStream in = MetamodelTest.class.getResourceAsStream("/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
