package fi.seloste.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalogue in another module, found on the class path through its index, without {@code -Aseloste.catalogues}:
 * real javac runs of two modules, the second against the first one's class folder or jar.
 */
class ClassPathCataloguesTest {

    @TempDir
    Path dir;

    /** What javac said, and whether it succeeded. */
    record Result(boolean ok, String messages) {}

    private Path write(Path root, String name, String... lines) throws Exception {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private Result compile(Path out, List<Path> classpath, List<String> options, Path... files) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            Files.createDirectories(out);
            fm.setLocation(StandardLocation.CLASS_OUTPUT, List.of(out.toFile()));
            List<File> path = new ArrayList<>();
            path.add(out.toFile()); // as Maven does: the module's own class output first
            classpath.forEach(p -> path.add(p.toFile()));
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                path.add(new File(entry));
            }
            fm.setLocation(StandardLocation.CLASS_PATH, path);
            fm.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(Files.createDirectories(dir.resolve("generated")).toFile()));
            JavaCompiler.CompilationTask task = javac.getTask(null, fm, diagnostics, options, null, fm.getJavaFileObjects(files));
            task.setProcessors(List.of(new PersonalDataProcessor()));
            boolean ok = task.call();
            StringBuilder messages = new StringBuilder();
            diagnostics.getDiagnostics().forEach(d -> messages.append(d.getKind()).append(": ").append(d.getMessage(null)).append('\n'));
            return new Result(ok, messages.toString());
        }
    }

    /** The catalogue module: a register in its package-info, two purposes, a source; no personal field. */
    private Path catalogueModule() throws Exception {
        Path src = dir.resolve("catalogue-src");
        Path out = dir.resolve("catalogue-classes");
        Result r = compile(out, List.of(), List.of(),
                write(src, "com/example/catalogue/package-info.java",
                        "@fi.seloste.Register(id = \"customers\", fi = \"Asiakasrekisteri\", sv = \"Kundregistret\",",
                        "        en = \"Customer register\", purposes = Purposes.SERVICE)",
                        "package com.example.catalogue;"),
                write(src, "com/example/catalogue/Registers.java",
                        "package com.example.catalogue;",
                        "public final class Registers { public static final String CUSTOMERS = \"customers\"; }"),
                write(src, "com/example/catalogue/Purposes.java",
                        "package com.example.catalogue;",
                        "import fi.seloste.*;",
                        "public final class Purposes {",
                        "    @Purpose(fi = \"Asiakaspalvelu\", sv = \"Kundtjänst\", en = \"Customer service\", basis = LegalBasis.CONTRACT)",
                        "    public static final String SERVICE = \"service\";",
                        "    @Purpose(fi = \"Markkinointi\", sv = \"Marknadsföring\", en = \"Marketing\", basis = LegalBasis.CONSENT)",
                        "    public static final String MARKETING = \"marketing\";",
                        "}"),
                write(src, "com/example/catalogue/Sources.java",
                        "package com.example.catalogue;",
                        "import fi.seloste.*;",
                        "public final class Sources {",
                        "    @Source(fi = \"Kumppani\", sv = \"Partner\", en = \"Partner\", kind = SourceKind.THIRD_PARTY)",
                        "    public static final String PARTNER = \"partner\";",
                        "}"));
        assertTrue(r.ok(), r.messages());
        assertTrue(Files.isRegularFile(out.resolve("META-INF/seloste/personal-data.json")), "the catalogue has an index");
        return out;
    }

    private Path app() throws Exception {
        return write(dir.resolve("app-src"), "com/example/app/Customer.java",
                "package com.example.app;",
                "import com.example.catalogue.Purposes;",
                "import com.example.catalogue.Registers;",
                "import fi.seloste.*;",
                "@PersonalDataDefaults(register = Registers.CUSTOMERS)",
                "public class Customer {",
                "    @PersonalData(purpose = Purposes.SERVICE, retention = \"P1Y\", source = com.example.catalogue.Sources.PARTNER,",
                "                  label = \"Nimi\", labelSv = \"Namn\", labelEn = \"Name\")",
                "    private String name;",
                "}");
    }

    private static JsonNode index(Path classes) throws Exception {
        return new ObjectMapper().readTree(classes.resolve("META-INF/seloste/personal-data.json").toFile());
    }

    private static TreeSet<String> keys(JsonNode array, String field) {
        TreeSet<String> keys = new TreeSet<>();
        array.forEach(n -> keys.add(n.get(field).asText()));
        return keys;
    }

    @Test
    void aCatalogueInAClassFolderIsFoundWithoutOptions() throws Exception {
        Path catalogue = catalogueModule();
        Path out = dir.resolve("app-classes");
        Result r = compile(out, List.of(catalogue), List.of(), app());
        assertTrue(r.ok(), r.messages());
        assertFalse(r.messages().contains("WARNING"), r.messages());
        JsonNode index = index(out);
        assertEquals("catalogue", index.get("mode").asText(), "the catalogue's purposes make this a catalogue project");
        assertEquals("customers", index.at("/fields/0/register").asText());
        assertEquals("[customers]", keys(index.get("registers"), "id").toString());
        assertEquals("[service]", keys(index.get("purposes"), "key").toString(),
                "only what this module uses: the catalogue's own index has the rest");
        assertEquals("com.example.catalogue.Purposes", index.at("/purposes/0/declaredIn").asText());
        assertEquals("[partner]", keys(index.at("/vocabulary/sources"), "key").toString());
    }

    @Test
    void aCatalogueInAJarIsFoundWithoutOptions() throws Exception {
        Path catalogue = catalogueModule();
        Path jar = dir.resolve("catalogue.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
                Stream<Path> files = Files.walk(catalogue)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                out.putNextEntry(new JarEntry(catalogue.relativize(f).toString().replace(File.separatorChar, '/')));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        }
        Path out = dir.resolve("app-classes");
        Result r = compile(out, List.of(jar), List.of(), app());
        assertTrue(r.ok(), r.messages());
        assertEquals("customers", index(out).at("/fields/0/register").asText());
    }

    @Test
    void withoutTheCatalogueTheSameCodeIsTold() throws Exception {
        catalogueModule();
        Path stub = write(dir.resolve("stub-src"), "com/example/catalogue/Purposes.java",
                "package com.example.catalogue;",
                "public final class Purposes { public static final String SERVICE = \"service\"; }");
        Path stubRegisters = write(dir.resolve("stub-src"), "com/example/catalogue/Registers.java",
                "package com.example.catalogue;",
                "public final class Registers { public static final String CUSTOMERS = \"customers\"; }");
        Path stubSources = write(dir.resolve("stub-src"), "com/example/catalogue/Sources.java",
                "package com.example.catalogue;",
                "public final class Sources { public static final String PARTNER = \"partner\"; }");
        Path stubClasses = dir.resolve("stub-classes");
        assertTrue(compile(stubClasses, List.of(), List.of("-proc:none"), stub, stubRegisters, stubSources).ok());
        Result r = compile(dir.resolve("app-classes"), List.of(stubClasses), List.of(), app());
        assertFalse(r.ok(), "a class path without the catalogue's index knows no register 'customers'");
        assertTrue(r.messages().contains("[SELOSTE-P115]"), r.messages());
    }

    @Test
    void aOneFileRecompileFindsTheCatalogueThroughThePreviousIndex() throws Exception {
        Path catalogue = catalogueModule();
        Path out = dir.resolve("app-classes");
        Path note = write(dir.resolve("app-src"), "com/example/app/Note.java",
                "package com.example.app;",
                "import fi.seloste.*;",
                "@PersonalDataDefaults(register = \"customers\")",
                "public class Note {",
                "    @PersonalData(purpose = \"service\", retention = \"P1Y\", source = \"partner\")",
                "    private String text;",
                "}");
        assertTrue(compile(out, List.of(catalogue), List.of(), app(), note).ok());
        // Note.java alone names the catalogue's keys as literals and imports nothing from it
        Result r = compile(out, List.of(catalogue), List.of(), note);
        assertTrue(r.ok(), r.messages());
        List<String> fields = new ArrayList<>();
        index(out).get("fields").forEach(f -> fields.add(f.get("className").asText().replace("com.example.app.", "")
                + "." + f.get("field").asText() + " in " + f.get("register").asText()));
        assertEquals(List.of("Customer.name in customers", "Note.text in customers"), fields);
    }

    @Test
    void aDeclarationThatDiffersFromTheCataloguesIsAConflict() throws Exception {
        Path catalogue = catalogueModule();
        Path mine = write(dir.resolve("app-src"), "com/example/app/MyPurposes.java",
                "package com.example.app;",
                "import fi.seloste.*;",
                "public final class MyPurposes {",
                "    @Purpose(fi = \"Palvelu\", basis = LegalBasis.CONTRACT)",
                "    public static final String SERVICE = \"service\";",
                "}");
        Result r = compile(dir.resolve("app-classes"), List.of(catalogue), List.of(), app(), mine);
        assertFalse(r.ok());
        assertTrue(r.messages().contains("[SELOSTE-P132] Purpose 'service' is declared twice with different content: "
                + "in com.example.catalogue.Purposes and in com.example.app.MyPurposes"), r.messages());
    }

    @Test
    void anUnreadableIndexOnTheClassPathIsAWarning() throws Exception {
        Path catalogue = catalogueModule();
        Files.writeString(catalogue.resolve("META-INF/seloste/personal-data.json"), "{\"schemaVersion\" : 99}");
        Result r = compile(dir.resolve("app-classes"), List.of(catalogue), List.of(), app());
        assertTrue(r.messages().contains("WARNING: [SELOSTE-P805] the personal-data index in " + catalogue
                + " on the class path could not be read (schemaVersion 99 is not 1)"), r.messages());
    }
}
