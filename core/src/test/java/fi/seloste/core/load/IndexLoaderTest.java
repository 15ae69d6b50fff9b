package fi.seloste.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.seloste.core.diagnostic.Problem;
import fi.seloste.core.diagnostic.Problems;
import fi.seloste.index.Index;
import fi.seloste.index.IndexFormat;
import fi.seloste.index.PersonalField;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The index is untrusted input: every malformed shape is a problem of the plugin's catalogue naming the index,
 * never a crash. The index module's own tests check what its reader accepts; these check what the core makes of
 * it: which diagnostic, which message, which origin.
 */
class IndexLoaderTest {

    private static final String FIELD = """
            {"className":"a.B","field":"f","javaType":"java.lang.String","purposes":["p"],"sources":["s"],
             "retention":{"period":"P4M","from":"COLLECTION"}}""";

    @TempDir
    Path dir;

    private final Problems problems = new Problems();

    /** Reads the index from a class folder, as a module's own index is read, under the origin {@code g:dep:1.0}. */
    private Index read(String json) throws Exception {
        return new IndexLoader().load(new IndexSource(classes(json), "g:dep:1.0"), problems).orElseThrow();
    }

    private Path classes(String json) throws Exception {
        Path classes = Files.createTempDirectory(dir, "classes");
        Path file = classes.resolve(IndexFormat.LOCATION);
        Files.createDirectories(file.getParent());
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return classes;
    }

    private List<Problem> found() {
        return problems.list();
    }

    private List<String> messages() {
        return problems.list().stream().map(Problem::message).toList();
    }

    @Test
    void readsAValidIndex() throws Exception {
        Index index = read("""
                {"schemaVersion":1,"mode":"catalogue","fields":[%s],
                 "purposes":[{"key":"p","texts":{"fi":"Palvelu","sv":"Tjänst"},"basis":"CONTRACT","declaredIn":"a.Purposes"}],
                 "registers":[{"id":"chat","names":{"fi":"Chat"}}],
                 "vocabulary":{"sources":[{"key":"s","texts":{"fi":"Asiakas"},"declaredIn":"a.Sources"}]}}""".formatted(FIELD));
        assertEquals(List.of(), found());
        List<PersonalField> fields = index.fields();
        assertEquals(1, fields.size());
        assertEquals("f", fields.get(0).anyLabel(), "without a label the field name is used");
        assertEquals("g:dep:1.0", fields.get(0).origin());
        assertEquals("g:dep:1.0", index.origin());
        assertTrue(index.catalogueMode());
        assertEquals("Tjänst", index.purposes().get(0).texts().get("sv"));
        assertEquals("g:dep:1.0 (a.Purposes)", index.purposes().get(0).whereDeclared(), "the index and the declaring class");
        assertEquals("chat", index.registers().get(0).id());
        assertEquals("g:dep:1.0", index.registers().get(0).whereDeclared(), "without declaredIn, the index alone");
        assertEquals(1, index.terms().size());
        assertEquals("g:dep:1.0 (a.Sources)", index.terms().get(0).whereDeclared());
    }

    @Test
    void readsTheIndexOfAJarUnderTheJarsOrigin() throws Exception {
        Path jar = dir.resolve("dep.jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(IndexFormat.LOCATION));
            zip.write(("{\"schemaVersion\":1,\"fields\":[" + FIELD + "]}").getBytes(StandardCharsets.UTF_8));
        }
        Optional<Index> index = new IndexLoader().load(new IndexSource(jar, "g:jar:2.0"), problems);
        assertEquals(List.of(), found());
        assertEquals("g:jar:2.0", index.orElseThrow().fields().get(0).origin());
    }

    @Test
    void aFolderOrJarWithoutAnIndexHasNone() throws Exception {
        assertEquals(Optional.empty(), new IndexLoader().load(new IndexSource(dir, "g:none:1"), problems));
        Path jar = dir.resolve("plain.jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("a/B.class"));
        }
        assertEquals(Optional.empty(), new IndexLoader().load(new IndexSource(jar, "g:plain:1"), problems));
        assertEquals(List.of(), found());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "{",
        "[]",
        "{\"schemaVersion\":1,\"schemaVersion\":1,\"fields\":[]}",
        "{\"schemaVersion\":1,\"fields\":[{\"className\":\"a.B\",\"className\":\"a.C\"}]}",
        "{\"schemaVersion\":1,\"fields\":[],\"vocabulary\":{\"sources\":[{\"key\":\"s\",\"texts\":{\"fi\":\"a\",\"fi\":\"b\"}}]}}",
        "{\"fields\":[],\"schemaVersion\":1,\"fields\":[]}",
        "{\"schemaVersion\":1,\"fields\":[]} {}",
        "{\"schemaVersion\":1,\"fields\":[]}]",
        "{\"schemaVersion\":1}",
        "{\"schemaVersion\":1,\"fields\":{}}",
        "{\"schemaVersion\":1,\"fields\":[],\"purposes\":{}}",
    })
    void corruptIndexIsUnreadable(String json) throws Exception {
        Index index = read(json);
        assertEquals(List.of(), index.fields());
        assertEquals(1, found().size(), found()::toString);
        String message = found().get(0).message();
        assertTrue(message.matches("\\[SELOSTE-M30[23]\\] the personal-data index g:dep:1\\.0 .*"), message);
    }

    @Test
    void anUnreadableIndexSaysWhyAndHowToFixIt() throws Exception {
        read("{\"schemaVersion\":1}");
        assertEquals(List.of("[SELOSTE-M302] the personal-data index g:dep:1.0 cannot be read: it has no \"fields\" "
                + "array. Rebuild it with ./mvnw clean compile; if it comes from a dependency, rebuild or upgrade that "
                + "dependency"), messages());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"fields\":[]}", "{\"schemaVersion\":2,\"fields\":[]}", "{\"schemaVersion\":\"1\",\"fields\":[]}"})
    void foreignVersionIsRefused(String json) throws Exception {
        read(json);
        assertEquals("SELOSTE-M303", found().get(0).diagnostic().id());
    }

    @Test
    void aForeignVersionIsNamedWithTheVersionThisPluginReads() throws Exception {
        read("{\"schemaVersion\":2,\"fields\":[]}");
        read("{\"fields\":[]}");
        assertEquals(List.of("[SELOSTE-M303] the personal-data index g:dep:1.0 has schemaVersion 2, but this plugin reads "
                        + "version " + IndexFormat.SCHEMA_VERSION + ". Use the same seloste version for seloste-processor and "
                        + "seloste-maven-plugin",
                "[SELOSTE-M303] the personal-data index g:dep:1.0 has schemaVersion (none), but this plugin reads "
                        + "version " + IndexFormat.SCHEMA_VERSION + ". Use the same seloste version for seloste-processor and "
                        + "seloste-maven-plugin"), messages());
    }

    @Test
    void badEntriesAreEachReportedAndTheGoodOnesKept() throws Exception {
        String badPeriod = FIELD.replace("P4M", "4 months");
        String badTrigger = FIELD.replace("COLLECTION", "WHENEVER").replace("\"f\"", "\"g\"");
        String noPurpose = FIELD.replace("[\"p\"]", "[]").replace("\"f\"", "\"h\"");
        String badPurpose = "{\"key\":\"x\",\"texts\":{\"sv\":\"bara svenska\"},\"basis\":\"CONSENT\"}";
        Index index = read("{\"schemaVersion\":1,\"fields\":[" + FIELD + "," + badPeriod + "," + badTrigger + "," + noPurpose
                + "],\"purposes\":[" + badPurpose + "]}");
        List<Problem> problems = found();
        assertEquals(1, index.fields().size());
        assertEquals(4, problems.size(), problems::toString);
        assertTrue(problems.stream().allMatch(p -> p.diagnostic().id().equals("SELOSTE-M304")), problems::toString);
        assertEquals("[SELOSTE-M304] the personal-data index g:dep:1.0 has an invalid entry for purpose 'x': the Finnish "
                + "text is missing. Rebuild with ./mvnw clean compile", problems.get(0).message());
        assertTrue(problems.get(1).message().contains("invalid entry for a.B.f"), problems.get(1).message());
        assertTrue(problems.get(2).message().contains("unknown from 'WHENEVER'"), problems.get(2).message());
        assertTrue(problems.get(3).message().contains("\"purposes\" is missing or empty"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"className\":\"a.B\",\"className\":\"a.C\"}",
        "{\"labels\":{\"fi\":\"a\",\"fi\":\"b\"}}",
        "{\"labels\":{\"fi\":1,\"fi\":\"b\"}}",
        "{\"retention\":{\"period\":\"P1Y\",\"period\":\"P2Y\"}}",
        "{\"retention\":{\"x\":1,\"x\":2}}",
        "{\"zz\":1,\"zz\":2}",
        "{\"special\":true,\"special\":false}",
        "{\"purposes\":[{\"a\":1,\"a\":2}]}",
    })
    void aDuplicateKeyInAnEntryMakesTheIndexUnreadable(String entry) throws Exception {
        Index index = read("{\"schemaVersion\":1,\"fields\":[" + FIELD + "," + entry + "]}");
        assertEquals(List.of(), index.fields());
        assertEquals(1, found().size(), found()::toString);
        assertEquals("SELOSTE-M302", found().get(0).diagnostic().id());
        assertTrue(found().get(0).message().contains("Duplicate field"), found().get(0).message());
    }

    @Test
    void deepNestingIsRefused() throws Exception {
        read("{\"schemaVersion\":1,\"fields\":[],\"x\":" + "[".repeat(100) + "]".repeat(100) + "}");
        assertEquals("SELOSTE-M302", found().get(0).diagnostic().id());
    }

    @Test
    void anIndexOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        Path classes = Files.createTempDirectory(dir, "classes");
        Path file = classes.resolve(IndexFormat.LOCATION);
        Files.createDirectories(file.getParent());
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.SPARSE)) {
            channel.write(ByteBuffer.wrap(new byte[] {' '}), IndexFormat.MAX_BYTES); // one byte over, without the disk
        }
        assertEquals(Optional.empty(), new IndexLoader().load(new IndexSource(classes, "g:big:1"), problems));
        assertEquals(List.of("[SELOSTE-M302] the personal-data index g:big:1 cannot be read: it is larger than "
                + IndexFormat.MAX_BYTES / (1024 * 1024) + " MB. Rebuild it with ./mvnw clean compile; if it comes from "
                + "a dependency, rebuild or upgrade that dependency"), messages());
    }
}
