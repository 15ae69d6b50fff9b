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

/** The generated {@code PersonalFields} classes, compared with golden files and compiled for real. */
class MetamodelTest {

    static final JavaFileObject CHAT = source("com.example.chat.ChatConversation",
            "package com.example.chat;",
            "import fi.seloste.*;",
            PersonalDataValidationTest.LEGAL_DEFAULTS + " public class ChatConversation {",
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

    static final JavaFileObject CUSTOMER = source("com.example.chat.Customer",
            "package com.example.chat;",
            "import fi.seloste.*;",
            PersonalDataValidationTest.LEGAL_DEFAULTS + " public class Customer {",
            "    @PersonalData(purpose = \"Asiakaspalvelu\", retention = \"P2Y\", retentionFrom = RetentionTrigger.RELATIONSHIP_END,",
            "                  source = \"Asiakas\", label = \"Sähköposti <b>*/ @see\")",
            "    private String email;",
            "}");

    @Test
    void onePackageClassMatchesTheGoldenFile() throws Exception {
        Compilation c = compile(new String[] {"-Aseloste.metamodel=true"}, CHAT, CUSTOMER);
        assertThat(c).succeededWithoutWarnings();
        assertThat(c).generatedSourceFile("com.example.chat.PersonalFields")
                .contentsAsUtf8String().isEqualTo(golden("PersonalFields.java"));
        assertEquals(1, c.generatedSourceFiles().size(), "one source per package");
        assertFalse(c.generatedFile(StandardLocation.SOURCE_OUTPUT, "com/example/chat/PersonalFields.java").get()
                .getCharContent(true).toString().contains("Hidden"), "a private class cannot be referenced from generated code");
    }

    @Test
    void aClassNamedLikeTheMetamodelIsReportedNotThrown() {
        JavaFileObject clash = source("com.example.chat.PersonalFields",
                "package com.example.chat;",
                "public class PersonalFields {}");
        Compilation c = compile(new String[] {"-Aseloste.metamodel=true"}, CHAT, clash);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("[SELOSTE-P803] could not write the metamodel com.example.chat.PersonalFields");
        assertThat(c).hadErrorCount(1);
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
