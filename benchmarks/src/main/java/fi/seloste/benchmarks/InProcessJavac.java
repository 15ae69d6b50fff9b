package fi.seloste.benchmarks;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Runs the JDK's javac inside this JVM through {@code javax.tools}, so that after warm-up the compiler is
 * JIT-compiled and runs are compared without JVM start-up noise, and reads seloste's timing NOTE back.
 */
final class InProcessJavac {

    private static final Pattern TIMING = Pattern.compile(
            "seloste: process\\(\\) ([0-9.]+) ms over (\\d+) rounds, (\\d+) personal fields, (\\d+) undeclared");

    private final JavaCompiler compiler;
    private final SelosteProcessorJar seloste;
    private final Path annotations;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    InProcessJavac(SelosteProcessorJar seloste, Path annotations) {
        this.compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no system Java compiler: run the benchmark on a JDK, not a JRE");
        }
        this.seloste = seloste;
        this.annotations = annotations;
    }

    /** @return the collectors' accumulated collection (pause) time */
    private static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }

    /**
     * Compiles {@code sources} into {@code classes} (generated sources into {@code generated}).
     *
     * @param configuration which processor and options
     * @param sources the files to compile
     * @param classes the class output, also put on the class path (for one-file recompiles)
     * @param generated the source output
     * @return the measurement
     * @throws IllegalStateException when javac reports an error
     */
    CompileResult compile(Configuration configuration, List<Path> sources, Path classes, Path generated) throws IOException {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = new ArrayList<>(List.of("--release", "17", "-encoding", "UTF-8", "-implicit:none"));
        options.addAll(configuration.options);
        List<Processor> processors = configuration.noOp ? List.of(new NoOpProcessor(configuration == Configuration.NO_OP_ONE_FILE))
                : configuration.seloste ? List.of(seloste.newInstance()) : null;
        boolean ok;
        long wall;
        long cpu;
        long gc;
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
            files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generated));
            files.setLocationFromPaths(StandardLocation.CLASS_PATH, List.of(classes, annotations));
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
            long gcStart = gcMillis();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            JavaCompiler.CompilationTask task = compiler.getTask(null, files, diagnostics, options, null, units);
            if (processors != null) {
                task.setProcessors(processors);
            }
            ok = task.call();
            wall = System.nanoTime() - start;
            cpu = threads.getCurrentThreadCpuTime() - cpuStart;
            gc = gcMillis() - gcStart;
        }
        double processMillis = Double.NaN;
        int rounds = 0;
        int personal = -1;
        int undeclared = -1;
        int warnings = 0;
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            String message = d.getMessage(Locale.ROOT);
            switch (d.getKind()) {
                case ERROR -> errors.add(d.toString());
                case WARNING, MANDATORY_WARNING -> warnings++;
                default -> {
                    Matcher m = TIMING.matcher(message);
                    if (m.find()) {
                        processMillis = Double.parseDouble(m.group(1));
                        rounds = Integer.parseInt(m.group(2));
                        personal = Integer.parseInt(m.group(3));
                        undeclared = Integer.parseInt(m.group(4));
                    }
                }
            }
        }
        if (!ok || !errors.isEmpty()) {
            throw new IllegalStateException("javac failed (" + configuration.label + "), " + errors.size() + " errors; first: "
                    + String.join("\n", errors.subList(0, Math.min(5, errors.size()))));
        }
        if (configuration.seloste && Double.isNaN(processMillis)) {
            throw new IllegalStateException("seloste printed no timing NOTE; does the jar support -Aseloste.timing=true?");
        }
        return new CompileResult(wall / 1e6, cpu / 1e6, gc, processMillis, rounds, personal, undeclared, warnings);
    }
}
