package fi.seloste.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What one benchmark run does, read from system properties so the same code serves the full run, the
 * quick run and a rerun against another processor jar.
 *
 * @param quick the quick mode: N = 200 and 2,000, 3 runs, a smaller incremental project
 * @param sizes the entity counts of the full-build comparison
 * @param runs measured runs of each configuration at each size
 * @param warmupRounds warm-up rounds of all configurations at N = 200, then half as many at N = 2,000
 * @param slowRunMillis a size whose first round has a run slower than this gets {@link #slowRuns} runs
 * @param slowRuns the reduced run count for slow sizes
 * @param incrementalEntities entities of the incremental project (each with 10 personal fields); 0 skips it
 * @param incrementalFullBuilds full builds of the incremental project in each of the two seloste configurations
 *     before the one-file compiles (one by default: a full build there takes about a minute)
 * @param incrementalRuns one-file recompiles measured
 * @param processorJar seloste's shaded processor jar
 * @param annotations seloste's annotations jar or classes directory
 * @param dir the benchmarks project directory; output goes to its {@code target}
 */
record Settings(boolean quick, List<Integer> sizes, int runs, int warmupRounds, long slowRunMillis, int slowRuns,
        int incrementalEntities, int incrementalFullBuilds, int incrementalRuns, Path processorJar, Path annotations,
        Path dir) {

    static Settings fromSystemProperties() {
        boolean quick = Boolean.parseBoolean(System.getProperty("quick", "false"));
        Path dir = Path.of(property("bench.dir", System.getProperty("user.dir"))).toAbsolutePath().normalize();
        List<Integer> sizes = new ArrayList<>();
        for (String s : property("bench.sizes", quick ? "200,2000" : "200,2000,10000").split(",")) {
            if (!s.isBlank()) {
                sizes.add(Integer.parseInt(s.strip()));
            }
        }
        int runs = Integer.parseInt(property("bench.runs", quick ? "3" : "5"));
        Path jar = dir.resolve(property("seloste.processorJar", "../processor/target/seloste-processor-0.1.0-SNAPSHOT.jar"));
        Path annotations = dir.resolve(property("seloste.annotations", "../annotations/target/seloste-annotations-0.1.0-SNAPSHOT.jar"));
        if (!Files.exists(annotations)) {
            Path classes = dir.resolve("../annotations/target/classes");
            if (Files.isDirectory(classes)) {
                annotations = classes;
            }
        }
        return new Settings(quick, sizes, runs,
                Integer.parseInt(property("bench.warmup", quick ? "2" : "4")),
                60_000, 3,
                Integer.parseInt(property("bench.incremental.entities", quick ? "2000" : "5000")),
                Integer.parseInt(property("bench.incremental.fullBuilds", "1")),
                Integer.parseInt(property("bench.incremental.runs", quick ? "3" : "5")),
                jar.normalize(), annotations.normalize(), dir);
    }

    /** An empty property (as Maven passes an unset one) counts as unset. */
    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    Path target() {
        return dir.resolve("target");
    }
}
