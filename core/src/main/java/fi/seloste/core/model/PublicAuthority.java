package fi.seloste.core.model;

import fi.seloste.LegalBasis;
import fi.seloste.core.diagnostic.Diagnostic;
import fi.seloste.core.diagnostic.Problems;
import fi.seloste.index.Purpose;
import fi.seloste.index.Register;

/**
 * The public-authority rule, in one place: which registers a public authority keeps, and that an authority may not
 * rely on legitimate interests for its tasks (GDPR Art. 6(1), last subparagraph).
 */
public final class PublicAuthority {

    private PublicAuthority() {}

    /**
     * @param register the register, or {@code null} for the register of fields that name none
     * @param organisation the organisation facts
     * @return whether a public authority keeps the register: the organisation is one, or the register says so
     */
    public static boolean keeps(Register register, Organisation organisation) {
        return (register != null && register.publicAuthority()) || organisation.publicAuthority();
    }

    /**
     * Reports each purpose that relies on legitimate interests when the organisation is a public authority.
     *
     * @param catalogue the merged declarations
     * @param organisation the organisation facts
     * @param problems where the problems go
     */
    public static void checkPurposes(Catalogue catalogue, Organisation organisation, Problems problems) {
        if (!organisation.publicAuthority()) {
            return;
        }
        for (Purpose p : catalogue.purposes().values()) {
            if (p.basis() == LegalBasis.LEGITIMATE_INTERESTS) {
                problems.report(Diagnostic.PUBLIC_AUTHORITY_LEGITIMATE_INTEREST, p.key(), p.whereDeclared());
            }
        }
    }
}
