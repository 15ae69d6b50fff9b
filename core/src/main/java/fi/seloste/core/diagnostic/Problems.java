package fi.seloste.core.diagnostic;

import fi.seloste.index.diagnostic.Severity;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every problem one run finds, collected in one place so the build fails once, listing all of them: each step of a
 * run reports into the same collector, and the run stops with {@link #failure()} when it holds any error. Warnings
 * are kept apart ({@link #warnings()}) for the caller to log; they never fail the run. A problem
 * reported twice is listed once. Not thread-safe: work done side by side collects into its own collector, which is
 * then {@linkplain #reportAll(Problems) reported} in a fixed order.
 *
 * <p>Bounded: at most {@link #MAX_LISTED} errors and as many warnings are kept; the errors beyond are counted and
 * listed as one {@link Diagnostic#PROBLEMS_OMITTED}, so no input can make a run's message grow without end.
 */
public final class Problems {

    /** The most errors (and warnings) one run lists. */
    public static final int MAX_LISTED = 500;

    private final Set<Problem> found = new LinkedHashSet<>();
    private final Set<Problem> warnings = new LinkedHashSet<>();
    /** Errors reported after {@link #MAX_LISTED} were kept; a repeat of one of them may be counted again. */
    private long omitted;

    /**
     * @param problem one more problem: an error, or a warning kept apart. A {@link Diagnostic#PROBLEMS_OMITTED} is
     *     this collector's own summary, made by {@link #list()}; reported back (a run's failure is often collected
     *     again), it is ignored, as the count it gives is kept here already.
     */
    public void report(Problem problem) {
        if (problem.diagnostic() == Diagnostic.PROBLEMS_OMITTED) {
            return;
        }
        if (problem.diagnostic().severity() == Severity.WARNING) {
            if (warnings.size() < MAX_LISTED) {
                warnings.add(problem);
            }
        } else if (found.size() < MAX_LISTED || found.contains(problem)) {
            found.add(problem);
        } else {
            omitted++;
        }
    }

    /**
     * @param diagnostic which catalogue entry it is
     * @param args values for its placeholders
     */
    public void report(Diagnostic diagnostic, Object... args) {
        report(diagnostic.problem(args));
    }

    /** @param problems problems found elsewhere, in their order */
    public void reportAll(Collection<Problem> problems) {
        problems.forEach(this::report);
    }

    /** @param other problems another collector found, in their order, with those it only counted */
    public void reportAll(Problems other) {
        reportAll(other.found);
        omitted += other.omitted;
        reportAll(other.warnings);
    }

    /** @return the warnings, in the order they were first reported */
    public List<Problem> warnings() {
        return List.copyOf(warnings);
    }

    /** @return whether any error was reported */
    public boolean any() {
        return !found.isEmpty();
    }

    /** @return how many different errors were reported, those beyond the listed ones included */
    public long count() {
        return found.size() + omitted;
    }

    /**
     * @return the errors, in the order they were first reported; when more than {@link #MAX_LISTED} were, the first
     *     ones and a last {@link Diagnostic#PROBLEMS_OMITTED} that counts the others
     */
    public List<Problem> list() {
        if (omitted == 0) {
            return List.copyOf(found);
        }
        List<Problem> listed = new java.util.ArrayList<>(found);
        listed.add(Diagnostic.PROBLEMS_OMITTED.problem(omitted, found.size()));
        return List.copyOf(listed);
    }

    /** @return the exception that ends the run, listing every problem */
    public SelosteException failure() {
        return new SelosteException(list());
    }

    /** @throws SelosteException listing every problem, when any was reported */
    public void failIfAny() throws SelosteException {
        if (any()) {
            throw failure();
        }
    }
}
