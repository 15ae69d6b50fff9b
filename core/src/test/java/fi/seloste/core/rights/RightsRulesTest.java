package fi.seloste.core.rights;

import static fi.seloste.LegalBasis.CONSENT;
import static fi.seloste.LegalBasis.CONTRACT;
import static fi.seloste.LegalBasis.LEGAL_OBLIGATION;
import static fi.seloste.LegalBasis.LEGITIMATE_INTERESTS;
import static fi.seloste.LegalBasis.PUBLIC_TASK;
import static fi.seloste.LegalBasis.VITAL_INTERESTS;
import static fi.seloste.SpecialCategoryCondition.EXPLICIT_CONSENT;
import static fi.seloste.SpecialCategoryCondition.HEALTH_OR_SOCIAL_CARE;
import static fi.seloste.SpecialCategoryCondition.NONE;
import static fi.seloste.SpecialCategoryCondition.PUBLIC_HEALTH;
import static fi.seloste.SpecialCategoryCondition.SUBSTANTIAL_PUBLIC_INTEREST;
import static fi.seloste.core.rights.Limitation.ERASURE_LEGAL_OBLIGATION_OR_PUBLIC_TASK;
import static fi.seloste.core.rights.Limitation.ERASURE_PUBLIC_HEALTH;
import static fi.seloste.core.rights.Limitation.ERASURE_STATUTORY_RETENTION;
import static fi.seloste.core.rights.Right.ACCESS;
import static fi.seloste.core.rights.Right.ERASURE;
import static fi.seloste.core.rights.Right.HUMAN_INTERVENTION;
import static fi.seloste.core.rights.Right.OBJECTION;
import static fi.seloste.core.rights.Right.OBJECTION_TO_DIRECT_MARKETING;
import static fi.seloste.core.rights.Right.PORTABILITY;
import static fi.seloste.core.rights.Right.RECTIFICATION;
import static fi.seloste.core.rights.Right.RESTRICTION;
import static fi.seloste.core.rights.Right.WITHDRAWAL_OF_CONSENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.seloste.LegalBasis;
import fi.seloste.SpecialCategoryCondition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One test per row of the rule table in docs/rights.md, and the registers whose notices got their rights wrong
 * before the table existed. Every assertion compares the whole list, so a right too many fails as well as one
 * missing.
 */
class RightsRulesTest {

    private static final String PATIENT_RECORDS = "STM:n asetus potilasasiakirjoista 94/2022";
    private static final String ACCOUNTING = "Kirjanpitolaki 1336/1997";

    // the rows of the table

    @Test
    void accessAlwaysApplies() {
        for (LegalBasis basis : LegalBasis.values()) {
            assertEquals(ACCESS, RightsRules.of(register(basis).facts()).get(0).right(), basis.name());
        }
        assertEquals(List.of(ACCESS, RECTIFICATION, ERASURE, RESTRICTION), rights(register().facts()));
    }

    @Test
    void rectificationAlwaysApplies() {
        for (LegalBasis basis : LegalBasis.values()) {
            assertEquals(unlimited(RECTIFICATION), RightsRules.of(register(basis).facts()).get(1), basis.name());
        }
    }

    @Test
    void erasureAppliesWithoutLimitationWhenNothingKeepsTheData() {
        for (LegalBasis basis : List.of(CONSENT, CONTRACT, VITAL_INTERESTS, LEGITIMATE_INTERESTS)) {
            assertEquals(unlimited(ERASURE), erasure(register(basis).facts()), basis.name());
        }
        assertEquals(unlimited(ERASURE), erasure(register(CONSENT).special(EXPLICIT_CONSENT, SUBSTANTIAL_PUBLIC_INTEREST).facts()));
    }

    @Test
    void erasureIsLimitedByADeclaredRetentionLaw() {
        assertEquals(new ApplicableRight(ERASURE, List.of(ERASURE_STATUTORY_RETENTION), List.of(PATIENT_RECORDS, ACCOUNTING)),
                erasure(register(CONTRACT).laws(PATIENT_RECORDS, ACCOUNTING).facts()));
    }

    @Test
    void erasureIsLimitedByALegalObligationOrPublicTaskBasis() {
        ApplicableRight limited = new ApplicableRight(ERASURE, List.of(ERASURE_LEGAL_OBLIGATION_OR_PUBLIC_TASK), List.of());
        assertEquals(limited, erasure(register(LEGAL_OBLIGATION).facts()));
        assertEquals(limited, erasure(register(PUBLIC_TASK).facts()));
        assertEquals(limited, erasure(register(CONSENT, LEGAL_OBLIGATION).facts()));
    }

    @Test
    void erasureIsLimitedByHealthOrSocialCareAndPublicHealthConditions() {
        ApplicableRight limited = new ApplicableRight(ERASURE, List.of(ERASURE_PUBLIC_HEALTH), List.of());
        assertEquals(limited, erasure(register(CONTRACT).special(HEALTH_OR_SOCIAL_CARE).facts()));
        assertEquals(limited, erasure(register(CONSENT).special(PUBLIC_HEALTH).facts()));
    }

    @Test
    void restrictionAlwaysApplies() {
        for (LegalBasis basis : LegalBasis.values()) {
            assertEquals(unlimited(RESTRICTION), RightsRules.of(register(basis).facts()).get(3), basis.name());
        }
    }

    @Test
    void portabilityAppliesToConsentContractOrExplicitConsent() {
        assertEquals(List.of(ACCESS, RECTIFICATION, ERASURE, RESTRICTION, PORTABILITY, WITHDRAWAL_OF_CONSENT), rights(register(CONSENT).facts()));
        assertEquals(List.of(ACCESS, RECTIFICATION, ERASURE, RESTRICTION, PORTABILITY), rights(register(CONTRACT).facts()));
        assertEquals(List.of(ACCESS, RECTIFICATION, ERASURE, RESTRICTION, PORTABILITY, WITHDRAWAL_OF_CONSENT),
                rights(register(VITAL_INTERESTS).special(EXPLICIT_CONSENT).facts()));
        assertEquals(List.of(ACCESS, RECTIFICATION, ERASURE, RESTRICTION), rights(register(VITAL_INTERESTS).facts()));
        assertEquals(List.of(ACCESS, RECTIFICATION, ERASURE, RESTRICTION), rights(register(LEGAL_OBLIGATION).facts()));
    }

    @Test
    void portabilityNeverAppliesToAPublicAuthority() {
        assertEquals(List.of(ACCESS, RECTIFICATION, ERASURE, RESTRICTION, WITHDRAWAL_OF_CONSENT),
                rights(register(CONSENT).publicAuthority().facts()));
        assertEquals(List.of(ACCESS, RECTIFICATION, ERASURE, RESTRICTION), rights(register(CONTRACT).publicAuthority().facts()));
    }

    @Test
    void portabilityNeverAppliesWhenThePublicTaskIsTheOnlyBasis() {
        assertEquals(List.of(ACCESS, RECTIFICATION, ERASURE, RESTRICTION, OBJECTION, WITHDRAWAL_OF_CONSENT),
                rights(register(PUBLIC_TASK).special(EXPLICIT_CONSENT).facts()));
        assertEquals(List.of(ACCESS, RECTIFICATION, ERASURE, RESTRICTION, PORTABILITY, OBJECTION),
                rights(register(CONTRACT, PUBLIC_TASK).facts()), "a private body's contract purpose keeps portability");
    }

    @Test
    void objectionAppliesToAPublicTaskOrLegitimateInterests() {
        assertEquals(List.of(ACCESS, RECTIFICATION, ERASURE, RESTRICTION, OBJECTION), rights(register(PUBLIC_TASK).facts()));
        assertEquals(List.of(ACCESS, RECTIFICATION, ERASURE, RESTRICTION, OBJECTION), rights(register(LEGITIMATE_INTERESTS).facts()));
        for (LegalBasis basis : List.of(CONSENT, CONTRACT, LEGAL_OBLIGATION, VITAL_INTERESTS)) {
            assertFalse(rights(register(basis).facts()).contains(OBJECTION), basis.name());
        }
    }

    @Test
    void objectionToDirectMarketingAppliesWhateverTheBasis() {
        for (LegalBasis basis : LegalBasis.values()) {
            List<Right> without = rights(register(basis).facts());
            List<Right> with = rights(register(basis).directMarketing().facts());
            assertEquals(Set.of(OBJECTION_TO_DIRECT_MARKETING), difference(with, without), basis.name());
            assertEquals(unlimited(OBJECTION_TO_DIRECT_MARKETING), find(register(basis).directMarketing().facts(), OBJECTION_TO_DIRECT_MARKETING),
                    basis.name());
        }
        assertEquals(List.of(ACCESS, RECTIFICATION, ERASURE, RESTRICTION, OBJECTION_TO_DIRECT_MARKETING),
                rights(register().directMarketing().facts()), "even with no basis declared");
    }

    @Test
    void humanInterventionAppliesWhenAutomatedDecisionsAreDeclared() {
        assertEquals(List.of(ACCESS, RECTIFICATION, ERASURE, RESTRICTION, PORTABILITY, HUMAN_INTERVENTION),
                rights(register(CONTRACT).automatedDecisions().facts()));
        assertEquals(List.of(ACCESS, RECTIFICATION, ERASURE, RESTRICTION, PORTABILITY), rights(register(CONTRACT).facts()));
    }

    @Test
    void withdrawalAppliesToConsentOrExplicitConsent() {
        assertEquals(List.of(ACCESS, RECTIFICATION, ERASURE, RESTRICTION, PORTABILITY, WITHDRAWAL_OF_CONSENT), rights(register(CONSENT).facts()));
        assertEquals(List.of(ACCESS, RECTIFICATION, ERASURE, RESTRICTION, PORTABILITY, WITHDRAWAL_OF_CONSENT),
                rights(register(CONTRACT).special(EXPLICIT_CONSENT).facts()));
        for (LegalBasis basis : List.of(CONTRACT, LEGAL_OBLIGATION, VITAL_INTERESTS, PUBLIC_TASK, LEGITIMATE_INTERESTS)) {
            assertFalse(rights(register(basis).facts()).contains(WITHDRAWAL_OF_CONSENT), basis.name());
        }
    }

    // the registers that were wrong before

    @Test
    void aPrivateClinicOnContractCannotPromiseErasureOfPatientRecords() {
        assertEquals(List.of(
                unlimited(ACCESS),
                unlimited(RECTIFICATION),
                new ApplicableRight(ERASURE, List.of(ERASURE_STATUTORY_RETENTION), List.of(PATIENT_RECORDS)),
                unlimited(RESTRICTION),
                unlimited(PORTABILITY)),
                RightsRules.of(register(CONTRACT).laws(PATIENT_RECORDS).facts()));
        assertEquals(List.of(
                unlimited(ACCESS),
                unlimited(RECTIFICATION),
                new ApplicableRight(ERASURE, List.of(ERASURE_STATUTORY_RETENTION, ERASURE_PUBLIC_HEALTH), List.of(PATIENT_RECORDS)),
                unlimited(RESTRICTION),
                unlimited(PORTABILITY)),
                RightsRules.of(register(CONTRACT).special(HEALTH_OR_SOCIAL_CARE).laws(PATIENT_RECORDS).facts()));
    }

    @Test
    void directMarketingOnConsentCanBeObjectedToAsWellAsWithdrawn() {
        assertEquals(List.of(
                unlimited(ACCESS),
                unlimited(RECTIFICATION),
                unlimited(ERASURE),
                unlimited(RESTRICTION),
                unlimited(PORTABILITY),
                unlimited(OBJECTION_TO_DIRECT_MARKETING),
                unlimited(WITHDRAWAL_OF_CONSENT)),
                RightsRules.of(register(CONSENT).directMarketing().facts()));
    }

    @Test
    void aPublicAuthorityOnItsPublicTaskGivesObjectionButNoPortability() {
        assertEquals(List.of(
                unlimited(ACCESS),
                unlimited(RECTIFICATION),
                new ApplicableRight(ERASURE, List.of(ERASURE_LEGAL_OBLIGATION_OR_PUBLIC_TASK), List.of()),
                unlimited(RESTRICTION),
                unlimited(OBJECTION)),
                RightsRules.of(register(PUBLIC_TASK).publicAuthority().facts()));
    }

    @Test
    void aWellbeingServicesCountyKeepsPatientRecordsOnThreeGrounds() {
        assertEquals(List.of(
                unlimited(ACCESS),
                unlimited(RECTIFICATION),
                new ApplicableRight(ERASURE,
                        List.of(ERASURE_STATUTORY_RETENTION, ERASURE_LEGAL_OBLIGATION_OR_PUBLIC_TASK, ERASURE_PUBLIC_HEALTH),
                        List.of(PATIENT_RECORDS)),
                unlimited(RESTRICTION),
                unlimited(OBJECTION)),
                RightsRules.of(register(PUBLIC_TASK).special(HEALTH_OR_SOCIAL_CARE).laws(PATIENT_RECORDS).publicAuthority().facts()));
    }

    @Test
    void aCompanyUnderALegalObligationGivesNeitherPortabilityNorObjection() {
        assertEquals(List.of(
                unlimited(ACCESS),
                unlimited(RECTIFICATION),
                new ApplicableRight(ERASURE, List.of(ERASURE_STATUTORY_RETENTION, ERASURE_LEGAL_OBLIGATION_OR_PUBLIC_TASK), List.of(ACCOUNTING)),
                unlimited(RESTRICTION)),
                RightsRules.of(register(LEGAL_OBLIGATION).laws(ACCOUNTING).facts()));
    }

    @Test
    void everyRightComesInTheOrderOfTheTable() {
        assertEquals(Arrays.asList(Right.values()), rights(register(CONSENT, PUBLIC_TASK).directMarketing().automatedDecisions().facts()));
    }

    // the facts and the results themselves

    @Test
    void factsAreCopiedAndCleaned() {
        Set<LegalBasis> bases = new HashSet<>(Set.of(CONSENT));
        Set<SpecialCategoryCondition> conditions = new HashSet<>(Set.of(NONE));
        List<String> laws = new ArrayList<>(List.of(" " + ACCOUNTING + " ", ACCOUNTING, "  "));
        RightsFacts facts = new RightsFacts(bases, conditions, laws, false, false, false);
        bases.add(PUBLIC_TASK);
        conditions.add(HEALTH_OR_SOCIAL_CARE);
        laws.add(PATIENT_RECORDS);

        assertEquals(Set.of(CONSENT), facts.bases());
        assertEquals(Set.of(), facts.specialConditions(), "NONE is no condition");
        assertEquals(List.of(ACCOUNTING), facts.retentionLaws());
        assertThrows(UnsupportedOperationException.class, () -> facts.bases().add(CONTRACT));
        assertThrows(NullPointerException.class, () -> new RightsFacts(Set.of(), Set.of(), Arrays.asList((String) null), false, false, false));
    }

    @Test
    void aLimitationBelongsToItsRightAndNamesTheLawsItTakes() {
        assertThrows(IllegalArgumentException.class, () -> new ApplicableRight(ACCESS, List.of(ERASURE_PUBLIC_HEALTH), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ApplicableRight(ERASURE, List.of(ERASURE_STATUTORY_RETENTION), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ApplicableRight(ERASURE, List.of(ERASURE_PUBLIC_HEALTH), List.of(ACCOUNTING)));
    }

    @Test
    void everyRightAndLimitationHasItsArticleAndAKeyOfItsOwn() {
        assertEquals(List.of("15", "16", "17", "18", "20", "21(1)", "21(2)-(3)", "22(3)", "7(3)"),
                Stream.of(Right.values()).map(Right::article).toList());
        assertEquals(List.of("access", "rectification", "erasure", "restriction", "portability", "objection",
                "objectionToDirectMarketing", "humanIntervention", "withdrawal"), Stream.of(Right.values()).map(Right::key).toList());
        assertEquals(List.of("17(3)(b)", "17(3)(b)", "17(3)(c)"), Stream.of(Limitation.values()).map(Limitation::article).toList());
        assertEquals(List.of("erasureStatutoryRetention", "erasureLegalObligationOrPublicTask", "erasurePublicHealth"),
                Stream.of(Limitation.values()).map(Limitation::key).toList());
    }

    // fixtures

    private static List<Right> rights(RightsFacts facts) {
        return RightsRules.of(facts).stream().map(ApplicableRight::right).toList();
    }

    private static ApplicableRight erasure(RightsFacts facts) {
        return find(facts, ERASURE);
    }

    private static ApplicableRight find(RightsFacts facts, Right right) {
        return RightsRules.of(facts).stream().filter(r -> r.right() == right).findFirst().orElseThrow();
    }

    private static ApplicableRight unlimited(Right right) {
        return new ApplicableRight(right, List.of(), List.of());
    }

    private static Set<Right> difference(List<Right> with, List<Right> without) {
        Set<Right> added = EnumSet.noneOf(Right.class);
        added.addAll(with);
        added.removeAll(without);
        return added;
    }

    private static Register register(LegalBasis... bases) {
        return new Register(Set.of(bases));
    }

    /** A register described by its facts, one at a time. */
    private static final class Register {
        private final Set<LegalBasis> bases;
        private final Set<SpecialCategoryCondition> special = EnumSet.noneOf(SpecialCategoryCondition.class);
        private final List<String> laws = new ArrayList<>();
        private boolean publicAuthority;
        private boolean directMarketing;
        private boolean automatedDecisions;

        Register(Set<LegalBasis> bases) {
            this.bases = bases;
        }

        Register special(SpecialCategoryCondition... conditions) {
            special.addAll(List.of(conditions));
            return this;
        }

        Register laws(String... declared) {
            laws.addAll(List.of(declared));
            return this;
        }

        Register publicAuthority() {
            publicAuthority = true;
            return this;
        }

        Register directMarketing() {
            directMarketing = true;
            return this;
        }

        Register automatedDecisions() {
            automatedDecisions = true;
            return this;
        }

        RightsFacts facts() {
            return new RightsFacts(bases, special, laws, publicAuthority, directMarketing, automatedDecisions);
        }
    }
}
