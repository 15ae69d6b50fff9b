package fi.seloste.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time (user + system, all threads) that finished child processes used, read from Linux's
 * {@code /proc/self/stat}: unlike wall time it leaves out the time a shared host gave to other guests, and it counts
 * the JIT and GC threads a processor keeps busy on other cores. Elsewhere it answers "unknown" (NaN).
 */
final class ChildCpuTime {

    private static final Path STAT = Path.of("/proc/self/stat");

    private final double millisPerTick;

    private ChildCpuTime(double millisPerTick) {
        this.millisPerTick = millisPerTick;
    }

    /** Reads the clock-tick length once ({@code getconf CLK_TCK}); NaN results when it cannot. */
    static ChildCpuTime probe() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            if (p.waitFor() == 0 && Files.isReadable(STAT)) {
                return new ChildCpuTime(1000.0 / Long.parseLong(out));
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or no getconf: CPU time unknown
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new ChildCpuTime(Double.NaN);
    }

    /** @return the CPU milliseconds of all children reaped so far (cutime + cstime), or NaN */
    double reapedMillis() {
        if (Double.isNaN(millisPerTick)) {
            return Double.NaN;
        }
        try {
            String stat = Files.readString(STAT, StandardCharsets.US_ASCII);
            // fields after "(comm)": state is field 3, so field n is at index n - 3
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[16 - 3]) + Long.parseLong(f[17 - 3])) * millisPerTick;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
