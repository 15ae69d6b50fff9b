package fi.seloste.benchmarks.documents;

import fi.seloste.index.IndexFormat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.seloste.benchmarks.Machine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one command that answers "how long does {@code seloste:generate} take on a large system, and in how much
 * heap?": builds a generated project per size with the real processor, times the plugin's Maven-free core in a
 * JVM of its own with a small heap, searches the smallest heap it completes in, times the whole
 * {@code ./mvnw seloste:generate}, checks both wrote the same bytes, and prints the Markdown report that also goes
 * to {@code target/documents/results.md}.
 */
public final class DocumentBenchmark {

    private static final Pattern RUN = Pattern.compile("RUN (\\w+) (.*)");
    private static final Pattern VALUE = Pattern.compile("(\\w+)=([0-9.]+)");

    private final DocumentSettings settings;

    private DocumentBenchmark(DocumentSettings settings) {
        this.settings = settings;
    }

    /** One core run, as {@link CoreRun} printed it. */
    record CoreSample(double total, double cpu, double processCpu, double baseMb, double peakMb, double afterGcMb, long gcs,
            long gcMs, long documents, long bytes) {

        static CoreSample parse(String values) {
            Map<String, Double> v = new TreeMap<>();
            Matcher m = VALUE.matcher(values);
            while (m.find()) {
                v.put(m.group(1), Double.parseDouble(m.group(2)));
            }
            return new CoreSample(v.get("total"), v.get("cpu"), v.get("processCpu"), v.get("baseMb"), v.get("peakMb"), v.get("afterGcMb"),
                    v.get("gcs").longValue(), v.get("gcMs").longValue(), v.get("documents").longValue(), v.get("bytes").longValue());
        }
    }

    /**
     * Everything measured at one size.
     *
     * @param fields the field count
     * @param classes entity classes
     * @param indexes index bytes by module
     * @param indexFields fields in the index, by module
     * @param build how long the project's {@code ./mvnw install} took, or {@code NaN} when it was reused
     * @param heap the {@code -Xmx} the core was timed at
     * @param failedHeap the {@code -Xmx} the core ran out of memory at before, or {@code null}
     * @param jvm the core JVM's heap and collectors
     * @param core the measured core runs
     * @param floorPassed heap sizes (MB) the core completed in
     * @param floorFailed the first heap size it did not complete in, or 0
     * @param maven wall times of the measured {@code ./mvnw} runs
     * @param identical whether {@code ./mvnw} wrote the same files and bytes as the core, or {@code null} when not run
     * @param coreBusy the share of CPU other work used just before the core was timed, or {@code NaN}
     * @param mavenBusy the same before the {@code ./mvnw} runs
     * @param mavenBaseline wall times of {@code ./mvnw -q -o validate} in the same module: Maven without seloste
     */
    record SizeResult(int fields, int classes, Map<String, Long> indexes, Map<String, Integer> indexFields, double build,
            String heap, String failedHeap, String jvm, List<CoreSample> core, List<Integer> floorPassed, int floorFailed, List<Double> maven, Boolean identical,
            double coreBusy, double mavenBusy, List<Double> mavenBaseline) {}

    public static void main(String[] args) throws Exception {
        DocumentSettings settings = DocumentSettings.fromSystemProperties();
        long start = System.nanoTime();
        String machine = Machine.describe();
        String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE);
        System.out.println("seloste document-generation benchmark");
        System.out.println("Machine: " + machine);
        System.out.println("Sizes: " + settings.sizes() + " fields; core: " + settings.warmup() + " warm-up + " + settings.runs()
                + " measured runs at -Xmx" + settings.heap() + "; ./mvnw: 1 + " + settings.mavenRuns() + " runs");
        System.out.println("Local repository: " + settings.repository() + " (tail " + settings.tail() + ")");
        if (settings.coreJar() != null) {
            System.out.println("Core timed from " + settings.coreJar());
        }
        DocumentBenchmark benchmark = new DocumentBenchmark(settings);
        List<SizeResult> results = new ArrayList<>();
        for (int n : settings.sizes()) {
            results.add(benchmark.measure(n));
        }
        String report = new DocumentReport(settings, machine, date, results).markdown()
                + String.format(Locale.ROOT, "%nTotal benchmark time: %.1f min%n", (System.nanoTime() - start) / 6e10);
        System.out.println();
        System.out.println(report);
        Path file = settings.target().resolve("results.md");
        Files.writeString(file, report, StandardCharsets.UTF_8);
        System.out.println("Written to " + file);
    }

    private SizeResult measure(int n) throws Exception {
        Path dir = settings.target().resolve("n" + n);
        DocumentWorkload workload = new DocumentWorkload(dir.resolve("project"), n, settings.selosteVersion());
        System.out.printf(Locale.ROOT, "%n%,d fields: %,d entity classes%n", n, workload.classes());
        double build = prepare(workload, dir);
        Map<String, Long> indexes = new TreeMap<>();
        Map<String, Integer> indexFields = new TreeMap<>();
        countIndexes(workload, indexes, indexFields);

        Path coreOutput = dir.resolve("core-output");
        List<String> lines = new ArrayList<>();
        double coreBusy = quiet();
        String heap = settings.heap();
        Processes.Result timing = core(workload, heap, coreOutput, settings.warmup(), settings.runs(), dir.resolve("core.log"));
        String failedHeap = null;
        if (!timing.ok()) {
            // still time it, in a heap it fits in, so there is a figure to improve on
            System.out.printf(Locale.ROOT, "  core at -Xmx%s: %s; timing it at -Xmx%s instead%n", heap, lastLine(timing),
                    settings.fallbackHeap());
            failedHeap = heap;
            heap = settings.fallbackHeap();
            timing = core(workload, heap, coreOutput, settings.warmup(), settings.runs(), dir.resolve("core-fallback.log"));
            if (!timing.ok()) {
                throw new IllegalStateException("the core run at -Xmx" + heap + " failed:\n" + timing.tail(40));
            }
        }
        lines.addAll(timing.output());
        List<CoreSample> samples = new ArrayList<>();
        String jvm = "";
        for (String line : lines) {
            Matcher m = RUN.matcher(line);
            if (m.matches()) {
                System.out.println("  core " + line.substring(4));
                if (m.group(1).equals("measured")) {
                    samples.add(CoreSample.parse(m.group(2)));
                }
            } else if (line.startsWith("JVM ")) {
                jvm = line.substring(4);
            }
        }

        List<Integer> passed = new ArrayList<>();
        int failed = 0;
        for (int mb : settings.floor()) {
            Processes.Result r = core(workload, mb + "m", dir.resolve("floor-output"), 0, 1, dir.resolve("floor-" + mb + ".log"));
            boolean ok = r.ok() && r.output().stream().anyMatch(l -> l.startsWith("RUN "));
            System.out.printf(Locale.ROOT, "  heap floor: -Xmx%dm %s%n", mb, ok ? "completes" : "fails (" + lastLine(r) + ")");
            if (!ok) {
                failed = mb;
                break;
            }
            passed.add(mb);
        }

        List<Double> maven = new ArrayList<>();
        List<Double> mavenBaseline = new ArrayList<>();
        Boolean identical = null;
        double mavenBusy = Double.NaN;
        if (!settings.skipMaven()) {
            mavenBusy = quiet();
            // the DPV and fideslang exports are written by the mojo after the core, and did not exist in the builds
            // this benchmark compares with: left out, so both runs write the core's documents only
            List<String> arguments = new ArrayList<>(List.of("-q", "-o", "seloste:generate", "-Dseloste.exports=none"));
            arguments.addAll(settings.repositoryOptions());
            for (int i = 0; i <= settings.mavenRuns(); i++) {
                Processes.Result r = Processes.run(workload.app(), Processes.mvnw(settings.root(), arguments),
                        dir.resolve("mvnw-generate.log"), 30);
                if (!r.ok()) {
                    throw new IllegalStateException("./mvnw seloste:generate failed:\n" + r.tail(40));
                }
                System.out.printf(Locale.ROOT, "  ./mvnw -q -o seloste:generate %s: %,.0f ms%n", i == 0 ? "(warm-up)" : "run " + i, r.millis());
                if (i > 0) {
                    maven.add(r.millis());
                }
            }
            identical = sameFiles(coreOutput, workload.app().resolve("target/seloste"));
            System.out.println("  ./mvnw output identical to the core's: " + identical);
            // what Maven itself costs in the same module: start-up, settings and the project model, no plugin
            List<String> validate = new ArrayList<>(List.of("-q", "-o", "validate"));
            validate.addAll(settings.repositoryOptions());
            for (int i = 0; i <= settings.mavenRuns(); i++) {
                Processes.Result r = Processes.run(workload.app(), Processes.mvnw(settings.root(), validate), dir.resolve("mvnw-validate.log"), 10);
                if (!r.ok()) {
                    throw new IllegalStateException("./mvnw validate failed:\n" + r.tail(40));
                }
                if (i > 0) {
                    mavenBaseline.add(r.millis());
                }
            }
            System.out.printf(Locale.ROOT, "  ./mvnw -q -o validate (Maven alone), median of %d: %,.0f ms%n", mavenBaseline.size(),
                    DocumentReport.median(mavenBaseline));
        }
        return new SizeResult(n, workload.classes(), indexes, indexFields, build, heap, failedHeap, jvm, samples, passed, failed, maven,
                identical, coreBusy, mavenBusy, mavenBaseline);
    }

    private double quiet() {
        return settings.quietWait() > 0 ? OtherLoad.waitForQuiet(0.10, settings.quietWait()) : OtherLoad.busy();
    }

    /** Generates and builds the project unless the same project was already built against the same processor. */
    private double prepare(DocumentWorkload workload, Path dir) throws Exception {
        String v = settings.selosteVersion();
        Path processor = settings.repository().resolve("fi/seloste/seloste-processor").resolve(v).resolve("seloste-processor-" + v + ".jar");
        if (!Files.isRegularFile(processor)) {
            throw new IllegalStateException(processor + " is missing: run benchmarks/generate.sh, which installs seloste there first");
        }
        // the processor's bytes, not its date: every run installs it again, and a reproducible build gives the same jar
        String stamp = String.format(Locale.ROOT, "layout 2, %d fields, processor sha-256 %s%n", workload.fields(),
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(processor))));
        Path stampFile = dir.resolve("built.stamp");
        if (!settings.rebuild() && Files.isRegularFile(stampFile) && Files.readString(stampFile).equals(stamp)
                && Files.isRegularFile(workload.module().path().resolve(IndexFormat.LOCATION))) {
            System.out.println("  reusing the project built before (" + stampFile + "; -Ddocs.rebuild=true rebuilds it)");
            return Double.NaN;
        }
        Files.deleteIfExists(stampFile);
        long t = System.nanoTime();
        int files = workload.write();
        System.out.printf(Locale.ROOT, "  generated %,d source files in %.1f s; building them with the real processor...%n",
                files, (System.nanoTime() - t) / 1e9);
        List<String> arguments = new ArrayList<>(List.of("-q", "-B", "install", "-DskipTests"));
        arguments.addAll(settings.repositoryOptions());
        Processes.Result r = Processes.run(workload.root(), Processes.mvnw(settings.root(), arguments), dir.resolve("build.log"), 60);
        if (!r.ok()) {
            throw new IllegalStateException("building the generated project failed:\n" + r.tail(60));
        }
        System.out.printf(Locale.ROOT, "  built and installed in %.1f s%n", r.millis() / 1000);
        Files.writeString(stampFile, stamp);
        return r.millis();
    }

    private void countIndexes(DocumentWorkload workload, Map<String, Long> bytes, Map<String, Integer> fields) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<String> modules = new ArrayList<>(List.of("catalogue"));
        modules.addAll(DocumentWorkload.registerModules());
        int total = 0;
        for (String module : modules) {
            Path index = workload.root().resolve(module).resolve("target/classes").resolve(IndexFormat.LOCATION);
            JsonNode root = mapper.readTree(index.toFile());
            int count = root.get("fields").size();
            if (root.path("undeclared").size() != 0) {
                throw new IllegalStateException(index + " records undeclared fields");
            }
            bytes.put(module, Files.size(index));
            fields.put(module, count);
            total += count;
        }
        if (total != workload.fields()) {
            throw new IllegalStateException("the indexes hold " + total + " fields, not " + workload.fields());
        }
        System.out.printf(Locale.ROOT, "  indexes: %,d fields, %.1f MB (%s)%n", total,
                bytes.values().stream().mapToLong(Long::longValue).sum() / 1048576.0, fields);
    }

    private Processes.Result core(DocumentWorkload workload, String heap, Path output, int warmup, int runs, Path log) throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError", "-cp", classPath(),
                CoreRun.class.getName(), workload.root().toString(), Integer.toString(workload.fields()),
                settings.repository().toString(), settings.tail().toString(), settings.selosteVersion(), output.toString(),
                Integer.toString(warmup), Integer.toString(runs));
        return Processes.run(settings.target(), command, log, 20);
    }

    /** The benchmark's class path, with {@link DocumentSettings#coreJar} in place of the installed plugin when set. */
    private String classPath() {
        String separator = System.getProperty("path.separator");
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(Pattern.quote(separator))) {
            boolean plugin = Path.of(entry).getFileName().toString().startsWith("seloste-maven-plugin-");
            entries.add(plugin && settings.coreJar() != null ? settings.coreJar().toString() : entry);
        }
        return String.join(separator, entries);
    }

    private static String lastLine(Processes.Result r) {
        if (r.exitCode() == -1) {
            return "killed after the time limit";
        }
        return r.output().stream().filter(l -> l.contains("OutOfMemoryError") || l.contains("Exception")).findFirst()
                .orElse("exit code " + r.exitCode());
    }

    /** Whether both folders hold the same file names with the same bytes. */
    static boolean sameFiles(Path a, Path b) throws IOException {
        List<Path> left = files(a);
        List<Path> right = files(b);
        if (!left.equals(right)) {
            System.out.println("  file lists differ: " + left + " vs " + right);
            return false;
        }
        for (Path p : left) {
            if (!Arrays.equals(Files.readAllBytes(a.resolve(p)), Files.readAllBytes(b.resolve(p)))) {
                System.out.println("  " + p + " differs");
                return false;
            }
        }
        return true;
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(Path::getFileName).sorted().toList();
        }
    }
}
