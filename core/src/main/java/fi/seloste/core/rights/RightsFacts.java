package fi.seloste.core.rights;

import fi.seloste.LegalBasis;
import fi.seloste.SpecialCategoryCondition;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The facts of one register that decide which rights its notice lists and how they are limited, gathered so the
 * rights follow from them alone.
 *
 * @param bases the Art. 6(1) legal bases of the register's purposes
 * @param specialConditions the Art. 9(2) conditions of its special categories of data, empty when there are none;
 *     {@link SpecialCategoryCondition#NONE} is dropped
 * @param retentionLaws the laws that require keeping data, as declared (for example
 *     "STM:n asetus potilasasiakirjoista 94/2022"), in order, each once and stripped; empty when none is declared,
 *     and a blank text declares none
 * @param publicAuthority whether a public authority keeps the register
 * @param directMarketing whether some purpose is direct marketing
 * @param automatedDecisions whether decisions based solely on automated processing, with legal or similarly
 *     significant effects, are declared (Art. 22)
 */
public record RightsFacts(
        Set<LegalBasis> bases,
        Set<SpecialCategoryCondition> specialConditions,
        List<String> retentionLaws,
        boolean publicAuthority,
        boolean directMarketing,
        boolean automatedDecisions) {

    /** Copies the collections, in declaration order, so the facts cannot change after the rules have read them. */
    public RightsFacts {
        EnumSet<LegalBasis> basisSet = EnumSet.noneOf(LegalBasis.class);
        basisSet.addAll(bases);
        bases = Collections.unmodifiableSet(basisSet);
        EnumSet<SpecialCategoryCondition> conditions = EnumSet.noneOf(SpecialCategoryCondition.class);
        conditions.addAll(specialConditions);
        conditions.remove(SpecialCategoryCondition.NONE);
        specialConditions = Collections.unmodifiableSet(conditions);
        retentionLaws = retentionLaws.stream().map(String::strip).filter(law -> !law.isEmpty()).distinct().toList();
    }
}
