package fi.seloste.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a user pays: every compilation is a fresh {@code javac} process, as Maven's forked compiler, Gradle workers
 * after a daemon restart, or a CI build run it, so the processor's classes are loaded and JIT-compiled cold every
 * time. Compares {@code -proc:none}, a no-op processor, a minimal indexer ({@link MinimalIndexer}) and seloste with the
 * metamodel off and on, interleaved, at each size; then a one-file recompile against a large output. Prints a
 * Markdown report and writes it to {@code target/cold-results.md}.
 */
public final class ColdBenchmark {

    private static final Pattern TIMING = Pattern.compile("(?:seloste|minimal indexer): process\\(\\) ([0-9.]+) ms");

    /** One way to run javac. */
    enum Cold {
        PROC_NONE("-proc:none"),
        NO_OP("no-op processor"),
        MINIMAL("minimal indexer"),
        FLOOR("minimal indexer + the cheapest source metamodel (MetamodelFloor)"),
        SELOSTE_OFF("seloste, metamodel off"),
        SELOSTE_NO_CHECK("seloste, metamodel off, undeclared-field check off (-Aseloste.undeclared=ignore)"),
        SELOSTE_ON("seloste, metamodel on");

        final String label;

        Cold(String label) {
            this.label = label;
        }
    }

    /**
     * @param millis wall time of the javac process
     * @param cpuMillis its CPU time, all threads (NaN where unknown)
     * @param processMillis the processor's own process() time as it reports it (seloste, the minimal indexer), or NaN
     */
    record Run(double millis, double cpuMillis, double processMillis) {}

    private final Path javac;
    private final Path processorJar;
    private final Path annotations;
    private final Path baselines;
    private final Path work;
    private final ChildCpuTime cpu = ChildCpuTime.probe();

    ColdBenchmark(Path processorJar, Path annotations, Path work) throws Exception {
        this.javac = Path.of(System.getProperty("java.home"), "bin", "javac");
        this.processorJar = processorJar;
        this.annotations = annotations;
        this.baselines = Path.of(NoOpProcessor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        List<Integer> sizes = new ArrayList<>();
        for (String s : property("cold.sizes", settings.quick() ? "500,2000" : "500,2000,5000").split(",")) {
            sizes.add(Integer.parseInt(s.strip()));
        }
        int runs = Integer.parseInt(property("cold.runs", settings.quick() ? "3" : "5"));
        int recompileEntities = Integer.parseInt(property("cold.recompile.entities", settings.quick() ? "1000" : "5000"));
        java.util.Set<Cold> chosen = new java.util.LinkedHashSet<>();
        for (String s : property("cold.configs", String.join(",", java.util.Arrays.stream(Cold.values()).map(Enum::name).toList())).split(",")) {
            if (s.isBlank()) {
                continue;
            }
            try {
                chosen.add(Cold.valueOf(s.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("-Dcold.configs: unknown configuration '" + s.strip() + "'; use "
                        + java.util.Arrays.toString(Cold.values()), e);
            }
        }
        List<Cold> configs = new ArrayList<>(chosen);
        Path work = settings.target().resolve("cold");
        ColdBenchmark bench = new ColdBenchmark(settings.processorJar(), settings.annotations(), work);
        StringBuilder report = new StringBuilder();
        report.append("## Cold javac processes\n\n- Machine: ").append(Machine.describe()).append("\n- Processor jar: `")
                .append(settings.processorJar()).append("`\n- Each compile is a fresh `").append(bench.javac)
                .append("` process; configurations interleaved, rotated each round; median of ").append(runs)
                .append(" runs (one unmeasured warm-up round of the OS file cache first)\n- CPU ms: user + system time of the javac"
                        + " process, all threads (`/proc/self/stat` of the benchmark, children reaped); it leaves out time the host"
                        + " gave to others\n\n");
        report.append("- Paired: each round runs every configuration once, back to back; the median over the rounds of the ratio to the"
                + " minimal indexer's run in the same round, which cancels the host's drift between rounds, with the lowest and"
                + " highest round in brackets (the no-op's row shows how far a configuration that does less lands)\n\n");
        report.append("| N | config | median ms | min–max ms | vs no-op | vs minimal indexer | paired vs minimal indexer"
                + " | median CPU ms | CPU vs minimal indexer | CPU paired | process() ms |\n");
        report.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int n : sizes) {
            SyntheticProject project = SyntheticProject.generate(work.resolve("n" + n), n, 4);
            Map<Cold, List<Run>> results = new LinkedHashMap<>();
            for (Cold c : configs) {
                results.put(c, new ArrayList<>());
            }
            for (int round = -1; round < runs; round++) {
                for (int i = 0; i < configs.size(); i++) {
                    Cold c = configs.get(Math.floorMod(i + round, configs.size()));
                    Run run = bench.fullBuild(c, project);
                    System.out.printf(Locale.ROOT, "  N=%d round %d %s: %.0f ms, CPU %.0f ms, process() %.1f ms%n", n, round + 1,
                            c.name(), run.millis(), run.cpuMillis(), run.processMillis());
                    if (round >= 0) {
                        results.get(c).add(run);
                    }
                }
                System.out.printf(Locale.ROOT, "N=%d round %d done%n", n, round + 1);
            }
            double noOp = median(results.get(Cold.NO_OP), Run::millis);
            double minimal = median(results.get(Cold.MINIMAL), Run::millis);
            double minimalCpu = median(results.get(Cold.MINIMAL), Run::cpuMillis);
            for (Cold c : configs) {
                List<Run> r = results.get(c);
                double m = median(r, Run::millis);
                double cpuMillis = median(r, Run::cpuMillis);
                boolean overMinimal = c.ordinal() > Cold.MINIMAL.ordinal();
                boolean pairedWithMinimal = c != Cold.MINIMAL; // the no-op too: how far a cheaper configuration lands
                report.append(String.format(Locale.ROOT, "| %,d | %s | %,.0f | %,.0f–%,.0f | %s | %s | %s | %s | %s | %s | %s |%n", n, c.label, m,
                        r.stream().mapToDouble(Run::millis).min().orElse(0), r.stream().mapToDouble(Run::millis).max().orElse(0),
                        c == Cold.PROC_NONE || c == Cold.NO_OP ? "—" : percent(m, noOp),
                        overMinimal ? percent(m, minimal) : "—",
                        pairedWithMinimal ? paired(r, results.get(Cold.MINIMAL), Run::millis) : "—",
                        Double.isNaN(cpuMillis) ? "—" : String.format(Locale.ROOT, "%,.0f", cpuMillis),
                        overMinimal ? percent(cpuMillis, minimalCpu) : "—",
                        pairedWithMinimal ? paired(r, results.get(Cold.MINIMAL), Run::cpuMillis) : "—",
                        Double.isNaN(median(r, Run::processMillis)) ? "—"
                                : String.format(Locale.ROOT, "%,.1f", median(r, Run::processMillis))));
            }
            if (configs.containsAll(List.of(Cold.SELOSTE_ON, Cold.SELOSTE_OFF))) {
                report.append(String.format(Locale.ROOT, "| %,d | metamodel on over off (medians) | | | | %s | | | | | |%n", n,
                        percent(median(results.get(Cold.SELOSTE_ON), Run::millis), median(results.get(Cold.SELOSTE_OFF), Run::millis))));
            }
            if (configs.containsAll(List.of(Cold.FLOOR, Cold.MINIMAL))) {
                report.append(String.format(Locale.ROOT, "| %,d | cheapest source metamodel over the minimal indexer (medians) | | | | %s | | | | | |%n", n,
                        percent(median(results.get(Cold.FLOOR), Run::millis), minimal)));
            }
        }
        if (recompileEntities > 0) {
            report.append('\n').append(bench.recompile(recompileEntities, runs));
        }
        System.out.println();
        System.out.println(report);
        Path out = settings.target().resolve("cold-results.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
        System.out.println("Written to " + out);
    }

    /** A full build of the project into an empty output. */
    Run fullBuild(Cold config, SyntheticProject project) throws IOException, InterruptedException {
        Path classes = Directories.fresh(work.resolve("classes-" + config.name()));
        Path generated = Directories.fresh(work.resolve("generated-" + config.name()));
        return javac(config, project.sources(), classes, generated);
    }

    /**
     * The one-file recompile, with the metamodel off (the default) and on: the project is built once in that setting,
     * then one entity is edited and only its file recompiled against that output, with the no-op and with seloste,
     * interleaved.
     */
    String recompile(int entities, int runs) throws IOException, InterruptedException {
        SyntheticProject project = SyntheticProject.generate(work.resolve("recompile"), entities, 10);
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "### One-file recompile, cold (%,d entities × 10 personal fields = %,d index entries)%n%n"
                        + "| seloste | full build ms (1 run) | no-op recompile ms | seloste recompile ms | seloste over the no-op ms "
                        + "| seloste's process() ms |%n|---|---:|---:|---:|---:|---:|%n", entities, entities * 10));
        for (Cold seloste : List.of(Cold.SELOSTE_OFF, Cold.SELOSTE_ON)) {
            Path classes = Directories.fresh(work.resolve("recompile-classes"));
            Path generated = Directories.fresh(work.resolve("recompile-generated"));
            Run full = javac(seloste, project.sources(), classes, generated);
            List<Run> noOp = new ArrayList<>();
            List<Run> recompiled = new ArrayList<>();
            for (int round = -1; round < runs; round++) {
                Path changed = project.change(entities / 2, round + 2);
                Run a = javac(Cold.NO_OP, List.of(changed), classes, generated);
                Run b = javac(seloste, List.of(changed), classes, generated);
                if (round >= 0) {
                    noOp.add(a);
                    recompiled.add(b);
                }
            }
            report.append(String.format(Locale.ROOT, "| %s | %,.0f | %,.0f | %,.0f | **%,.0f** | %,.1f |%n", seloste.label,
                    full.millis(), median(noOp, Run::millis), median(recompiled, Run::millis),
                    median(recompiled, Run::millis) - median(noOp, Run::millis), median(recompiled, Run::processMillis)));
        }
        return report.toString();
    }

    private Run javac(Cold config, List<Path> sources, Path classes, Path generated) throws IOException, InterruptedException {
        Path argfile = work.resolve("sources-" + config.name() + ".txt");
        List<String> names = new ArrayList<>();
        for (Path p : sources) {
            names.add("\"" + p.toAbsolutePath().toString().replace("\\", "\\\\") + "\"");
        }
        Files.createDirectories(work);
        Files.write(argfile, names, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(javac.toString(), "--release", "17", "-encoding", "UTF-8",
                "-implicit:none", "-d", classes.toString(), "-s", generated.toString(),
                "-cp", classes + java.io.File.pathSeparator + annotations));
        switch (config) {
            case PROC_NONE -> command.add("-proc:none");
            case NO_OP -> command.addAll(List.of("-processorpath", baselines.toString(), "-processor", NoOpProcessor.class.getName()));
            case MINIMAL -> command.addAll(List.of("-processorpath", baselines.toString(), "-processor", MinimalIndexer.class.getName()));
            case FLOOR -> command.addAll(List.of("-processorpath", baselines.toString(), "-processor", MetamodelFloor.class.getName(),
                    "-Afloor=nested"));
            case SELOSTE_OFF -> command.addAll(List.of("-processorpath", processorPath(), "-Aseloste.metamodel=false",
                    "-Aseloste.timing=true"));
            case SELOSTE_NO_CHECK -> command.addAll(List.of("-processorpath", processorPath(), "-Aseloste.metamodel=false",
                    "-Aseloste.undeclared=ignore", "-Aseloste.timing=true"));
            case SELOSTE_ON -> command.addAll(List.of("-processorpath", processorPath(), "-Aseloste.metamodel=true",
                    "-Aseloste.timing=true"));
        }
        command.add("@" + argfile);
        Path log = work.resolve("javac-" + config.name() + ".log");
        double cpuBefore = cpu.reapedMillis();
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(config.label + ": javac failed, see " + log);
        }
        double millis = (System.nanoTime() - start) / 1e6;
        double cpuMillis = cpu.reapedMillis() - cpuBefore;
        double process = Double.NaN;
        Matcher m = TIMING.matcher(Files.readString(log, StandardCharsets.UTF_8));
        if (m.find()) {
            process = Double.parseDouble(m.group(1));
        }
        return new Run(millis, cpuMillis, process);
    }

    /** The processor jar with the annotations it reads (as Maven resolves seloste-processor's dependency). */
    private String processorPath() {
        return processorJar + java.io.File.pathSeparator + annotations;
    }

    /** A {@code -D} property; unset or empty (as the POM passes an unset one) means the fallback. */
    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    /** @return the median of one figure of the runs; NaN when the configuration was not run or the figure is unknown */
    private static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> figure) {
        if (runs == null || runs.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = runs.stream().mapToDouble(figure).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    /**
     * The median over the rounds of one configuration's figure over the base's in the same round, as a percentage, with
     * the lowest and highest round; rounds where either figure is unknown are left out.
     */
    private static String paired(List<Run> runs, List<Run> base, java.util.function.ToDoubleFunction<Run> figure) {
        if (base == null || base.size() != runs.size()) {
            return "—";
        }
        double[] ratios = java.util.stream.IntStream.range(0, runs.size())
                .mapToDouble(i -> figure.applyAsDouble(runs.get(i)) / figure.applyAsDouble(base.get(i)))
                .filter(r -> !Double.isNaN(r)).sorted().toArray();
        if (ratios.length == 0) {
            return "—";
        }
        int k = ratios.length;
        double median = k % 2 == 1 ? ratios[k / 2] : (ratios[k / 2 - 1] + ratios[k / 2]) / 2;
        return String.format(Locale.ROOT, "%+.1f %% (%+.1f…%+.1f)", (median - 1) * 100, (ratios[0] - 1) * 100,
                (ratios[k - 1] - 1) * 100);
    }

    private static String percent(double value, double base) {
        if (Double.isNaN(value) || Double.isNaN(base)) {
            return "—";
        }
        return String.format(Locale.ROOT, "%+.1f %%", (value / base - 1) * 100);
    }
}
