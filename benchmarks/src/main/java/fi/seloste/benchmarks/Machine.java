package fi.seloste.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Describes the machine and JVM in one line, so every result table says where its figures come from. */
public final class Machine {

    private Machine() {}

    public static String describe() {
        String cpu = firstValue(Path.of("/proc/cpuinfo"), "model name");
        String memory = firstValue(Path.of("/proc/meminfo"), "MemTotal");
        String gc = String.join("+", ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList());
        return String.format(Locale.ROOT, "%d CPUs (nproc)%s%s; %s %s (%s); %s %s %s; heap max %d MB; GC %s",
                Runtime.getRuntime().availableProcessors(),
                cpu == null ? "" : ", " + cpu,
                memory == null ? "" : ", RAM " + memory,
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                System.getProperty("java.vendor"),
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), gc);
    }

    private static String firstValue(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (String line : lines) {
                if (line.startsWith(key)) {
                    int colon = line.indexOf(':');
                    return colon < 0 ? null : line.substring(colon + 1).strip().replaceAll("\\s+", " ");
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }
}
