package fi.seloste.benchmarks.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Tells how busy the machine is with other work before a timed phase, and waits for it to calm down: on a shared
 * two-core machine another build doubles a wall time, and a figure measured then says nothing about seloste.
 * Reads {@code /proc/stat}, so it only waits on Linux; elsewhere it reports nothing.
 */
final class OtherLoad {

    private OtherLoad() {}

    /**
     * Samples the share of CPU time spent outside idle over one second.
     *
     * @return busy share 0..1, or {@code NaN} when {@code /proc/stat} cannot be read
     */
    static double busy() {
        long[] before = ticks();
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
        long[] after = ticks();
        if (before == null || after == null || after[1] == before[1]) {
            return Double.NaN;
        }
        return (double) (after[0] - before[0]) / (after[1] - before[1]);
    }

    /**
     * Waits until the machine is at most {@code threshold} busy, or the time is up.
     *
     * @param threshold busy share, such as 0.1
     * @param seconds how long to wait at most
     * @return the busy share measured last, for the report
     */
    static double waitForQuiet(double threshold, int seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        double busy = busy();
        boolean told = false;
        while (!Double.isNaN(busy) && busy > threshold && System.nanoTime() < end) {
            if (!told) {
                System.out.printf(Locale.ROOT, "  the machine is %.0f %% busy with other work; waiting up to %d s for it to calm down%n",
                        busy * 100, seconds);
                told = true;
            }
            try {
                Thread.sleep(4000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            busy = busy();
        }
        return busy;
    }

    /** @return {@code [busy ticks, all ticks]} of the first line of /proc/stat, or {@code null} */
    private static long[] ticks() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long all = 0;
            long idle = 0;
            for (int i = 1; i < cpu.length && i <= 8; i++) {
                long v = Long.parseLong(cpu[i]);
                all += v;
                if (i == 4 || i == 5) { // idle, iowait
                    idle += v;
                }
            }
            return new long[] {all - idle, all};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
