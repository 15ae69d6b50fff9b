package fi.seloste.benchmarks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * Turns the raw runs into the Markdown report (medians, overheads, growth ratios and the goals), so the
 * console and {@code target/results.md} show the same figures, computed in one place.
 */
final class ResultTable {

    /** Goal thresholds, as stated in docs/performance.md. */
    static final double GOAL_OVERHEAD_OFF = 3.0;
    static final double GOAL_OVERHEAD_ON = 10.0;
    static final double GOAL_PROCESS_FULL_MS = 500.0;
    static final double GOAL_PROCESS_INCREMENTAL_MS = 300.0;
    /** "Close to linear": cost per entity at the larger size at most this many times that at the smaller. */
    static final double GOAL_LINEARITY = 1.25;
    static final int GOAL_SIZE = 2000;

    private final Map<Configuration, Map<Integer, List<CompileResult>>> runs = new EnumMap<>(Configuration.class);
    private final Map<Integer, Long> lines = new TreeMap<>();
    private IncrementalScenario.Result incremental;

    void add(Configuration c, int n, CompileResult r) {
        runs.computeIfAbsent(c, k -> new TreeMap<>()).computeIfAbsent(n, k -> new ArrayList<>()).add(r);
    }

    void lines(int n, long count) {
        lines.put(n, count);
    }

    void incremental(IncrementalScenario.Result result) {
        incremental = result;
    }

    double medianWall(Configuration c, int n) {
        return median(list(c, n), CompileResult::wallMillis);
    }

    double medianCpu(Configuration c, int n) {
        return median(list(c, n), CompileResult::cpuMillis);
    }

    double medianProcess(Configuration c, int n) {
        return median(list(c, n), CompileResult::processMillis);
    }

    private List<CompileResult> list(Configuration c, int n) {
        return runs.getOrDefault(c, Map.of()).getOrDefault(n, List.of());
    }

    static double median(List<CompileResult> results, ToDoubleFunction<CompileResult> value) {
        double[] v = results.stream().mapToDouble(value).filter(d -> !Double.isNaN(d)).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    String markdown(String machine, String date, Settings settings, String warmup) {
        StringBuilder b = new StringBuilder();
        b.append("## seloste benchmark results\n\n");
        b.append("- Date: ").append(date).append('\n');
        b.append("- Machine: ").append(machine).append('\n');
        b.append("- Processor jar: `").append(settings.processorJar()).append("`\n");
        b.append("- Mode: ").append(settings.quick() ? "quick" : "full").append(", sizes ").append(settings.sizes()).append(", up to ").append(settings.runs()).append(" runs; ").append(warmup).append('\n');
        b.append("- Workload per entity: 4 `@PersonalData` + 1 `@NotPersonalData` + 5 plain fields, getters, setters, "
                + "`toString`; 50 entities per package; one `@Purpose` catalogue (catalogue mode)\n");
        b.append("- Lines of code: ");
        List<String> sizes = new ArrayList<>();
        lines.forEach((n, l) -> sizes.add(String.format(Locale.ROOT, "N=%d: %,d", n, l)));
        b.append(String.join(", ", sizes)).append("\n\n");

        b.append("### Full build (in-process javac, hot, interleaved; medians)\n\n");
        b.append("| config | N | runs | median ms | overhead vs no-op % | overhead vs -proc:none % | process() ms | CPU ms | GC ms |\n");
        b.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int n : sizes()) {
            double none = medianWall(Configuration.PROC_NONE, n);
            double noOp = medianWall(Configuration.NO_OP, n);
            for (Configuration c : Configuration.values()) {
                List<CompileResult> l = list(c, n);
                if (l.isEmpty()) {
                    continue;
                }
                double wall = medianWall(c, n);
                b.append(String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %s | %s | %s | %.0f | %.0f |%n",
                        c.label, n, l.size(), wall,
                        c == Configuration.NO_OP || c == Configuration.PROC_NONE ? "—" : percent(wall, noOp),
                        c == Configuration.PROC_NONE ? "—" : percent(wall, none),
                        c.seloste ? String.format(Locale.ROOT, "%.1f", medianProcess(c, n)) : "—",
                        median(l, CompileResult::cpuMillis), median(l, CompileResult::gcMillis)));
            }
        }

        List<Integer> s = sizes();
        if (s.size() > 1) {
            b.append("\n### Growth (ratio of medians; linear growth would equal the ratio of N)\n\n");
            b.append("| config | measure |");
            for (int i = 1; i < s.size(); i++) {
                b.append(String.format(Locale.ROOT, " %d / %d (linear: %.1f) |", s.get(i), s.get(i - 1), (double) s.get(i) / s.get(i - 1)));
            }
            b.append("\n|---|---|");
            b.append("---:|".repeat(s.size() - 1)).append('\n');
            for (Configuration c : Configuration.values()) {
                growthRow(b, c, "javac ms", n -> medianWall(c, n), s);
                if (c.seloste) {
                    growthRow(b, c, "process() ms", n -> medianProcess(c, n), s);
                    growthRow(b, c, "javac ms minus no-op", n -> medianWall(c, n) - medianWall(Configuration.NO_OP, n), s);
                }
            }
        }

        if (incremental != null) {
            IncrementalScenario.Result r = incremental;
            b.append(String.format(Locale.ROOT, "%n### Incremental (%,d entities x %d personal fields = %,d index entries, %,d lines)%n%n",
                    r.entities(), IncrementalScenario.PERSONAL_PER_ENTITY, r.expectedFields(), r.lines()));
            b.append("| scenario | runs | median javac ms | median process() ms | GC ms | fields in index |\n");
            b.append("|---|---:|---:|---:|---:|---|\n");
            fullBuildRow(b, "full build, seloste metamodel off (empty output)", r.fullBuildsOff());
            fullBuildRow(b, "full build, seloste metamodel on (empty output)", r.fullBuilds());
            b.append(String.format(Locale.ROOT, "| one changed entity recompiled, class path = output, metamodel on | %d | %.0f | %.1f | %.0f | %s of %,d expected: %s |%n",
                    r.oneFile().size(), median(r.oneFile(), CompileResult::wallMillis),
                    median(r.oneFile(), CompileResult::processMillis), median(r.oneFile(), CompileResult::gcMillis),
                    r.indexCounts().stream().map(c -> String.format(Locale.ROOT, "%,d", c)).distinct().toList(),
                    r.expectedFields(), r.indexComplete() ? "complete" : "ENTRIES LOST"));
        }

        b.append("\n### Goals\n\n");
        b.append("| goal | measured | verdict |\n|---|---|---|\n");
        if (!list(Configuration.NO_OP, GOAL_SIZE).isEmpty()) {
            double noOp = medianWall(Configuration.NO_OP, GOAL_SIZE);
            double off = (medianWall(Configuration.SELOSTE_NO_METAMODEL, GOAL_SIZE) - noOp) / noOp * 100;
            double on = (medianWall(Configuration.SELOSTE, GOAL_SIZE) - noOp) / noOp * 100;
            double noOpCpu = medianCpu(Configuration.NO_OP, GOAL_SIZE);
            double offCpu = (medianCpu(Configuration.SELOSTE_NO_METAMODEL, GOAL_SIZE) - noOpCpu) / noOpCpu * 100;
            double onCpu = (medianCpu(Configuration.SELOSTE, GOAL_SIZE) - noOpCpu) / noOpCpu * 100;
            goal(b, "metamodel off, N=2000: ≤ 3 % over no-op (wall)",
                    String.format(Locale.ROOT, "%+.1f %% (compiling thread's CPU: %+.1f %%)", off, offCpu), off <= GOAL_OVERHEAD_OFF);
            goal(b, "metamodel on, N=2000: ≤ 10 % over no-op (wall)",
                    String.format(Locale.ROOT, "%+.1f %% (compiling thread's CPU: %+.1f %%)", on, onCpu), on <= GOAL_OVERHEAD_ON);
            if (!list(Configuration.NO_OP_ONE_FILE, GOAL_SIZE).isEmpty()) {
                double round = (medianWall(Configuration.NO_OP_ONE_FILE, GOAL_SIZE) - noOp) / noOp * 100;
                double onOverRound = (medianWall(Configuration.SELOSTE, GOAL_SIZE) - medianWall(Configuration.NO_OP_ONE_FILE, GOAL_SIZE))
                        / medianWall(Configuration.NO_OP_ONE_FILE, GOAL_SIZE) * 100;
                b.append(String.format(Locale.ROOT, "| (for comparison) the extra javac round one generated class costs a no-op "
                        + "processor, N=2000 | %+.1f %%; metamodel on is %+.1f %% over that | — |%n", round, onOverRound));
            }
        }
        if (incremental != null) {
            double fullOff = median(incremental.fullBuildsOff(), CompileResult::processMillis);
            double full = median(incremental.fullBuilds(), CompileResult::processMillis);
            double one = median(incremental.oneFile(), CompileResult::processMillis);
            goal(b, String.format(Locale.ROOT, "full build process() ≤ 500 ms at N=%,d (%,d fields), metamodel off",
                    incremental.entities(), incremental.expectedFields()), String.format(Locale.ROOT, "%.1f ms", fullOff),
                    fullOff <= GOAL_PROCESS_FULL_MS);
            goal(b, String.format(Locale.ROOT, "full build process() ≤ 500 ms at N=%,d (%,d fields), metamodel on",
                    incremental.entities(), incremental.expectedFields()), String.format(Locale.ROOT, "%.1f ms", full),
                    full <= GOAL_PROCESS_FULL_MS);
            goal(b, "one-file incremental process() ≤ 300 ms", String.format(Locale.ROOT, "%.1f ms", one),
                    one <= GOAL_PROCESS_INCREMENTAL_MS);
            goal(b, "incremental keeps every index entry", incremental.indexCounts().toString(), incremental.indexComplete());
        }
        if (s.size() > 1) {
            for (Configuration c : List.of(Configuration.SELOSTE_NO_METAMODEL, Configuration.SELOSTE)) {
                double worst = 0;
                for (int i = 1; i < s.size(); i++) {
                    double perEntityGrowth = (medianWall(c, s.get(i)) / s.get(i)) / (medianWall(c, s.get(i - 1)) / s.get(i - 1));
                    worst = Math.max(worst, perEntityGrowth);
                }
                goal(b, c.label + ": javac ms per entity grows ≤ 1.25x from size to size",
                        String.format(Locale.ROOT, "worst %.2fx", worst), worst <= GOAL_LINEARITY);
                double worstProcess = 0;
                for (int i = 1; i < s.size(); i++) {
                    double perEntityGrowth = (medianProcess(c, s.get(i)) / s.get(i)) / (medianProcess(c, s.get(i - 1)) / s.get(i - 1));
                    worstProcess = Math.max(worstProcess, perEntityGrowth);
                }
                goal(b, c.label + ": process() ms per entity grows ≤ 1.25x from size to size",
                        String.format(Locale.ROOT, "worst %.2fx", worstProcess), worstProcess <= GOAL_LINEARITY);
            }
        }
        return b.toString();
    }

    private static void fullBuildRow(StringBuilder b, String scenario, List<CompileResult> builds) {
        b.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.1f | %.0f | %s |%n", scenario, builds.size(),
                median(builds, CompileResult::wallMillis), median(builds, CompileResult::processMillis),
                median(builds, CompileResult::gcMillis),
                builds.isEmpty() ? "—" : String.format(Locale.ROOT, "%,d (processor's count)",
                        builds.get(builds.size() - 1).personalFields())));
    }

    private List<Integer> sizes() {
        List<Integer> s = new ArrayList<>();
        for (Map<Integer, List<CompileResult>> m : runs.values()) {
            for (int n : m.keySet()) {
                if (!s.contains(n)) {
                    s.add(n);
                }
            }
        }
        s.sort(null);
        return s;
    }

    private static void growthRow(StringBuilder b, Configuration c, String measure, java.util.function.IntToDoubleFunction f, List<Integer> s) {
        b.append("| ").append(c.label).append(" | ").append(measure).append(" |");
        for (int i = 1; i < s.size(); i++) {
            double ratio = f.applyAsDouble(s.get(i)) / f.applyAsDouble(s.get(i - 1));
            b.append(String.format(Locale.ROOT, " %.2f |", ratio));
        }
        b.append('\n');
    }

    private static void goal(StringBuilder b, String goal, String measured, boolean pass) {
        b.append("| ").append(goal).append(" | ").append(measured).append(" | ").append(pass ? "pass" : "**FAIL**").append(" |\n");
    }

    private static String percent(double value, double base) {
        return String.format(Locale.ROOT, "%+.1f", (value - base) / base * 100);
    }
}
