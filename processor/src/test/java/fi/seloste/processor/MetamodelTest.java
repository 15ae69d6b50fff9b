package fi.seloste.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static fi.seloste.processor.ProcessorTestSupport.compile;
import static fi.seloste.processor.ProcessorTestSupport.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import fi.seloste.metamodel.PersonalFieldDescriptor;
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

    /**
     * Issue 13, finding 10: javac refused the metamodel of a class with about 1,500 personal fields ("code too large":
     * every constant was created in one static initialiser). The generated class is loaded from javac's output and
     * must list every field, in order, with its facts.
     */
    @Test
    void aClassWithFourThousandPersonalFieldsCompilesAndIsListedWhole() throws Exception {
        int count = 4_000;
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < count; i++) {
            fields.append(String.format(java.util.Locale.ROOT,
                    "    @PersonalData(purpose = {\"Asiakaspalvelu\", \"Laskutus\"}, retention = \"P%dD\", source = \"Asiakas\","
                            + " category = DataCategories.IDENTITY, label = \"Kenttä %d\") String field%04d;%n", i + 1, i, i));
        }
        JavaFileObject wide = source("com.example.wide.Wide",
                "package com.example.wide;",
                "import fi.seloste.*;",
                PersonalDataValidationTest.LEGAL_DEFAULTS + " public class Wide {",
                fields.toString(),
                "}");
        Compilation c = compile(new String[] {"-Aseloste.metamodel=true"}, wide);
        assertThat(c).succeeded();
        String generated = c.generatedFile(StandardLocation.SOURCE_OUTPUT, "com/example/wide/PersonalFields.java").get()
                .getCharContent(true).toString();
        assertTrue(generated.contains("static final class Chunk1 {"), "split into chunks");

        ClassLoader loader = generatedClasses(c);
        Class<?> metamodel = loader.loadClass("com.example.wide.PersonalFields");
        List<?> all = (List<?>) metamodel.getField("ALL").get(null);
        assertEquals(count, all.size());
        Class<?> nested = loader.loadClass("com.example.wide.PersonalFields$Wide");
        assertEquals(all, nested.getField("FIELDS").get(null));
        for (int i : new int[] {0, 1, 1_234, count - 1}) {
            PersonalFieldDescriptor d = (PersonalFieldDescriptor) all.get(i);
            String name = String.format(java.util.Locale.ROOT, "field%04d", i);
            assertEquals(name, d.name());
            assertEquals("Kenttä " + i, d.label());
            assertEquals(java.time.Period.ofDays(i + 1), d.retention());
            assertEquals(List.of("Asiakaspalvelu", "Laskutus"), d.purposes());
            assertSame(d, nested.getField(name.toUpperCase(java.util.Locale.ROOT)).get(null),
                    "each constant is the listed descriptor");
        }
    }

    /**
     * Texts are data in the generated source too: a line break, a line or paragraph separator, a quote or a
     * backslash in a label, a purpose or the retention criteria must compile and come back unchanged. JavaPoet split
     * a literal at U+2028, which javac refused.
     */
    @Test
    void textsWithLineBreaksAndSeparatorsCompileUnchanged() throws Exception {
        JavaFileObject odd = source("com.example.odd.Odd",
                "package com.example.odd;",
                "import fi.seloste.*;",
                PersonalDataValidationTest.LEGAL_DEFAULTS + " public class Odd {",
                "    @PersonalData(purpose = {\"Asiakas\\u2029palvelu\", \"Laskutus \\\"A\\\\B\\\"\"}, source = \"Asiakas\",",
                "                  retentionCriteria = \"Kunnes\\nasiakas\\r\\npoistaa\\u2028tilinsä\", label = \"Nimi\\u2028ja\\u2029osoite\")",
                "    String name;",
                "}");
        Compilation c = compile(new String[] {"-Aseloste.metamodel=true"}, odd);
        assertThat(c).succeeded();
        ClassLoader loader = generatedClasses(c);
        List<?> all = (List<?>) loader.loadClass("com.example.odd.PersonalFields").getField("ALL").get(null);
        PersonalFieldDescriptor d = (PersonalFieldDescriptor) all.get(0);
        assertEquals("Nimi\u2028ja\u2029osoite", d.label());
        assertEquals(List.of("Asiakas\u2029palvelu", "Laskutus \"A\\B\""), d.purposes());
        assertEquals("Kunnes\nasiakas\r\npoistaa\u2028tilinsä", d.retentionCriteria());
    }

    private static ClassLoader generatedClasses(Compilation c) {
        return new ClassLoader(MetamodelTest.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                JavaFileObject file = c.generatedFile(StandardLocation.CLASS_OUTPUT, name.replace('.', '/') + ".class")
                        .orElseThrow(() -> new ClassNotFoundException(name));
                try (InputStream in = file.openInputStream()) {
                    byte[] bytes = in.readAllBytes();
                    return defineClass(name, bytes, 0, bytes.length);
                } catch (java.io.IOException e) {
                    throw new ClassNotFoundException(name, e);
                }
            }
        };
    }

    /** Past what one generated class can hold, the build fails once with what to do, not with javac's "code too large". */
    @Test
    void aClassWithMoreFieldsThanOneGeneratedClassHoldsIsReported() {
        int count = fi.seloste.processor.writer.MetamodelWriter.MAX_FIELDS_PER_CLASS + 1;
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < count; i++) {
            fields.append(String.format(java.util.Locale.ROOT,
                    "    @PersonalData(purpose = \"Asiakaspalvelu\", retention = \"P1Y\", source = \"Asiakas\") String field%04d;%n", i));
        }
        JavaFileObject wide = source("com.example.wide.Wide",
                "package com.example.wide;",
                "import fi.seloste.*;",
                PersonalDataValidationTest.LEGAL_DEFAULTS + " public class Wide {",
                fields.toString(),
                "}");
        Compilation c = compile(new String[] {"-Aseloste.metamodel=true"}, wide);
        assertThat(c).failed();
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[SELOSTE-P806] the metamodel com.example.wide.PersonalFields is not written: class "
                + "com.example.wide.Wide has 8001 personal fields, and one generated class holds at most 8000");
    }

    private static String golden(String name) throws Exception {
        try (InputStream in = MetamodelTest.class.getResourceAsStream("/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
