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
 */
public final class Problems {

    private final Set<Problem> found = new LinkedHashSet<>();
    private final Set<Problem> warnings = new LinkedHashSet<>();

    /** @param problem one more problem: an error, or a warning kept apart */
    public void report(Problem problem) {
        if (problem.diagnostic().severity() == Severity.WARNING) {
            warnings.add(problem);
        } else {
            found.add(problem);
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

    /** @param other problems another collector found, in their order */
    public void reportAll(Problems other) {
        reportAll(other.found);
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

    /** @return how many different errors were reported */
    public int count() {
        return found.size();
    }

    /** @return the errors, in the order they were first reported */
    public List<Problem> list() {
        return List.copyOf(found);
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
