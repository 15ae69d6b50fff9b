package fi.seloste.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.seloste.core.diagnostic.Problems;
import fi.seloste.index.ClaimedAnnotations;
import java.io.ByteArrayOutputStream;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
            files.add(write(sources, "claimed.C" + i, "package claimed;\n@" + name + "\nclass C" + i + " {}\n"));
        }
        files.add(write(sources, "plain.Plain", "package plain;\n@Deprecated\nclass Plain { String name; }\n"));
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
}
