package fi.seloste.core.diagnostic;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every problem found in one run, thrown once after all of them were collected, so the user can fix
 * them all before building again.
 */
public final class SelosteException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public SelosteException(List<Problem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " found by seloste:\n"
                + problems.stream().map(Problem::message).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** @return the problems, in the order they were found */
    public List<Problem> problems() {
        return problems;
    }
}
