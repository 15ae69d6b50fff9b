package fi.seloste.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one command that answers "what does seloste cost javac?": generates the projects, warms the JIT up,
 * times the four configurations round-robin at each size, runs the incremental scenario, and prints the
 * Markdown table that also goes to {@code target/results.md}.
 */
public final class Benchmark {

    private final Settings settings;
    private final InProcessJavac javac;
    private final ResultTable table = new ResultTable();
    private final Map<Integer, SyntheticProject> projects = new LinkedHashMap<>();

    private Benchmark(Settings settings, InProcessJavac javac) {
        this.settings = settings;
        this.javac = javac;
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        long start = System.nanoTime();
        String machine = Machine.describe();
        String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE);
        System.out.println("seloste benchmark (" + (settings.quick() ? "quick" : "full") + " mode)");
        System.out.println("Machine: " + machine);
        System.out.println("Processor jar: " + settings.processorJar());
        System.out.println("Annotations: " + settings.annotations());
        System.out.println("Sizes: " + settings.sizes() + ", " + settings.runs() + " runs each");
        try (SelosteProcessorJar jar = new SelosteProcessorJar(settings.processorJar(), settings.annotations())) {
            checkBaselineClaimsTheSameTypes(jar);
            Benchmark benchmark = new Benchmark(settings, new InProcessJavac(jar, settings.annotations()));
            String warmup = benchmark.warmUp();
            benchmark.fullBuilds();
            if (settings.incrementalEntities() > 0) {
                benchmark.table.incremental(new IncrementalScenario(benchmark.javac, settings).run());
            }
            String report = benchmark.table.markdown(machine, date, settings, warmup)
                    + String.format(Locale.ROOT, "%nTotal benchmark time: %.1f min%n", (System.nanoTime() - start) / 6e10);
            System.out.println();
            System.out.println(report);
            Path results = settings.target().resolve("results.md");
            Files.createDirectories(results.getParent());
            Files.writeString(results, report, StandardCharsets.UTF_8);
            System.out.println("Written to " + results);
        }
    }

    /** The baseline is only fair if javac asks it about exactly the types it asks seloste about. */
    private static void checkBaselineClaimsTheSameTypes(SelosteProcessorJar jar) {
        Set<String> seloste = jar.supportedAnnotationTypes();
        if (!seloste.equals(NoOpProcessor.CLAIMED)) {
            Set<String> missing = new HashSet<>(seloste);
            missing.removeAll(NoOpProcessor.CLAIMED);
            Set<String> extra = new HashSet<>(NoOpProcessor.CLAIMED);
            extra.removeAll(seloste);
            System.out.println("WARNING: the no-op baseline claims other types than seloste; seloste only: " + missing
                    + ", no-op only: " + extra);
        }
    }

    private SyntheticProject project(int n) throws IOException {
        SyntheticProject p = projects.get(n);
        if (p == null) {
            long t = System.nanoTime();
            p = SyntheticProject.generate(settings.target().resolve("projects/n" + n), n, 4);
            long lines = p.lines();
            table.lines(n, lines);
            System.out.printf(Locale.ROOT, "Generated N=%,d: %,d files, %,d lines, %,d personal fields in %.1f s%n",
                    n, p.sources().size(), lines, p.personalFields(), (System.nanoTime() - t) / 1e9);
            projects.put(n, p);
        }
        return p;
    }

    /** Runs every configuration once, in an order rotated by {@code round}. */
    private List<CompileResult> round(SyntheticProject p, int round) throws IOException {
        Configuration[] all = Configuration.values();
        Map<Configuration, CompileResult> byConfig = new LinkedHashMap<>();
        for (int i = 0; i < all.length; i++) {
            Configuration c = all[(i + round) % all.length];
            Path out = settings.target().resolve("work");
            Path classes = Directories.fresh(out.resolve("classes"));
            Path generated = Directories.fresh(out.resolve("generated"));
            System.gc();
            CompileResult r = javac.compile(c, p.sources(), classes, generated);
            byConfig.put(c, r);
        }
        StringBuilder line = new StringBuilder();
        for (Configuration c : all) {
            CompileResult r = byConfig.get(c);
            line.append(String.format(Locale.ROOT, "  %s %,.0f ms (GC %,.0f)", c.label, r.wallMillis(), r.gcMillis()));
            if (c.seloste) {
                line.append(String.format(Locale.ROOT, " (process %,.1f ms, %d rounds, %,d fields, %d undeclared)",
                        r.processMillis(), r.rounds(), r.personalFields(), r.undeclared()));
            }
            line.append(';');
        }
        System.out.println(line);
        for (Configuration c : all) {
            if (byConfig.get(c).warnings() > 0 && round == 0) {
                System.out.println("  note: " + c.label + " reported " + byConfig.get(c).warnings() + " warnings");
            }
        }
        checkFieldCount(p, byConfig);
        List<CompileResult> inOrder = new ArrayList<>();
        for (Configuration c : all) {
            inOrder.add(byConfig.get(c));
        }
        return inOrder;
    }

    private static void checkFieldCount(SyntheticProject p, Map<Configuration, CompileResult> results) {
        for (Map.Entry<Configuration, CompileResult> e : results.entrySet()) {
            CompileResult r = e.getValue();
            if (e.getKey().seloste && (r.personalFields() != p.personalFields() || r.undeclared() != 0)) {
                throw new IllegalStateException(e.getKey().label + " saw " + r.personalFields() + " personal fields and "
                        + r.undeclared() + " undeclared; the project has " + p.personalFields() + " and 0");
            }
        }
    }

    private String warmUp() throws IOException {
        long t = System.nanoTime();
        int small = settings.warmupRounds();
        int large = Math.max(1, small / 2);
        int sizeSmall = settings.sizes().get(0);
        int sizeLarge = settings.sizes().size() > 1 ? settings.sizes().get(1) : sizeSmall;
        System.out.printf(Locale.ROOT, "%nWarm-up: %d rounds of all configurations at N=%d, then %d at N=%d (not counted)%n",
                small, sizeSmall, large, sizeLarge);
        for (int r = 0; r < small; r++) {
            round(project(sizeSmall), r);
        }
        for (int r = 0; r < large; r++) {
            round(project(sizeLarge), r);
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        System.out.printf(Locale.ROOT, "Warm-up took %.0f s%n", seconds);
        return String.format(Locale.ROOT, "warm-up: %d rounds x 4 configurations at N=%d and %d at N=%d, %.0f s, not counted",
                small, sizeSmall, large, sizeLarge, seconds);
    }

    private void fullBuilds() throws IOException {
        for (int n : settings.sizes()) {
            SyntheticProject p = project(n);
            int runs = settings.runs();
            System.out.printf(Locale.ROOT, "%nN=%,d: %d interleaved rounds of %d configurations%n", n, runs, Configuration.values().length);
            for (int r = 0; r < runs; r++) {
                List<CompileResult> results = round(p, r);
                Configuration[] all = Configuration.values();
                for (int i = 0; i < all.length; i++) {
                    table.add(all[i], n, results.get(i));
                }
                if (r == 0 && runs > settings.slowRuns()
                        && results.stream().anyMatch(x -> x.wallMillis() > settings.slowRunMillis())) {
                    runs = settings.slowRuns();
                    System.out.printf(Locale.ROOT, "  a run took over %d s: taking %d runs at N=%,d instead of %d%n",
                            settings.slowRunMillis() / 1000, runs, n, settings.runs());
                }
            }
            Directories.delete(settings.target().resolve("work"));
        }
    }
}
