package fi.seloste.core.rights;

import fi.seloste.LegalBasis;
import fi.seloste.SpecialCategoryCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rule table of the data subject's rights: which rights a register's notice lists, and what limits them, follow
 * from its legal bases, statutory retention, special categories, public authority, direct marketing and automated
 * decisions, here and nowhere else. docs/rights.md shows the table with the test of each row.
 */
public final class RightsRules {

    private RightsRules() {}

    /**
     * @param facts the register's facts
     * @return the rights that apply, in the order of {@link Right}, each with its limitations
     */
    public static List<ApplicableRight> of(RightsFacts facts) {
        Set<LegalBasis> bases = facts.bases();
        Set<SpecialCategoryCondition> conditions = facts.specialConditions();
        boolean explicitConsent = conditions.contains(SpecialCategoryCondition.EXPLICIT_CONSENT);

        List<ApplicableRight> rights = new ArrayList<>();
        rights.add(ApplicableRight.unlimited(Right.ACCESS));
        rights.add(ApplicableRight.unlimited(Right.RECTIFICATION));
        rights.add(erasure(facts));
        rights.add(ApplicableRight.unlimited(Right.RESTRICTION));
        // Art. 20(1)(a) and 20(3): consent, explicit consent or contract; never for a public authority's tasks
        boolean consentOrContract = bases.contains(LegalBasis.CONSENT) || bases.contains(LegalBasis.CONTRACT) || explicitConsent;
        boolean onlyPublicTask = bases.equals(Set.of(LegalBasis.PUBLIC_TASK));
        if (consentOrContract && !facts.publicAuthority() && !onlyPublicTask) {
            rights.add(ApplicableRight.unlimited(Right.PORTABILITY));
        }
        if (bases.contains(LegalBasis.PUBLIC_TASK) || bases.contains(LegalBasis.LEGITIMATE_INTERESTS)) {
            rights.add(ApplicableRight.unlimited(Right.OBJECTION));
        }
        if (facts.directMarketing()) {
            rights.add(ApplicableRight.unlimited(Right.OBJECTION_TO_DIRECT_MARKETING));
        }
        if (facts.automatedDecisions()) {
            rights.add(ApplicableRight.unlimited(Right.HUMAN_INTERVENTION));
        }
        if (bases.contains(LegalBasis.CONSENT) || explicitConsent) {
            rights.add(ApplicableRight.unlimited(Right.WITHDRAWAL_OF_CONSENT));
        }
        return List.copyOf(rights);
    }

    /** Art. 17(3)(b) and (c): the right to erasure always applies, but not to data the law or public health keeps. */
    private static ApplicableRight erasure(RightsFacts facts) {
        List<Limitation> limitations = new ArrayList<>();
        if (!facts.retentionLaws().isEmpty()) {
            limitations.add(Limitation.ERASURE_STATUTORY_RETENTION);
        }
        if (facts.bases().contains(LegalBasis.LEGAL_OBLIGATION) || facts.bases().contains(LegalBasis.PUBLIC_TASK)) {
            limitations.add(Limitation.ERASURE_LEGAL_OBLIGATION_OR_PUBLIC_TASK);
        }
        if (facts.specialConditions().contains(SpecialCategoryCondition.HEALTH_OR_SOCIAL_CARE)
                || facts.specialConditions().contains(SpecialCategoryCondition.PUBLIC_HEALTH)) {
            limitations.add(Limitation.ERASURE_PUBLIC_HEALTH);
        }
        return new ApplicableRight(Right.ERASURE, limitations, facts.retentionLaws());
    }
}
