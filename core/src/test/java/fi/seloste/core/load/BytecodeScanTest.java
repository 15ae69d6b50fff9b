package fi.seloste.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.seloste.core.diagnostic.Diagnostic;
import fi.seloste.core.diagnostic.Problem;
import fi.seloste.core.diagnostic.Problems;
import fi.seloste.index.Index;
import fi.seloste.index.ClaimedAnnotations;
import java.io.ByteArrayOutputStream;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scan decides "this module needs no index" from {@link ClaimedAnnotations#ALL}, the list seloste-processor
 * claims: javac compiles one class per claimed annotation, and the scan must find each in the class file javac wrote.
 * The annotations are declared here with {@code CLASS} retention (persistence APIs are not on the test class path);
 * the scan reads only their descriptors, and seloste's own are checked to keep theirs in the class file too.
 */
class BytecodeScanTest {

    @TempDir
    static Path dir;

    /** javac's output: class {@code claimed.C<i>} carries the i-th claimed annotation; {@code plain.Plain} none. */
    static Path classes;

    @BeforeAll
    static void compile() throws Exception {
        Path sources = Files.createDirectories(dir.resolve("src"));
        classes = Files.createDirectories(dir.resolve("classes"));
        List<String> files = new ArrayList<>();
        for (int i = 0; i < ClaimedAnnotations.ALL.size(); i++) {
            String name = ClaimedAnnotations.ALL.get(i);
            int dot = name.lastIndexOf('.');
            files.add(write(sources, name, "package " + name.substring(0, dot) + ";\n"
                    + "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.CLASS)\n"
                    + "public @interface " + name.substring(dot + 1) + " {}\n"));
            files.add(write(sources, "claimed.C" + i, "package claimed;\n@" + name + "\nclass C" + i + " { @" + name + " String value; }\n"));
            files.add(write(sources, "claimed.K" + i, "package claimed;\n@" + name + "\nclass K" + i + " {}\n"));
        }
        files.add(write(sources, "plain.Plain", "package plain;\n@Deprecated\nclass Plain { String name; }\n"));
        files.add(write(sources, "mention.Mention", String.join("\n",
                "package mention;",
                "import fi.seloste.PersonalData;",
                "import java.util.List;",
                "class Mention<T extends PersonalData> {",
                "    List<Class<PersonalData>> kinds = List.of(PersonalData.class);",
                "    PersonalData annotation;",
                "    PersonalData read(Class<PersonalData> type, List<? super PersonalData> into) { return null; }",
                "    @SuppressWarnings(\"unused\") String name;",
                "}")));
        files.add(write(sources, "local.Chat", String.join("\n",
                "package local;",
                "class Chat {",
                "    @fi.seloste.PersonalData String name;",
                "    static class Member { @fi.seloste.PersonalData String email; }",
                "    Object summary() {",
                "        record Line(@fi.seloste.PersonalData String author, String text) {}",
                "        class Plain { String nothing; }",
                "        return new Object() {",
                "            @fi.seloste.PersonalData String caller;",
                "            class Inner { @fi.seloste.PersonalData String deep; }",
                "            Object all = List.of(new Line(\"a\", \"b\"), new Plain(), new Inner());",
                "        };",
                "    }",
                "    interface List { static Object of(Object... o) { return o; } }",
                "}")));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> arguments = new ArrayList<>(List.of("-proc:none", "-classpath", Files.createDirectories(dir.resolve("empty")).toString(), "-d",
                classes.toString()));
        arguments.addAll(files);
        int status = javac.run(null, out, out, arguments.toArray(String[]::new));
        assertEquals(0, status, out.toString(StandardCharsets.UTF_8));
    }

    private static String write(Path sources, String qualifiedName, String source) throws Exception {
        Path file = sources.resolve(qualifiedName.replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source, StandardCharsets.UTF_8);
        return file.toString();
    }

    /** @return a class folder holding only the given class file of javac's output */
    private static Path folderWith(String className) throws Exception {
        Path folder = Files.createTempDirectory(dir, "module");
        Path file = folder.resolve(className.replace('.', '/') + ".class");
        Files.createDirectories(file.getParent());
        Files.copy(classes.resolve(className.replace('.', '/') + ".class"), file);
        return folder;
    }

    static List<Integer> claimed() {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < ClaimedAnnotations.ALL.size(); i++) {
            indexes.add(i);
        }
        return indexes;
    }

    @ParameterizedTest
    @MethodSource("claimed")
    void aClassCarryingAClaimedAnnotationNeedsAnIndex(int i) throws Exception {
        String annotation = ClaimedAnnotations.ALL.get(i);
        Path module = folderWith("claimed.C" + i);
        BytecodeScan.Result scan = BytecodeScan.scanFolder(module);
        assertTrue(scan.claimed(), "the scan misses @" + annotation);
        assertEquals(Set.of("claimed.C" + i), scan.present());
        assertEquals(annotation.equals("fi.seloste.PersonalData") ? Set.of("claimed.C" + i) : Set.of(), scan.annotated(),
                "only @PersonalData makes a class annotated");
        assertFalse(BytecodeCheck.needsNoIndex(new IndexSource(module, "g:a:1"), new Problems()));
    }

    @Test
    void aClassWithoutAnyNeedsNoIndex() throws Exception {
        Path module = folderWith("plain.Plain");
        BytecodeScan.Result scan = BytecodeScan.scanFolder(module);
        assertFalse(scan.claimed());
        assertEquals(Set.of("plain.Plain"), scan.present());
        assertTrue(BytecodeCheck.needsNoIndex(new IndexSource(module, "g:a:1"), new Problems()));
    }

    @Test
    void selostesOwnClaimedAnnotationsStayInTheClassFile() throws Exception {
        assertNotEquals(List.of(), ClaimedAnnotations.SELOSTE);
        for (String name : ClaimedAnnotations.SELOSTE) {
            Retention retention = Class.forName(name).getAnnotation(Retention.class);
            assertNotNull(retention, name + " declares its retention");
            assertNotEquals(RetentionPolicy.SOURCE, retention.value(), name + " must reach the bytecode the scan reads");
        }
    }

    @ParameterizedTest
    @MethodSource("claimed")
    void anAnnotationOnTheClassOnlyClaimsButDoesNotMakeItAnnotated(int i) throws Exception {
        BytecodeScan.Result scan = BytecodeScan.scanFolder(folderWith("claimed.K" + i));
        assertTrue(scan.claimed(), "the scan misses @" + ClaimedAnnotations.ALL.get(i) + " on a class");
        assertEquals(Set.of(), scan.annotated(), "only a field carrying @PersonalData counts");
    }

    /**
     * Issue 13, finding 8: a class that only mentions the type (a generic signature, a field or parameter of the
     * annotation's type, a class literal, a type bound) carried its descriptor in the constant pool, was taken as
     * annotated, and the build failed with SELOSTE-M307 even right after {@code clean}.
     */
    @Test
    void aClassThatOnlyMentionsPersonalDataIsNeitherAnnotatedNorClaiming() throws Exception {
        Path module = folderWith("mention.Mention");
        byte[] bytes = Files.readAllBytes(module.resolve("mention/Mention.class"));
        assertTrue(BytecodeScan.contains(bytes, "Lfi/seloste/PersonalData;".getBytes(StandardCharsets.UTF_8)),
                "the class file does mention the descriptor");
        BytecodeScan.Result scan = BytecodeScan.scanFolder(module);
        assertEquals(Set.of(), scan.annotated());
        assertFalse(scan.claimed());
        assertEquals(Map.of(), scan.unreadable());
        Problems problems = new Problems();
        BytecodeCheck.verify(new IndexSource(module, "g:a:1"), Index.empty("g:a:1"), problems);
        assertEquals(List.of(), problems.list());
        assertTrue(BytecodeCheck.needsNoIndex(new IndexSource(module, "g:a:1"), problems));
    }

    /**
     * javac shows no processor a local or anonymous class (nor one nested in it), so no index can list their fields:
     * the plugin says so (SELOSTE-M313) instead of "rebuild cleanly" (SELOSTE-M307), which stays for member classes.
     */
    @Test
    void personalDataInLocalAndAnonymousClassesIsTold() throws Exception {
        Path module = Files.createTempDirectory(dir, "module");
        try (Stream<Path> files = Files.list(classes.resolve("local"))) {
            Files.createDirectories(module.resolve("local"));
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, module.resolve("local").resolve(file.getFileName()));
            }
        }
        BytecodeScan.Result scan = BytecodeScan.scanFolder(module);
        assertEquals(Set.of("local.Chat", "local.Chat$Member", "local.Chat$1Line", "local.Chat$1", "local.Chat$1$Inner"),
                scan.annotated());
        assertEquals(Set.of("local.Chat$1Line", "local.Chat$1", "local.Chat$1$Inner"), scan.local());
        assertTrue(scan.claimed());

        Problems problems = new Problems();
        BytecodeCheck.verify(new IndexSource(module, "g:chat:1"), Index.empty("g:chat:1"), problems);
        List<Problem> listed = problems.list();
        assertEquals(List.of(Diagnostic.LOCAL_CLASS_NOT_INDEXED, Diagnostic.INDEX_INCOMPLETE),
                listed.stream().map(Problem::diagnostic).toList(), listed.toString());
        assertTrue(listed.get(0).message().contains("[SELOSTE-M313] g:chat:1 has @PersonalData on fields of local or "
                + "anonymous classes: local.Chat$1, local.Chat$1$Inner, local.Chat$1Line. javac never shows"), listed.get(0).message());
        assertTrue(listed.get(0).message().contains("Move each field into a member or top-level class"));
        assertTrue(listed.get(1).message().contains("misses classes whose bytecode carries @PersonalData: local.Chat, "
                + "local.Chat$Member. "), listed.get(1).message());
    }

    /**
     * javac looks for the annotations a processor claims only on the classes it shows processors, so a module whose only
     * {@code @PersonalData} is in a local class has no index: that is said with SELOSTE-M313, not "no index" (M301).
     */
    @Test
    void aModuleWhoseOnlyPersonalDataIsLocalIsToldWhy() throws Exception {
        Path module = Files.createTempDirectory(dir, "module");
        Files.createDirectories(module.resolve("local"));
        for (String name : List.of("Chat$1Line", "Chat$1$Inner")) {
            Files.copy(classes.resolve("local/" + name + ".class"), module.resolve("local/" + name + ".class"));
        }
        BytecodeScan.Result scan = BytecodeScan.scanFolder(module);
        assertFalse(scan.claimed(), "javac would not run the processor for these");
        Problems problems = new Problems();
        assertTrue(BytecodeCheck.needsNoIndex(new IndexSource(module, "g:chat:1"), problems));
        assertEquals(List.of(Diagnostic.LOCAL_CLASS_NOT_INDEXED), problems.list().stream().map(Problem::diagnostic).toList());
        assertTrue(problems.list().get(0).message().contains("local.Chat$1$Inner, local.Chat$1Line"), problems.list().toString());
    }

    /**
     * A class file is untrusted input: one that does not follow the format never throws out of the scan, but is
     * reported once per source with what is wrong (SELOSTE-M314) and counts as neither annotated nor claiming.
     */
    @Test
    void aMalformedClassFileIsReportedNotThrown() throws Exception {
        Path module = folderWith("claimed.C0");
        Files.write(module.resolve("claimed/Garbage.class"), "not a class".getBytes(StandardCharsets.UTF_8));
        byte[] real = Files.readAllBytes(module.resolve("claimed/C0.class"));
        Files.write(module.resolve("claimed/Cut.class"), java.util.Arrays.copyOf(real, real.length - 3));
        BytecodeScan.Result scan = BytecodeScan.scanFolder(module);
        assertEquals(Set.of("claimed.C0"), scan.annotated());
        assertEquals(Set.of("claimed.C0", "claimed.Cut", "claimed.Garbage"), scan.present());
        assertEquals(Map.of("claimed/Cut.class", "attribute RuntimeInvisibleAnnotations is longer than the file",
                "claimed/Garbage.class", "it does not start with 0xCAFEBABE"), scan.unreadable());

        Problems problems = new Problems();
        assertFalse(BytecodeCheck.needsNoIndex(new IndexSource(module, "g:a:1"), problems));
        assertEquals(1, problems.list().size());
        assertTrue(problems.list().get(0).message().contains("[SELOSTE-M314] g:a:1 has class files that are not "
                + "well-formed, so whether they carry @PersonalData cannot be checked: claimed/Cut.class (attribute "
                + "RuntimeInvisibleAnnotations is longer than the file), claimed/Garbage.class (it does not start with 0xCAFEBABE)"), problems.list().toString());
    }

    /** The names in a hostile class file, and the file's own name, reach the build log only as escapes. */
    @Test
    void aHostileClassFileCannotWriteIntoTheBuildLog() throws Exception {
        Path module = Files.createTempDirectory(dir, "module");
        byte[] real = StandInClassFiles.annotated("evil.Evil");
        byte[] named = new String(real, StandardCharsets.ISO_8859_1)
                .replace("RuntimeInvisibleAnnotations", "\u001b[2JRuntimeInvisibleAnnotat") // the same length
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.createDirectories(module.resolve("evil"));
        Files.write(module.resolve("evil/Evil\u001b[31m\u202e.class"), java.util.Arrays.copyOf(named, named.length - 5)); // into the field's attribute
        Problems problems = new Problems();
        BytecodeCheck.needsNoIndex(new IndexSource(module, "g:evil:1"), problems);
        String message = problems.list().get(0).message();
        assertTrue(message.contains("evil/Evil\\u001b[31m\\u202e.class (an attribute is longer than the file)"), message);
        assertFalse(message.chars().anyMatch(c -> c == 0x1b || c == 0x202e) || message.contains("[2J"), message);
    }

    /** Every prefix and every single-byte change of real class files is read or refused, never thrown. */
    @Test
    void damagedClassFilesNeverThrow() throws Exception {
        java.util.Random random = new java.util.Random(13);
        for (String name : List.of("local/Chat$1.class", "mention/Mention.class", "claimed/C0.class")) {
            byte[] real = Files.readAllBytes(classes.resolve(name));
            for (int length = 0; length < real.length; length++) {
                assertRefusedOrRead(java.util.Arrays.copyOf(real, length), name + " cut at " + length);
            }
            for (int n = 0; n < 3_000; n++) {
                byte[] damaged = real.clone();
                int at = random.nextInt(real.length);
                damaged[at] = (byte) random.nextInt(256);
                assertRefusedOrRead(damaged, name + " changed at " + at);
            }
        }
        byte[] deep = deeplyNested(10_000);
        assertRefusedOrRead(deep, "annotation values nested 10,000 deep");
    }

    private static void assertRefusedOrRead(byte[] bytes, String what) {
        try {
            ClassFileFacts.read(bytes);
        } catch (ClassFileFacts.Malformed expected) {
            // refused with a reason
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(what + " threw " + e, e);
        }
    }

    /** A minimal class file whose one class annotation nests array values {@code depth} deep. */
    private static byte[] deeplyNested(int depth) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.DataOutputStream out = new java.io.DataOutputStream(bytes);
        out.writeInt(0xCAFEBABE);
        out.writeShort(0);
        out.writeShort(61);
        out.writeShort(5); // constants 1..4
        out.writeByte(1);
        out.writeUTF("Deep");
        out.writeByte(7);
        out.writeShort(1);
        out.writeByte(1);
        out.writeUTF("RuntimeInvisibleAnnotations");
        out.writeByte(1);
        out.writeUTF("Lfi/seloste/PersonalData;");
        out.writeShort(0); // access
        out.writeShort(2); // this
        out.writeShort(0); // super
        out.writeShort(0); // interfaces
        out.writeShort(0); // fields
        out.writeShort(0); // methods
        out.writeShort(1); // attributes
        out.writeShort(3);
        out.writeInt(2 + 2 + 2 + 2 + 3 * depth + 3);
        out.writeShort(1);
        out.writeShort(4);
        out.writeShort(1);
        out.writeShort(1); // element name
        for (int i = 0; i < depth; i++) {
            out.writeByte('[');
            out.writeShort(1);
        }
        out.writeByte('Z');
        out.writeShort(1);
        return bytes.toByteArray();
    }
}
