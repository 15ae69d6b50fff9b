package fi.seloste.benchmarks.documents;

import com.sun.management.GarbageCollectionNotificationInfo;
import fi.seloste.core.generate.DocumentGenerator;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Times the plugin's Maven-free core in a JVM of its own, so each size gets a known, small heap ({@code -Xmx256m}
 * by default) and its heap figures are not mixed with the benchmark's: warm-up runs, then measured runs of
 * {@code DocumentGenerator.generate} (what {@code seloste:generate} calls), each printed as one {@code RUN} line
 * the parent parses.
 *
 * <p>Arguments: project directory, field count, local repository, tail repository, seloste version, output
 * directory, warm-up runs, measured runs.
 *
 * <p>Heap is measured three ways per run: the used heap after {@code System.gc()} before it starts, the sum of
 * every heap pool's peak usage during it (pools are reset after that {@code System.gc()}; the sum is an upper
 * bound, as pools may peak at different moments), and the largest heap left after any collection during it (the
 * live data the run held at that moment, a lower bound of what it needs).
 */
public final class CoreRun {

    private static final double MB = 1024.0 * 1024.0;

    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final AtomicLong maxAfterGc = new AtomicLong();
    private volatile boolean armed;

    private CoreRun() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (!armed || !GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    return;
                }
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long after = 0;
                for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (isHeapPool(e.getKey())) {
                        after += e.getValue().getUsed();
                    }
                }
                maxAfterGc.accumulateAndGet(after, Math::max);
            }, null, null);
        }
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        int fields = Integer.parseInt(args[1]);
        Path repository = Path.of(args[2]);
        Path tail = Path.of(args[3]);
        String version = args[4];
        Path output = Path.of(args[5]);
        int warmup = Integer.parseInt(args[6]);
        int runs = Integer.parseInt(args[7]);

        DocumentWorkload workload = new DocumentWorkload(project, fields, version);
        DocumentGenerator.Request request = new DocumentGenerator.Request(List.of(workload.module()),
                workload.dependencies(repository, tail), output, DocumentWorkload.organisation(), null,
                DocumentWorkload.LANGUAGES, java.time.LocalDate.parse(DocumentWorkload.OUTPUT_TIMESTAMP.substring(0, 10)), null, version);
        System.out.printf(Locale.ROOT, "JVM heap max %.0f MB, GC %s%n", Runtime.getRuntime().maxMemory() / MB,
                String.join("+", ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList()));
        new CoreRun().run(request, output, warmup, runs);
    }

    private void run(DocumentGenerator.Request request, Path output, int warmup, int runs) throws Exception {
        DocumentGenerator generator = new DocumentGenerator();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < warmup + runs; i++) {
            DocumentWorkload.delete(output);
            System.gc();
            System.gc();
            Thread.sleep(100);
            long base = usedHeap();
            heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
            maxAfterGc.set(0);
            armed = true;
            long gcCount = gcCount();
            long gcMillis = gcMillis();
            long cpu = threads.getCurrentThreadCpuTime();
            long processCpu = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            List<Path> written = generator.generate(request);
            long t2 = System.nanoTime();
            long cpuUsed = threads.getCurrentThreadCpuTime() - cpu;
            long processCpuUsed = os.getProcessCpuTime() - processCpu;
            long peak = 0;
            for (MemoryPoolMXBean pool : heapPools) {
                peak += pool.getPeakUsage().getUsed();
            }
            long gcs = gcCount() - gcCount;
            long gcTime = gcMillis() - gcMillis;
            long bytes = 0;
            for (Path p : written) {
                bytes += Files.size(p);
            }
            Thread.sleep(100); // lets the last collection's notification arrive
            armed = false;
            System.out.printf(Locale.ROOT,
                    "RUN %s total=%.1f cpu=%.1f processCpu=%.1f baseMb=%.1f peakMb=%.1f afterGcMb=%.1f gcs=%d gcMs=%d documents=%d bytes=%d%n",
                    i < warmup ? "warmup" : "measured", (t2 - t0) / 1e6, cpuUsed / 1e6, processCpuUsed / 1e6,
                    base / MB, peak / MB, maxAfterGc.get() / MB, gcs, gcTime, written.size(), bytes);
        }
    }

    private boolean isHeapPool(String name) {
        return heapPools.stream().anyMatch(p -> p.getName().equals(name));
    }

    private long usedHeap() {
        long used = 0;
        for (MemoryPoolMXBean pool : heapPools) {
            used += pool.getUsage().getUsed();
        }
        return used;
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
