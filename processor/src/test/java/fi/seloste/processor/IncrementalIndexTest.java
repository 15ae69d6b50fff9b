package fi.seloste.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What IDEs and Gradle do: compile everything, then only the changed files against the earlier output.
 * The index must stay complete, and entries of deleted classes must go.
 */
class IncrementalIndexTest {

    @TempDir
    Path dir;

    private Path src;
    private Path out;

    /** Sources and class output of one test, empty. */
    private void freshDirectories() throws Exception {
        src = Files.createDirectories(dir.resolve("src"));
        out = Files.createDirectories(dir.resolve("classes"));
    }

    private Path write(String name, String... lines) throws Exception {
        Path file = src.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private String compile(Path... files) throws Exception {
        return compile(List.of("-Aseloste.metamodel=false"), files);
    }

    private String compile(List<String> options, Path... files) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            fm.setLocation(StandardLocation.CLASS_OUTPUT, List.of(out.toFile()));
            List<File> classpath = new ArrayList<>();
            classpath.add(out.toFile());
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                classpath.add(new File(entry));
            }
            fm.setLocation(StandardLocation.CLASS_PATH, classpath);
            fm.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(Files.createDirectories(generated()).toFile()));
            JavaCompiler.CompilationTask task = javac.getTask(null, fm, diagnostics, options, null,
                    fm.getJavaFileObjects(files));
            task.setProcessors(List.of(new PersonalDataProcessor()));
            boolean ok = task.call();
            StringBuilder messages = new StringBuilder();
            diagnostics.getDiagnostics().forEach(d -> messages.append(d.getKind()).append(": ").append(d.getMessage(null)).append('\n'));
            assertTrue(ok, messages.toString());
            return messages.toString();
        }
    }

    private Path generated() {
        return dir.resolve("generated");
    }

    private TreeSet<String> indexed() throws Exception {
        JsonNode index = new ObjectMapper().readTree(out.resolve("META-INF/seloste/personal-data.json").toFile());
        TreeSet<String> keys = new TreeSet<>();
        index.get("fields").forEach(f -> keys.add(f.get("className").asText().replace("com.example.", "") + "." + f.get("field").asText()));
        return keys;
    }

    private static String entity(String name, String... fields) {
        StringBuilder body = new StringBuilder("package com.example;\nimport fi.seloste.*;\npublic class " + name + " {\n");
        for (String field : fields) {
            body.append("    @PersonalData(purpose = Purposes.SERVICE, retention = \"P1Y\", source = Sources.DATA_SUBJECT)\n")
                    .append("    private String ").append(field).append(";\n");
        }
        return body.append("}").toString();
    }

    @Test
    void editingAddingRemovingAndDeletingKeepTheIndexExact() throws Exception {
        freshDirectories();
        Path purposes = write("com/example/Purposes.java",
                "package com.example;",
                "import fi.seloste.*;",
                "public final class Purposes {",
                "    @Purpose(fi = \"Palvelu\", basis = LegalBasis.CONTRACT)",
                "    public static final String SERVICE = \"service\";",
                "}");
        Path a = write("com/example/A.java", entity("A", "a1", "a2"));
        Path b = write("com/example/B.java", entity("B", "b1"));
        Path c = write("com/example/C.java", entity("C", "c1"));

        compile(purposes, a, b, c);
        assertEquals(new TreeSet<>(List.of("A.a1", "A.a2", "B.b1", "C.c1")), indexed());

        // one changed file: the others stay, and the catalogue from the previous index still resolves keys
        write("com/example/B.java", entity("B", "b1", "b2"));
        compile(b);
        assertEquals(new TreeSet<>(List.of("A.a1", "A.a2", "B.b1", "B.b2", "C.c1")), indexed());

        // an annotation removed: its entry goes
        write("com/example/A.java", entity("A", "a1"));
        compile(a);
        assertEquals(new TreeSet<>(List.of("A.a1", "B.b1", "B.b2", "C.c1")), indexed());

        // a class deleted, as IDEs and Gradle do (source and class file): its entries go
        Files.delete(c);
        Files.delete(out.resolve("com/example/C.class"));
        compile(b);
        assertEquals(new TreeSet<>(List.of("A.a1", "B.b1", "B.b2")), indexed());

        // the catalogue itself recompiled alone: the entries of the unchanged classes stay
        compile(purposes);
        assertEquals(new TreeSet<>(List.of("A.a1", "B.b1", "B.b2")), indexed());
        assertEquals("catalogue", new ObjectMapper().readTree(out.resolve("META-INF/seloste/personal-data.json").toFile())
                .get("mode").asText());
    }

    @Test
    void anUnreadablePreviousIndexIsReportedAndTheCompiledClassesIndexed() throws Exception {
        freshDirectories();
        Path purposes = write("com/example/Purposes.java",
                "package com.example;",
                "import fi.seloste.*;",
                "public final class Purposes {",
                "    @Purpose(fi = \"Palvelu\", basis = LegalBasis.CONTRACT)",
                "    public static final String SERVICE = \"service\";",
                "}");
        Path a = write("com/example/A.java", entity("A", "a1"));
        compile(purposes, a);
        Files.writeString(out.resolve("META-INF/seloste/personal-data.json"), "{\"schemaVersion\": 1, \"fields\": [", StandardCharsets.UTF_8);

        String messages = compile(purposes, a);
        assertTrue(messages.contains("MANDATORY_WARNING: [SELOSTE-P802] the index from the previous compilation could not be read"),
                messages);
        assertTrue(messages.contains("Run a clean build (./mvnw clean compile)"), messages);
        assertEquals(new TreeSet<>(List.of("A.a1")), indexed());
    }

    @Test
    void aOneFileRecompileRegeneratesThePackageMetamodelWithTheOtherClasses() throws Exception {
        freshDirectories();
        List<String> metamodel = List.of("-Aseloste.metamodel=true");
        Path purposes = write("com/example/Purposes.java",
                "package com.example;",
                "import fi.seloste.*;",
                "public final class Purposes {",
                "    @Purpose(fi = \"Palvelu\", basis = LegalBasis.CONTRACT)",
                "    public static final String SERVICE = \"service\";",
                "}");
        Path a = write("com/example/A.java", entity("A", "a1"));
        Path b = write("com/example/B.java", entity("B", "b1"));
        compile(metamodel, purposes, a, b);

        write("com/example/B.java", entity("B", "b1", "b2"));
        compile(metamodel, b);
        String generated = Files.readString(generated().resolve("com/example/PersonalFields.java"), StandardCharsets.UTF_8);
        assertTrue(generated.contains("public static final class A {") && generated.contains("A1 = new PersonalFieldDescriptor"),
                "the class not recompiled keeps its descriptors:\n" + generated);
        assertTrue(generated.contains("B2 = new PersonalFieldDescriptor"), "the edit is in:\n" + generated);
        assertTrue(Files.exists(out.resolve("com/example/PersonalFields$A.class")), "and it compiled");
    }

    /** A class whose fields use built-in terms of their own, with text that needs escaping and non-ASCII labels. */
    private static String richEntity(String name, String category, String... fields) {
        StringBuilder body = new StringBuilder("package com.example;\nimport fi.seloste.*;\npublic class " + name + " {\n");
        for (String field : fields) {
            body.append("    @PersonalData(purpose = Purposes.SERVICE, retention = \"P1Y\", source = Sources.DATA_SUBJECT,\n")
                    .append("            category = DataCategories.").append(category)
                    .append(", label = \"Käyttäjän \\\"").append(field).append("\\\" – <b>&</b>\", labelSv = \"Användarens\")\n")
                    .append("    private String ").append(field).append(";\n");
        }
        return body.append("}").toString();
    }

    private Path writeCatalogue() throws Exception {
        return write("com/example/Purposes.java",
                "package com.example;",
                "import fi.seloste.*;",
                "public final class Purposes {",
                "    @Purpose(fi = \"Palvelu\", basis = LegalBasis.CONTRACT)",
                "    public static final String SERVICE = \"service\";",
                "}");
    }

    /** The index a clean build of the given sources writes, compiled into an output of its own. */
    private String cleanBuildIndex(Path... files) throws Exception {
        Path kept = out;
        out = Files.createDirectories(dir.resolve("clean-" + System.nanoTime()));
        try {
            compile(files);
            return Files.readString(out.resolve("META-INF/seloste/personal-data.json"), StandardCharsets.UTF_8);
        } finally {
            out = kept;
        }
    }

    @Test
    void aOneFileRecompileWritesTheBytesOfACleanBuild() throws Exception {
        freshDirectories();
        Path purposes = writeCatalogue();
        Path a = write("com/example/A.java", richEntity("A", "CONTACT", "a1", "a2"));
        Path b = write("com/example/B.java", richEntity("B", "IDENTITY", "b1"));
        Path c = write("com/example/C.java", richEntity("C", "FINANCIAL", "c1"));
        compile(purposes, a, b, c);

        // B changes, and with it the only use of the built-in category "identity", which must leave the vocabulary
        write("com/example/B.java", richEntity("B", "CONTACT", "b1", "b0", "b2"));
        compile(b);
        String incremental = Files.readString(out.resolve("META-INF/seloste/personal-data.json"), StandardCharsets.UTF_8);
        assertEquals(cleanBuildIndex(purposes, a, b, c), incremental);
        assertTrue(!incremental.contains("\"identity\"") && incremental.contains("\"financial\""), incremental);
    }

    @Test
    void theLayoutKeptBesideTheGeneratedSourcesIsUsedAndGivesTheBytesOfACleanBuild() throws Exception {
        freshDirectories();
        Path purposes = writeCatalogue();
        Path a = write("com/example/A.java", richEntity("A", "CONTACT", "a1", "a2"));
        Path b = write("com/example/B.java", richEntity("B", "IDENTITY", "b1"));
        Path c = write("com/example/C.java", richEntity("C", "FINANCIAL", "c1", "c2", "c3"));
        compile(purposes, a, b, c);
        Path layout = generated().resolve("META-INF/seloste/personal-data.layout");
        assertTrue(Files.isRegularFile(layout), "the layout is written with the generated sources");
        assertTrue(!Files.exists(out.resolve("META-INF/seloste/personal-data.layout")), "and never into the classes (the jar)");

        write("com/example/B.java", richEntity("B", "CONTACT", "b1", "b0", "b2"));
        String notes = compile(List.of("-Aseloste.metamodel=false", "-Aseloste.timing=true"), b);
        assertTrue(notes.contains("copied unread, through its layout"), notes);
        String incremental = Files.readString(out.resolve("META-INF/seloste/personal-data.json"), StandardCharsets.UTF_8);
        String layoutAfter = Files.readString(layout, StandardCharsets.UTF_8);
        // a second edit, again through the layout the first recompile wrote
        write("com/example/A.java", richEntity("A", "IDENTITY", "a1"));
        notes = compile(List.of("-Aseloste.metamodel=false", "-Aseloste.timing=true"), a);
        assertTrue(notes.contains("copied unread, through its layout"), notes);
        String twice = Files.readString(out.resolve("META-INF/seloste/personal-data.json"), StandardCharsets.UTF_8);

        assertEquals(cleanBuildIndex(purposes, a, b, c), twice);
        assertTrue(!incremental.equals(twice) && layoutAfter.startsWith("seloste-index-layout 1\n"), layoutAfter);
    }

    @Test
    void aDamagedOrStaleLayoutIsIgnoredAndTheIndexReadAsBefore() throws Exception {
        freshDirectories();
        Path purposes = writeCatalogue();
        Path a = write("com/example/A.java", richEntity("A", "CONTACT", "a1", "a2"));
        Path b = write("com/example/B.java", richEntity("B", "IDENTITY", "b1"));
        compile(purposes, a, b);
        Path layout = generated().resolve("META-INF/seloste/personal-data.layout");
        String stale = Files.readString(layout, StandardCharsets.UTF_8);

        // damaged: a run made to end elsewhere, the layout's own sum no longer matching
        Files.writeString(layout, stale.replaceFirst("(class\tcom\\.example\\.A\t)(\\d)", "$19"), StandardCharsets.UTF_8);
        assertTrue(!stale.equals(Files.readString(layout, StandardCharsets.UTF_8)));
        write("com/example/B.java", richEntity("B", "IDENTITY", "b1", "b2"));
        String notes = compile(List.of("-Aseloste.metamodel=false", "-Aseloste.timing=true"), b);
        assertTrue(notes.contains("copied unread") && !notes.contains("through its layout"), notes);

        // stale: whole and undamaged, but of the index before the last compile
        Files.writeString(layout, stale, StandardCharsets.UTF_8);
        write("com/example/A.java", richEntity("A", "CONTACT", "a1", "a3"));
        notes = compile(List.of("-Aseloste.metamodel=false", "-Aseloste.timing=true"), a);
        assertTrue(notes.contains("copied unread") && !notes.contains("through its layout"), notes);
        String incremental = Files.readString(out.resolve("META-INF/seloste/personal-data.json"), StandardCharsets.UTF_8);
        assertEquals(cleanBuildIndex(purposes, a, b), incremental);
    }

    @Test
    void aPreviousIndexFormattedOtherwiseIsWrittenAnewAsACleanBuildWouldWriteIt() throws Exception {
        freshDirectories();
        Path purposes = writeCatalogue();
        Path a = write("com/example/A.java", richEntity("A", "CONTACT", "a1", "a2"));
        Path b = write("com/example/B.java", richEntity("B", "IDENTITY", "b1"));
        compile(purposes, a, b);
        // as another processor version might have written it: same facts, other layout and member order
        Path index = out.resolve("META-INF/seloste/personal-data.json");
        ObjectMapper compact = new ObjectMapper();
        JsonNode tree = compact.readTree(index.toFile());
        tree.get("fields").forEach(f -> {
            var entry = (com.fasterxml.jackson.databind.node.ObjectNode) f;
            JsonNode className = entry.remove("className");
            entry.set("className", className);
        });
        Files.writeString(index, compact.writeValueAsString(tree), StandardCharsets.UTF_8);

        write("com/example/B.java", richEntity("B", "IDENTITY", "b1", "b2"));
        compile(b);
        assertEquals(cleanBuildIndex(purposes, a, b), Files.readString(index, StandardCharsets.UTF_8));
    }

    @Test
    void aPreviousIndexWithAnEntryWithoutItsClassIsUnreadableNotSilentlyShortened() throws Exception {
        freshDirectories();
        Path purposes = writeCatalogue();
        Path a = write("com/example/A.java", entity("A", "a1"));
        Path b = write("com/example/B.java", entity("B", "b1"));
        compile(purposes, a, b);
        Path index = out.resolve("META-INF/seloste/personal-data.json");
        Files.writeString(index, Files.readString(index, StandardCharsets.UTF_8)
                .replace("\"className\" : \"com.example.A\",", ""), StandardCharsets.UTF_8);

        // the catalogue is compiled with B: with the previous index unreadable, nothing else would tell the processor
        // that the project has @Purpose, and B's fields would be free text without a basis (SELOSTE-P145)
        String messages = compile(purposes, b);
        assertTrue(messages.contains("[SELOSTE-P802]") && messages.contains("\"className\" is missing"), messages);
        assertEquals(new TreeSet<>(List.of("B.b1")), indexed());
    }

    @Test
    void keptEntriesKeepBuiltInTermsOfEveryKindEvenWhenTwoKindsShareAKey() throws Exception {
        freshDirectories();
        Path purposes = writeCatalogue();
        // "guardian" is both a built-in source and a built-in data subject
        Path a = write("com/example/A.java",
                "package com.example;",
                "import fi.seloste.*;",
                "public class A {",
                "    @PersonalData(purpose = Purposes.SERVICE, retention = \"P1Y\", source = Sources.GUARDIAN,",
                "            subjects = DataSubjects.GUARDIAN)",
                "    private String a1;",
                "}");
        Path b = write("com/example/B.java", entity("B", "b1"));
        compile(purposes, a, b);

        write("com/example/B.java", entity("B", "b1", "b2"));
        compile(b);
        String incremental = Files.readString(out.resolve("META-INF/seloste/personal-data.json"), StandardCharsets.UTF_8);
        JsonNode vocabulary = new ObjectMapper().readTree(incremental).get("vocabulary");
        assertTrue(vocabulary.get("sources").toString().contains("\"guardian\""), vocabulary.toString());
        assertTrue(vocabulary.get("subjects").toString().contains("\"guardian\""), vocabulary.toString());
        assertEquals(cleanBuildIndex(purposes, a, b), incremental);
    }

    /**
     * Five classes: the previous index's first, middle and last entries (A, C, E) are the ones compared with what
     * this version writes; B's is not, so only reading every entry can notice that it was damaged.
     */
    private Path[] fiveClasses() throws Exception {
        freshDirectories();
        return new Path[] {writeCatalogue(),
                write("com/example/A.java", richEntity("A", "CONTACT", "a1")),
                write("com/example/B.java", richEntity("B", "CONTACT", "b1")),
                write("com/example/C.java", richEntity("C", "CONTACT", "c1")),
                write("com/example/D.java", richEntity("D", "CONTACT", "d1")),
                write("com/example/E.java", richEntity("E", "CONTACT", "e1"))};
    }

    /** Replaces, in the index as written, the first match of {@code regex} inside B's entry. */
    private void editEntryOfB(String regex, String replacement) throws Exception {
        Path index = out.resolve("META-INF/seloste/personal-data.json");
        String text = Files.readString(index, StandardCharsets.UTF_8);
        int start = text.indexOf("\"className\" : \"com.example.B\"");
        int end = text.indexOf("\"className\" : \"com.example.C\"");
        assertTrue(start > 0 && end > start, text);
        String edited = text.substring(start, end).replaceFirst(regex, replacement);
        assertTrue(!edited.equals(text.substring(start, end)), "the edit applies: " + regex);
        Files.writeString(index, text.substring(0, start) + edited + text.substring(end), StandardCharsets.UTF_8);
    }

    @Test
    void aDamagedEntryOutsideTheComparedOnesMakesThePreviousIndexUnreadableNotACrashOrACopy() throws Exception {
        for (List<String> options : List.of(List.of("-Aseloste.metamodel=false"), List.of("-Aseloste.metamodel=true"))) {
            Path[] files = fiveClasses();
            compile(options, files);
            editEntryOfB("\"line\" : \\d+", "\"line\" : \"five\"");

            write("com/example/D.java", richEntity("D", "CONTACT", "d1", "d2"));
            String messages = compile(options, files[0], files[4]); // the catalogue too, as above
            assertTrue(messages.contains("[SELOSTE-P802]") && messages.contains("\"line\" is not a whole number"),
                    options + ": " + messages);
            assertTrue(!messages.contains("SELOSTE-P901") && !messages.contains("Exception"), messages);
            // P802's promise: only the classes compiled now, never the damaged entry copied on
            assertEquals(new TreeSet<>(List.of("D.d1", "D.d2")), indexed(), options.toString());
        }
    }

    @Test
    void entriesOfAnotherProcessorVersionAreWrittenAnewEvenWhenTheComparedOnesMatch() throws Exception {
        Path[] files = fiveClasses();
        compile(files);
        Path index = out.resolve("META-INF/seloste/personal-data.json");
        // another version that escapes some text differently: the same facts, other bytes, in B's entry only
        editEntryOfB("\"field\" : \"b1\"", "\"field\" : \"\\\\u0062\\\\u0031\"");
        String text = Files.readString(index, StandardCharsets.UTF_8);
        assertTrue(text.contains("\\u0062\\u0031"), text);
        Files.writeString(index, text.replace("\"generator\" : \"" + fi.seloste.processor.step.IndexWriting.GENERATOR + "\"",
                "\"generator\" : \"seloste-processor 0.0.1\""), StandardCharsets.UTF_8);

        write("com/example/D.java", richEntity("D", "CONTACT", "d1", "d2"));
        compile(files[4]);
        assertEquals(cleanBuildIndex(files), Files.readString(index, StandardCharsets.UTF_8));
    }

    @Test
    void theIndexNamesTheProcessorVersionAsItsGenerator() throws Exception {
        Path[] files = fiveClasses();
        compile(files);
        JsonNode index = new ObjectMapper().readTree(out.resolve("META-INF/seloste/personal-data.json").toFile());
        assertTrue(index.get("generator").asText().matches("seloste-processor \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"),
                index.get("generator").asText());
    }

    @Test
    void recompilingAMappedSuperclassOrEmbeddableAloneKeepsWhatTheEntitiesThatUseItReach() throws Exception {
        freshDirectories();
        Path purposes = writeCatalogue();
        Path entityAnnotation = write("jakarta/persistence/Entity.java", "package jakarta.persistence;",
                "public @interface Entity {}");
        Path mappedAnnotation = write("jakarta/persistence/MappedSuperclass.java", "package jakarta.persistence;",
                "public @interface MappedSuperclass {}");
        Path embeddableAnnotation = write("jakarta/persistence/Embeddable.java", "package jakarta.persistence;",
                "public @interface Embeddable {}");
        Path base = write("com/example/Base.java",
                "package com.example;",
                "import fi.seloste.*;",
                "@jakarta.persistence.MappedSuperclass",
                "public abstract class Base {",
                "    @PersonalData(purpose = Purposes.SERVICE, retention = \"P1Y\", source = Sources.DATA_SUBJECT)",
                "    private String createdBy;",
                "}");
        Path address = write("com/example/Address.java",
                "package com.example;",
                "import fi.seloste.*;",
                "@jakarta.persistence.Embeddable",
                "public class Address {",
                "    @PersonalData(purpose = Purposes.SERVICE, retention = \"P1Y\", source = Sources.DATA_SUBJECT)",
                "    private String street;",
                "}");
        Path customer = write("com/example/Customer.java",
                "package com.example;",
                "import fi.seloste.*;",
                "@jakarta.persistence.Entity",
                "public class Customer extends Base {",
                "    @PersonalData(purpose = Purposes.SERVICE, retention = \"P2Y\", source = Sources.DATA_SUBJECT)",
                "    private String email;",
                "    private Address home;",
                "}");
        Path other = write("com/example/Other.java", entity("Other", "o1"));
        Path[] all = {purposes, entityAnnotation, mappedAnnotation, embeddableAnnotation, base, address, customer, other};
        compile(all);
        TreeSet<String> full = indexed();
        assertTrue(full.containsAll(List.of("Customer.createdBy", "Customer.home.street", "Customer.email")), full.toString());

        for (List<String> options : List.of(List.of("-Aseloste.metamodel=false"), List.of("-Aseloste.metamodel=true"))) {
            // the superclass alone, edited
            write("com/example/Base.java", Files.readString(base).replace("P1Y", "P3Y"));
            compile(options, base);
            String index = Files.readString(out.resolve("META-INF/seloste/personal-data.json"), StandardCharsets.UTF_8);
            assertEquals(cleanBuildIndex(all), index, options + ": Customer still stores createdBy, now for P3Y");

            // the embeddable alone, edited
            write("com/example/Address.java", Files.readString(address).replace("P1Y", "P5Y"));
            compile(options, address);
            index = Files.readString(out.resolve("META-INF/seloste/personal-data.json"), StandardCharsets.UTF_8);
            assertEquals(cleanBuildIndex(all), index, options + ": Customer still stores home.street, now for P5Y");
            write("com/example/Base.java", Files.readString(base).replace("P3Y", "P1Y"));
            write("com/example/Address.java", Files.readString(address).replace("P5Y", "P1Y"));
            compile(all);
        }
    }

    @Test
    void entriesOfUserClassesUnderFiSelosteAreKeptLikeAnyOthers() throws Exception {
        freshDirectories();
        Path purposes = writeCatalogue();
        Path a = write("fi/seloste/example/A.java", entity("A", "a1").replace("package com.example;",
                "package fi.seloste.example;\nimport com.example.Purposes;"));
        Path b = write("com/example/B.java", entity("B", "b1"));
        compile(purposes, a, b);
        write("com/example/B.java", entity("B", "b1", "b2"));
        compile(b);
        JsonNode index = new ObjectMapper().readTree(out.resolve("META-INF/seloste/personal-data.json").toFile());
        TreeSet<String> keys = new TreeSet<>();
        index.get("fields").forEach(f -> keys.add(f.get("className").asText() + "." + f.get("field").asText()));
        assertEquals(new TreeSet<>(List.of("fi.seloste.example.A.a1", "com.example.B.b1", "com.example.B.b2")), keys);
    }

    @Test
    void aFieldRecompiledAloneStillGetsTheBasisOfARegisterNotCompiledNow() throws Exception {
        freshDirectories();
        Path register = write("com/example/chat/package-info.java",
                "@fi.seloste.Register(id = \"chat\", fi = \"Chat\", basis = fi.seloste.LegalBasis.CONTRACT,",
                "        basisLaw = \"Laki X\")",
                "package com.example.chat;");
        String visit = String.join("\n",
                "package com.example.web;",
                "import fi.seloste.*;",
                "@PersonalDataDefaults(register = \"chat\")",
                "public class Visit {",
                "    @PersonalData(purpose = \"Palvelu\", retention = \"P1Y\", source = Sources.DATA_SUBJECT)",
                "    private String name;",
                "%s",
                "}");
        Path web = write("com/example/web/Visit.java", visit.formatted(""));
        compile(register, web);

        // the register is read back from package-info.class: the recompiled field still has its basis
        write("com/example/web/Visit.java", visit.formatted(
                "    @PersonalData(purpose = \"Palvelu\", retention = \"P1Y\", source = Sources.DATA_SUBJECT)\n"
                        + "    private String email;"));
        compile(web);
        JsonNode fields = new ObjectMapper().readTree(out.resolve("META-INF/seloste/personal-data.json").toFile()).get("fields");
        assertEquals(2, fields.size(), fields.toString());
        for (JsonNode f : fields) {
            assertEquals("CONTRACT", f.at("/lawfulness/basis").asText(), f.toString());
            assertEquals("Laki X", f.at("/lawfulness/law").asText(), f.toString());
        }
    }
}
