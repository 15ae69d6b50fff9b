package fi.seloste.benchmarks.documents;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What one run of the document-generation benchmark does, read from system properties, so the documented
 * command, a quick check at small sizes and a rerun against another build all go through the same code.
 *
 * @param sizes field counts, each a project of its own
 * @param warmup unmeasured core runs before the measured ones, in the same JVM
 * @param runs measured core runs; the table shows their median
 * @param mavenRuns measured {@code ./mvnw seloste:generate} runs, after one unmeasured run
 * @param heap the {@code -Xmx} of the JVMs that time the core
 * @param fallbackHeap the {@code -Xmx} the core is timed at when it runs out of memory at {@link #heap}
 * @param floor heap sizes in MB tried from large to small, one JVM and one run each, to find the smallest that
 *     completes; empty skips the search
 * @param coreJar another build of seloste-maven-plugin whose core is timed instead of the installed one, or
 *     {@code null}; the {@code ./mvnw} runs always use the installed plugin
 * @param quietWait seconds to wait, before each timed phase, for other work on the machine to drop under 10 % of
 *     its CPU; 0 does not wait
 * @param rebuild whether to regenerate and rebuild projects that are already built
 * @param skipMaven whether to skip the {@code ./mvnw} timing
 * @param root the seloste repository, where {@code mvnw} is
 * @param repository the local Maven repository seloste and the generated modules are installed into
 * @param tail the read-only repository behind it, with everything else
 * @param selosteVersion the version of the seloste artifacts under test
 * @param target where projects, outputs and the report go
 */
record DocumentSettings(List<Integer> sizes, int warmup, int runs, int mavenRuns, String heap, String fallbackHeap, List<Integer> floor,
        Path coreJar, int quietWait, boolean rebuild, boolean skipMaven, Path root, Path repository, Path tail, String selosteVersion, Path target) {

    /** Heap sizes (MB) tried for the smallest one the core completes in, largest first. */
    private static final String FLOOR = "1024,512,384,256,192,128,96,64,48,32,24,16";

    static DocumentSettings fromSystemProperties() {
        Path dir = Path.of(property("bench.dir", System.getProperty("user.dir"))).toAbsolutePath().normalize();
        Path root = Path.of(property("docs.root", dir.resolve("..").toString())).toAbsolutePath().normalize();
        Path home = Path.of(System.getProperty("user.home"));
        return new DocumentSettings(
                numbers(property("docs.sizes", "10000,100000")),
                Integer.parseInt(property("docs.warmup", "10")),
                Integer.parseInt(property("docs.runs", "5")),
                Integer.parseInt(property("docs.mavenRuns", "5")),
                property("docs.heap", "256m"),
                property("docs.fallbackHeap", "4g"),
                property("docs.floor", FLOOR).equals("none") ? List.of() : numbers(property("docs.floor", FLOOR)),
                property("docs.coreJar", "").isEmpty() ? null : Path.of(property("docs.coreJar", "")).toAbsolutePath().normalize(),
                Integer.parseInt(property("docs.quietWait", "300")),
                Boolean.parseBoolean(property("docs.rebuild", "false")),
                Boolean.parseBoolean(property("docs.skipMaven", "false")),
                root,
                Path.of(property("docs.repository", dir.resolve("target/documents/repository").toString())).toAbsolutePath().normalize(),
                Path.of(property("docs.tail", home.resolve(".m2/repository").toString())).toAbsolutePath().normalize(),
                property("docs.selosteVersion", "0.1.0-SNAPSHOT"),
                dir.resolve("target/documents"));
    }

    private static List<Integer> numbers(String list) {
        List<Integer> result = new ArrayList<>();
        for (String s : list.split(",")) {
            if (!s.isBlank()) {
                result.add(Integer.parseInt(s.strip()));
            }
        }
        return result;
    }

    /** An empty property, or one Maven left unresolved, counts as unset. */
    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() || value.startsWith("${") ? fallback : value.strip();
    }

    /** @return the Maven options that point a build at {@link #repository}, with {@link #tail} behind it */
    List<String> repositoryOptions() {
        return List.of("-Dmaven.repo.local=" + repository, "-Dmaven.repo.local.tail=" + tail);
    }
}
