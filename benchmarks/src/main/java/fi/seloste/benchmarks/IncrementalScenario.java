package fi.seloste.benchmarks;

import fi.seloste.index.IndexFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the edit-compile loop an IDE or Maven's incremental mode runs: one changed entity recompiled
 * against the class output of a full build, where seloste must merge the new entry into an index of tens of
 * thousands of others without losing any.
 */
final class IncrementalScenario {

    /** Personal fields in each entity of this project: 5,000 entities give 50,000 index entries. */
    static final int PERSONAL_PER_ENTITY = 10;

    /**
     * What the scenario measured.
     *
     * @param entities entity classes in the project
     * @param expectedFields personal fields the index must hold
     * @param lines generated lines of code
     * @param fullBuildsOff full builds with the metamodel off (each into an empty output)
     * @param fullBuilds full builds with the metamodel on (each into an empty output); the last is the base
     *     of the one-file recompiles
     * @param oneFile the one-file recompiles
     * @param indexCounts the number of fields in the index file after each one-file recompile
     */
    record Result(int entities, int expectedFields, long lines, List<CompileResult> fullBuildsOff,
            List<CompileResult> fullBuilds, List<CompileResult> oneFile,
            List<Integer> indexCounts) {

        boolean indexComplete() {
            return indexCounts.stream().allMatch(c -> c == expectedFields);
        }
    }

    private final InProcessJavac javac;
    private final Settings settings;

    IncrementalScenario(InProcessJavac javac, Settings settings) {
        this.javac = javac;
        this.settings = settings;
    }

    Result run() throws IOException {
        int n = settings.incrementalEntities();
        Path root = settings.target().resolve("projects/incremental-" + n);
        System.out.printf(Locale.ROOT, "%nIncremental scenario: generating %,d entities x %d personal fields%n", n, PERSONAL_PER_ENTITY);
        SyntheticProject project = SyntheticProject.generate(root, n, PERSONAL_PER_ENTITY);
        long lines = project.lines();
        Path classes = root.resolve("out/classes");
        Path generated = root.resolve("out/generated");

        List<CompileResult> fullOff = fullBuilds(Configuration.SELOSTE_NO_METAMODEL, project, classes, generated);
        // the default configuration last: its output is the base of the one-file recompiles
        List<CompileResult> full = fullBuilds(Configuration.SELOSTE, project, classes, generated);
        int expected = project.personalFields();
        int afterFull = countIndexedFields(classes);
        System.out.printf(Locale.ROOT, "  index after full build: %,d fields (expected %,d)%n", afterFull, expected);

        int changed = n / 2 + 7;
        List<CompileResult> oneFile = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        // variant 1 is an unmeasured warm-up of this exact path (reading and merging the big index)
        for (int variant = 1; variant <= settings.incrementalRuns() + 1; variant++) {
            Path source = project.change(changed, variant);
            System.gc();
            CompileResult r = javac.compile(Configuration.SELOSTE, List.of(source), classes, generated);
            int count = countIndexedFields(classes);
            boolean warmup = variant == 1;
            if (!warmup) {
                oneFile.add(r);
                counts.add(count);
            }
            System.out.printf(Locale.ROOT, "  %s one-file recompile of %s: javac %,.0f ms (GC %,.0f), process() %,.1f ms, index %,d fields%n",
                    warmup ? "warm-up" : "measured", project.entityName(changed), r.wallMillis(), r.gcMillis(),
                    r.processMillis(), count);
        }
        return new Result(n, expected, lines, fullOff, full, oneFile, counts);
    }

    private List<CompileResult> fullBuilds(Configuration c, SyntheticProject project, Path classes, Path generated)
            throws IOException {
        List<CompileResult> results = new ArrayList<>();
        for (int i = 1; i <= settings.incrementalFullBuilds(); i++) {
            Directories.fresh(classes);
            Directories.fresh(generated);
            System.gc();
            CompileResult r = javac.compile(c, project.sources(), classes, generated);
            results.add(r);
            System.out.printf(Locale.ROOT, "  full build %d/%d (%s): javac %,.0f ms (GC %,.0f), process() %,.1f ms, %,d fields%n",
                    i, settings.incrementalFullBuilds(), c.label, r.wallMillis(), r.gcMillis(), r.processMillis(),
                    r.personalFields());
        }
        return results;
    }

    private static final Pattern FIELDS = Pattern.compile("\"fields\"\\s*:\\s*\\[");
    private static final Pattern UNDECLARED = Pattern.compile("\"undeclared\"\\s*:");
    private static final Pattern CLASS_NAME = Pattern.compile("\"className\"\\s*:");

    /** Counts the entries of the index's {@code fields} array (the array before {@code undeclared}). */
    static int countIndexedFields(Path classes) throws IOException {
        Path index = classes.resolve(IndexFormat.LOCATION);
        if (!Files.exists(index)) {
            return -1;
        }
        String json = Files.readString(index, StandardCharsets.UTF_8);
        Matcher start = FIELDS.matcher(json);
        if (!start.find()) {
            return -1;
        }
        Matcher end = UNDECLARED.matcher(json);
        int stop = end.find(start.end()) ? end.start() : json.length();
        Matcher entry = CLASS_NAME.matcher(json).region(start.end(), stop);
        int count = 0;
        while (entry.find()) {
            count++;
        }
        return count;
    }
}
