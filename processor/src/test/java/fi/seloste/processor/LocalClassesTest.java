package fi.seloste.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static fi.seloste.processor.ProcessorTestSupport.compile;
import static fi.seloste.processor.ProcessorTestSupport.index;
import static fi.seloste.processor.ProcessorTestSupport.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, finding 8: javac never shows local and anonymous classes to annotation processors, so their
 * {@code @PersonalData} fields were missing from the index and the plugin failed with "rebuild cleanly" forever. The
 * processor now reports each such field where it is (SELOSTE-P113), and leaves a mere mention of the type alone.
 */
class LocalClassesTest {

    private static final String FIELD = "@PersonalData(purpose = \"Asiakaspalvelu\", retention = \"P4M\", source = \"Asiakas\")";

    @Test
    void personalDataInALocalRecordAnAnonymousClassAndAnEnumConstantBodyIsAnErrorAtEachField() {
        JavaFileObject chat = source("com.example.Chat",
                "package com.example;",                                                  // 1
                "import fi.seloste.*;",                                                 // 2
                PersonalDataValidationTest.LEGAL_DEFAULTS + " public class Chat {",      // 3
                "    " + FIELD + " String name;",                                       // 4
                "    Object summary() {",                                               // 5
                "        record Line(" + FIELD + " String author, String text) {}",       // 6
                "        Object handler = new Object() {",                              // 7
                "            " + FIELD,                                                 // 8
                "            String caller;",                                           // 9
                "            class Inner { " + FIELD + " String deep; }",                // 10
                "        };",                                                           // 11
                "        return new Line(name, \"\");",                                 // 12
                "    }",                                                                // 13
                "    enum Kind { A { " + FIELD + " String who; } }",                    // 14
                "    static class Member { " + FIELD + " String email; }",              // 15
                "}");
        Compilation c = compile(chat);
        assertThat(c).failed();
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : c.errors()) {
            errors.add(d.getLineNumber() + ": " + d.getMessage(null));
        }
        assertEquals(4, errors.size(), String.join("\n", errors));
        assertThat(c).hadErrorContaining("[SELOSTE-P113] @PersonalData on author in the local class Line: javac does not "
                + "show local or anonymous classes to annotation processors").inFile(chat).onLine(6);
        assertThat(c).hadErrorContaining("@PersonalData on caller in an anonymous class").inFile(chat).onLine(9);
        assertThat(c).hadErrorContaining("@PersonalData on deep in the local class Inner").inFile(chat).onLine(10);
        assertThat(c).hadErrorContaining("@PersonalData on who in an anonymous class").inFile(chat).onLine(14);
        assertThat(c).hadErrorContaining("Move it into a member or top-level class");
    }

    /**
     * javac looks for claimed annotations only on the classes it shows processors, so when a compilation's only
     * {@code @PersonalData} is in a local class the processor is not even asked and cannot report it: the compile
     * succeeds without an index entry, and the plugin's bytecode check says why (SELOSTE-M313, BytecodeScanTest).
     */
    @Test
    void aCompilationWhoseOnlyPersonalDataIsLocalIsLeftToThePlugin() {
        JavaFileObject chat = source("com.example.Chat",
                "package com.example;",
                "import fi.seloste.*;",
                "public class Chat {",
                "    Object summary() {",
                "        record Line(" + FIELD + " String author) {}",
                "        return new Line(\"a\");",
                "    }",
                "}");
        Compilation c = compile(chat);
        assertThat(c).succeededWithoutWarnings();
        assertEquals(java.util.Optional.empty(), c.generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT,
                "META-INF/seloste/personal-data.json"), "javac ran no processor");
    }

    @Test
    void aFullyQualifiedAnnotationIsFoundAndAnotherPersonalDataIsNot() {
        JavaFileObject own = source("com.example.other.PersonalData",
                "package com.example.other;",
                "public @interface PersonalData {}");
        JavaFileObject chat = source("com.example.Chat",
                "package com.example;",
                "import com.example.other.PersonalData;",
                PersonalDataValidationTest.LEGAL_DEFAULTS + " public class Chat {",
                "    @fi.seloste.PersonalData(purpose = \"Asiakaspalvelu\", retention = \"P4M\", source = \"Asiakas\") String name;",
                "    void run() {",
                "        class Mine { @PersonalData String notOurs; }",
                "        class Ours { @fi.seloste.PersonalData(purpose = \"Asiakaspalvelu\", retention = \"P4M\", source = \"Asiakas\") String ours; }",
                "    }",
                "}");
        Compilation c = compile(own, chat);
        assertThat(c).failed();
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("@PersonalData on ours in the local class Ours").inFile(chat).onLine(7);
    }

    @Test
    void aClassThatOnlyMentionsTheTypeIsNotAnnotatedAndCompilesCleanly() throws Exception {
        JavaFileObject chat = source("com.example.Chat",
                "package com.example;",
                "import fi.seloste.*;",
                "import java.util.List;",
                PersonalDataValidationTest.LEGAL_DEFAULTS + " public class Chat {",
                "    " + FIELD + " String name;",
                "    List<Class<PersonalData>> kinds = List.of(PersonalData.class);",
                "    Runnable task = () -> { List<Class<PersonalData>> local = List.of(); };",
                "    static boolean isPersonal(Class<PersonalData> type, java.lang.reflect.Field f) { return f.isAnnotationPresent(type); }",
                "}");
        Compilation c = compile(chat);
        assertThat(c).succeededWithoutWarnings();
        JsonNode fields = index(c).get("fields");
        assertEquals(1, fields.size());
        assertEquals("name", fields.get(0).get("field").asText());
    }

    /** Eclipse's compiler has no javac tree API: the search then does nothing, and the plugin reports such fields. */
    @Test
    void aCompilerWithoutTheTreeApiIsLeftAlone() {
        javax.annotation.processing.ProcessingEnvironment notJavac = (javax.annotation.processing.ProcessingEnvironment)
                java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {javax.annotation.processing.ProcessingEnvironment.class}, (proxy, method, args) -> {
                            throw new UnsupportedOperationException(method.getName());
                        });
        List<String> printed = new ArrayList<>();
        fi.seloste.processor.validation.Reporter reporter = new fi.seloste.processor.validation.Reporter(
                (javax.annotation.processing.Messager) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {javax.annotation.processing.Messager.class}, (proxy, method, args) -> printed.add(method.getName())));
        fi.seloste.processor.step.LocalClassFields search = fi.seloste.processor.step.LocalClassFields.of(fi.seloste.processor.model.SourceUnits.of(notJavac), reporter);
        javax.lang.model.element.TypeElement root = (javax.lang.model.element.TypeElement) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {javax.lang.model.element.TypeElement.class}, (proxy, method, args) -> {
                    throw new UnsupportedOperationException(method.getName());
                });
        search.check(java.util.Set.of(root)); // a javac search would ask javac for its tree and fail here
        assertEquals(List.of(), printed);
        assertEquals(0, reporter.errorCount());
    }
}
