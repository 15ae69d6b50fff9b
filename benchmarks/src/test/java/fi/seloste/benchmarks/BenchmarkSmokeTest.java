package fi.seloste.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.seloste.Purpose;
import fi.seloste.benchmarks.documents.DocumentWorkload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the benchmarks from rotting without running them: the projects both benchmarks generate, at a tiny size,
 * must still compile against the current annotations (annotation processing off, so this takes a second or two).
 */
class BenchmarkSmokeTest {

    @TempDir
    Path dir;

    @Test
    void theCompileTimeBenchmarksProjectCompiles() throws Exception {
        SyntheticProject project = SyntheticProject.generate(dir.resolve("synthetic"), 20, 4);

        assertEquals(20 * 4, project.personalFields());
        assertCompiles(project.sources());
    }

    @Test
    void theMinimalIndexerWritesOneLinePerPersonalField() throws Exception {
        SyntheticProject project = SyntheticProject.generate(dir.resolve("minimal"), 10, 4);
        Path annotations = Path.of(Purpose.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path classes = Files.createDirectories(dir.resolve("minimal-classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (var files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            files.setLocationFromPaths(javax.tools.StandardLocation.CLASS_OUTPUT, List.of(classes));
            files.setLocationFromPaths(javax.tools.StandardLocation.CLASS_PATH, List.of(annotations));
            javax.tools.DiagnosticCollector<javax.tools.JavaFileObject> diagnostics = new javax.tools.DiagnosticCollector<>();
            var task = javac.getTask(null, files, diagnostics, List.of("-encoding", "UTF-8"), null,
                    files.getJavaFileObjectsFromPaths(project.sources()));
            task.setProcessors(List.of(new MinimalIndexer()));
            assertTrue(task.call());
            // the cold benchmark reads this note beside seloste's own -Aseloste.timing
            assertTrue(diagnostics.getDiagnostics().stream().anyMatch(d -> d.getKind() == javax.tools.Diagnostic.Kind.NOTE
                    && d.getMessage(java.util.Locale.ROOT).matches("minimal indexer: process\\(\\) [0-9]+\\.[0-9] ms")),
                    diagnostics.getDiagnostics().toString());
        }
        List<String> lines = Files.readAllLines(classes.resolve("META-INF/minimal-index.txt"));
        assertEquals(project.personalFields(), lines.size());
        assertTrue(lines.get(0).contains("\tpurpose="), lines.get(0));
    }

    @Test
    void childCpuTimeCountsAChildOnceItIsReaped() throws Exception {
        ChildCpuTime cpu = ChildCpuTime.probe();
        org.junit.jupiter.api.Assumptions.assumeFalse(Double.isNaN(cpu.reapedMillis()), "CPU time of children is read on Linux only");
        // a child that keeps a core busy (about 1.5 s of shell arithmetic here) while this JVM only waits: the time is
        // counted as the child's, not as this process's own
        double before = cpu.reapedMillis();
        Process busy = new ProcessBuilder("sh", "-c", "i=0; while [ $i -lt 1000000 ]; do i=$((i+1)); done").start();
        assertEquals(0, busy.waitFor());
        double after = cpu.reapedMillis();
        assertTrue(after - before >= 250, "the busy child's CPU time counted: " + (after - before) + " ms");
    }

    @Test
    void theDocumentBenchmarksProjectCompiles() throws Exception {
        Path root = dir.resolve("documents");
        int files = new DocumentWorkload(root, 60, "0.1.0-SNAPSHOT").write();

        List<Path> sources = javaFiles(root);
        assertEquals(files, sources.size());
        assertTrue(Files.isRegularFile(root.resolve("pom.xml")));
        for (String module : DocumentWorkload.registerModules()) {
            assertTrue(Files.isRegularFile(root.resolve(module).resolve("pom.xml")), module);
        }
        sources.add(write("jakarta/persistence/Entity.java", "package jakarta.persistence;\n"
                + "@java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE) public @interface Entity {}\n"));
        sources.add(write("jakarta/persistence/Id.java", "package jakarta.persistence;\n"
                + "@java.lang.annotation.Target(java.lang.annotation.ElementType.FIELD) public @interface Id {}\n"));
        assertCompiles(sources);
    }

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve("stubs").resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return new ArrayList<>(walk.filter(p -> p.toString().endsWith(".java")).sorted().toList());
        }
    }

    private void assertCompiles(List<Path> sources) throws IOException, URISyntaxException {
        Path annotations = Path.of(Purpose.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path classes = Files.createDirectories(dir.resolve("classes-" + sources.size()));
        List<String> args = new ArrayList<>(List.of("-proc:none", "-encoding", "UTF-8", "-d", classes.toString(),
                "-classpath", annotations.toString()));
        sources.forEach(s -> args.add(s.toString()));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = javac.run(null, err, err, args.toArray(String[]::new));
        assertEquals(0, exit, () -> err.toString(StandardCharsets.UTF_8));
    }
}
