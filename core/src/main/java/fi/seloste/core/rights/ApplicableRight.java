package fi.seloste.core.rights;

import java.util.List;

/**
 * One right a notice must list for a register, with what limits it there, so the notice states the right as the
 * register's facts give it and no wider.
 *
 * @param right the right
 * @param limitations what limits it, in the order of {@link Limitation}; empty when nothing does
 * @param laws the laws that require keeping the data, named by the limitations that {@linkplain Limitation#takesLaws()
 *     take laws}; empty when none of them applies
 */
public record ApplicableRight(Right right, List<Limitation> limitations, List<String> laws) {

    /** Rejects a limitation of another right, and laws that no limitation names. */
    public ApplicableRight {
        limitations = List.copyOf(limitations);
        laws = List.copyOf(laws);
        for (Limitation limitation : limitations) {
            if (limitation.right() != right) {
                throw new IllegalArgumentException(limitation + " limits " + limitation.right() + ", not " + right);
            }
        }
        boolean takesLaws = limitations.stream().anyMatch(Limitation::takesLaws);
        if (takesLaws == laws.isEmpty()) {
            throw new IllegalArgumentException(takesLaws ? "no laws for " + limitations : "laws " + laws + " without a limitation that names them");
        }
    }

    /**
     * @param right a right
     * @return the right without limitations
     */
    public static ApplicableRight unlimited(Right right) {
        return new ApplicableRight(right, List.of(), List.of());
    }
}
