package fi.seloste;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Facts that every {@link PersonalData} field of a class, or of every class in a package
 * ({@code package-info.java}), inherits unless the field says otherwise, so that shared facts are
 * written once.
 *
 * <p>A field takes each attribute from the nearest place that sets it: the field, then its class (and
 * enclosing classes), then its package, then the {@link Register}'s default purposes and subjects.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
public @interface PersonalDataDefaults {

    /** @return the id of the {@link Register} these fields belong to */
    String register() default "";

    /** @return default purposes, see {@link PersonalData#purpose()} */
    String[] purpose() default {};

    /** @return default retention period, see {@link PersonalData#retention()} */
    String retention() default "";

    /** @return default retention trigger, see {@link PersonalData#retentionFrom()} */
    RetentionTrigger retentionFrom() default RetentionTrigger.COLLECTION;

    /** @return default retention criteria, see {@link PersonalData#retentionCriteria()} */
    String retentionCriteria() default "";

    /** @return default retention criteria in Swedish, see {@link PersonalData#retentionCriteriaSv()} */
    String retentionCriteriaSv() default "";

    /** @return default retention criteria in English, see {@link PersonalData#retentionCriteriaEn()} */
    String retentionCriteriaEn() default "";

    /** @return default fallback period, see {@link PersonalData#retentionOtherwise()} */
    String retentionOtherwise() default "";

    /** @return default fallback trigger, see {@link PersonalData#retentionOtherwiseFrom()} */
    RetentionTrigger retentionOtherwiseFrom() default RetentionTrigger.COLLECTION;

    /** @return default retention law, see {@link PersonalData#retentionLaw()} */
    String retentionLaw() default "";

    /** @return default retention law in Swedish, see {@link PersonalData#retentionLawSv()} */
    String retentionLawSv() default "";

    /** @return default retention law in English, see {@link PersonalData#retentionLawEn()} */
    String retentionLawEn() default "";

    /** @return default sources, see {@link PersonalData#source()} */
    String[] source() default {};

    /** @return default categories, see {@link PersonalData#category()} */
    String[] category() default {};

    /** @return default data subjects, see {@link PersonalData#subjects()} */
    String[] subjects() default {};

    /** @return default recipients, see {@link PersonalData#recipients()} */
    String[] recipients() default {};

    /** @return default legal basis of free-text purposes, see {@link PersonalData#basis()} */
    LegalBasis[] basis() default {};

    /** @return default legitimate interest, see {@link PersonalData#legitimateInterest()} */
    String legitimateInterest() default "";

    /** @return default law behind the basis, see {@link PersonalData#basisLaw()} */
    String basisLaw() default "";

    /** @return whether free-text purposes are direct marketing, see {@link PersonalData#directMarketing()} */
    boolean directMarketing() default false;

    /** @return default kind of free-text sources, see {@link PersonalData#sourceKind()} */
    SourceKind sourceKind() default SourceKind.NONE;
}
