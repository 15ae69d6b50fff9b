package fi.seloste.benchmarks.documents;

import fi.seloste.benchmarks.documents.DocumentBenchmark.CoreSample;
import fi.seloste.benchmarks.documents.DocumentBenchmark.SizeResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Turns the measured runs into the Markdown report (medians, growth and the goals of issue 5), so the console and
 * {@code target/documents/results.md} show the same figures, computed in one place.
 */
final class DocumentReport {

    /** Goals, as stated in docs/performance.md. */
    static final int GOAL_FIELDS = 100_000;
    static final double GOAL_MILLIS = 1000;
    static final double GOAL_HEAP_MB = 256;
    static final double GOAL_LINEARITY = 1.25;

    private final DocumentSettings settings;
    private final String machine;
    private final String date;
    private final List<SizeResult> results;

    DocumentReport(DocumentSettings settings, String machine, String date, List<SizeResult> results) {
        this.settings = settings;
        this.machine = machine;
        this.date = date;
        this.results = results;
    }

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    static double median(SizeResult r, ToDoubleFunction<CoreSample> value) {
        return median(r.core().stream().map(value::applyAsDouble).toList());
    }

    String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("## seloste document-generation benchmark results\n\n");
        b.append("- Date: ").append(date).append('\n');
        b.append("- Machine: ").append(machine).append(" (the benchmark's own JVM)\n");
        b.append("- Core JVMs: one per size, `-Xmx").append(settings.heap()).append("` (`-Xmx").append(settings.fallbackHeap())
                .append("` when that runs out of memory), JDK default collector: ")
                .append(results.isEmpty() ? "" : results.get(0).jvm()).append('\n');
        b.append("- seloste ").append(settings.selosteVersion()).append(", installed into `").append(settings.repository())
                .append("` by the run").append(settings.coreJar() == null ? "" : "; core timed from `" + settings.coreJar() + "`")
                .append('\n');
        b.append(String.format(Locale.ROOT, "- Core: %d warm-up + %d measured runs per size in the same JVM; `./mvnw`: 1 warm-up + %d measured runs%n",
                settings.warmup(), settings.runs(), settings.mavenRuns()));
        b.append("- Workload: one catalogue module (12 purposes, 8 recipients, 4 categories, 2 sources, 2 subjects of its own) and 6 register "
                + "modules; the app module `" + DocumentWorkload.APP + "` depends on the others and runs `seloste:generate`; "
                + DocumentWorkload.FIELDS_PER_CLASS + " `@PersonalData` fields per entity class; languages fi, sv, en\n");
        for (SizeResult r : results) {
            long indexBytes = r.indexes().values().stream().mapToLong(Long::longValue).sum();
            long largest = r.indexes().values().stream().mapToLong(Long::longValue).max().orElse(0);
            CoreSample last = r.core().get(r.core().size() - 1);
            b.append(String.format(Locale.ROOT,
                    "- %,d fields: %,d entity classes; %d indexes of %.1f MB together (largest %.1f MB); %d documents of %.1f MB%s%n",
                    r.fields(), r.classes(), r.indexes().size(), indexBytes / 1048576.0, largest / 1048576.0, last.documents(),
                    last.bytes() / 1048576.0, Double.isNaN(r.build()) ? "" : String.format(Locale.ROOT,
                            "; project built and installed in %.0f s", r.build() / 1000)));
        }

        b.append("\n### Core: `DocumentGenerator.generate`, in process (medians)\n\n");
        b.append("| fields | timed at | runs | generate ms | µs per field | main thread CPU ms | process CPU ms | GC ms | heap before MB "
                + "| peak heap MB (Σ pool peaks) | max heap after a GC MB | smallest -Xmx that completes | other load before |\n");
        b.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|\n");
        for (SizeResult r : results) {
            double total = median(r, CoreSample::total);
            b.append(String.format(Locale.ROOT, "| %,d | %s | %d | %.0f | %.1f | %.0f | %.0f | %.0f | %.1f | %.1f | %.1f | %s | %s |%n",
                    r.fields(), "-Xmx" + r.heap() + (r.failedHeap() == null ? "" : " (**out of memory at -Xmx" + r.failedHeap() + "**)"),
                    r.core().size(), total, total * 1000 / r.fields(), median(r, CoreSample::cpu), median(r, CoreSample::processCpu),
                    median(r, s -> s.gcMs()), median(r, CoreSample::baseMb),
                    median(r, CoreSample::peakMb), median(r, CoreSample::afterGcMb), floor(r), busy(r.coreBusy())));
        }

        if (!settings.skipMaven()) {
            b.append("\n### Whole Maven run: `./mvnw -q -o seloste:generate` in the app module (wall time)\n\n");
            b.append("| fields | runs | median ms | min ms | max ms | `./mvnw -q -o validate` ms (Maven alone) | core generate ms (hot, from above) "
                    + "| same files and bytes as the core | other load before |\n");
            b.append("|---:|---:|---:|---:|---:|---:|---:|---|---:|\n");
            for (SizeResult r : results) {
                b.append(String.format(Locale.ROOT, "| %,d | %d | %.0f | %.0f | %.0f | %.0f | %.0f | %s | %s |%n", r.fields(), r.maven().size(),
                        median(r.maven()), r.maven().stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN),
                        r.maven().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN), median(r.mavenBaseline()),
                        median(r, CoreSample::total),
                        Boolean.TRUE.equals(r.identical()) ? "yes" : "**NO**", busy(r.mavenBusy())));
            }
        }

        if (results.size() > 1) {
            b.append("\n### Growth (ratio of medians; linear growth would equal the ratio of fields)\n\n");
            b.append("| measure |");
            for (int i = 1; i < results.size(); i++) {
                b.append(String.format(Locale.ROOT, " %d / %d (linear: %.1f) |", results.get(i).fields(), results.get(i - 1).fields(),
                        (double) results.get(i).fields() / results.get(i - 1).fields()));
            }
            b.append("\n|---|").append("---:|".repeat(results.size() - 1)).append('\n');
            growth(b, "core generate ms", r -> median(r, CoreSample::total));
            growth(b, "core peak heap MB", r -> median(r, CoreSample::peakMb));
            growth(b, "core max heap after a GC MB", r -> median(r, CoreSample::afterGcMb));
            if (!settings.skipMaven()) {
                growth(b, "./mvnw ms", r -> median(r.maven()));
            }
        }

        b.append("\n### Goals\n\n| goal | measured | verdict |\n|---|---|---|\n");
        SizeResult largest = results.get(results.size() - 1);
        String at = largest.fields() == GOAL_FIELDS ? "" : String.format(Locale.ROOT, " (measured at %,d)", largest.fields());
        double total = median(largest, CoreSample::total);
        goal(b, "core generates 100,000 fields in ≤ 1 s" + at, String.format(Locale.ROOT, "%.0f ms", total), total <= GOAL_MILLIS);
        double peak = median(largest, CoreSample::peakMb);
        boolean fits = largest.failedHeap() == null && megabytes(largest.heap()) <= GOAL_HEAP_MB
                || largest.floorPassed().stream().anyMatch(mb -> mb <= GOAL_HEAP_MB);
        goal(b, "core generates 100,000 fields with ≤ 256 MB heap" + at,
                String.format(Locale.ROOT, "%s; timed at -Xmx%s: peak %.0f MB, at most %.0f MB live after a GC; smallest -Xmx: %s",
                        largest.failedHeap() == null ? "all runs completed at -Xmx" + largest.heap() : "out of memory at -Xmx" + largest.failedHeap(),
                        largest.heap(), peak, median(largest, CoreSample::afterGcMb), floor(largest)),
                fits);
        if (results.size() > 1) {
            double worst = 0;
            for (int i = 1; i < results.size(); i++) {
                SizeResult small = results.get(i - 1);
                SizeResult large = results.get(i);
                worst = Math.max(worst, (median(large, CoreSample::total) / large.fields()) / (median(small, CoreSample::total) / small.fields()));
            }
            goal(b, "growth close to linear: core ms per field grows ≤ 1.25x from size to size",
                    String.format(Locale.ROOT, "worst %.2fx", worst), worst <= GOAL_LINEARITY);
        }
        if (!settings.skipMaven()) {
            boolean same = results.stream().allMatch(r -> Boolean.TRUE.equals(r.identical()));
            goal(b, "`./mvnw seloste:generate` writes exactly what the core wrote", same ? "identical at every size" : "differs",
                    same);
        }
        return b.toString();
    }

    private static String busy(double share) {
        return Double.isNaN(share) ? "—" : String.format(Locale.ROOT, "%.0f %%", share * 100);
    }

    /** @return a {@code -Xmx} value such as {@code 256m} or {@code 1g} in MB */
    static double megabytes(String heap) {
        String h = heap.toLowerCase(Locale.ROOT);
        double number = Double.parseDouble(h.replaceAll("[kmg]$", ""));
        return h.endsWith("g") ? number * 1024 : h.endsWith("m") ? number : h.endsWith("k") ? number / 1024 : number / 1048576;
    }

    private static String floor(SizeResult r) {
        if (r.floorPassed().isEmpty()) {
            return r.floorFailed() == 0 ? "not searched" : String.format(Locale.ROOT, "none (fails at %d MB)", r.floorFailed());
        }
        int smallest = r.floorPassed().get(r.floorPassed().size() - 1);
        return r.floorFailed() == 0 ? String.format(Locale.ROOT, "≤ %d MB (smallest tried)", smallest)
                : String.format(Locale.ROOT, "%d MB (fails at %d MB)", smallest, r.floorFailed());
    }

    private void growth(StringBuilder b, String measure, ToDoubleFunction<SizeResult> value) {
        List<String> cells = new ArrayList<>();
        for (int i = 1; i < results.size(); i++) {
            cells.add(String.format(Locale.ROOT, "%.2f", value.applyAsDouble(results.get(i)) / value.applyAsDouble(results.get(i - 1))));
        }
        b.append("| ").append(measure).append(" | ").append(String.join(" | ", cells)).append(" |\n");
    }

    private static void goal(StringBuilder b, String goal, String measured, boolean pass) {
        b.append("| ").append(goal).append(" | ").append(measured).append(" | ").append(pass ? "pass" : "**FAIL**").append(" |\n");
    }
}
