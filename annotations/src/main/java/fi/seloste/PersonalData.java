package fi.seloste;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a field holds personal data, and states why it is processed, how long it is kept and
 * where it comes from, so that the record of processing activities and the privacy notice can be
 * generated from the code.
 *
 * <pre>{@code
 * @PersonalData(purpose = Purposes.CHAT_SERVICE,
 *               retention = "P4M", retentionFrom = RetentionTrigger.CONVERSATION_END,
 *               source = Sources.DATA_SUBJECT, category = DataCategories.IDENTITY,
 *               label = "Asiakkaan nimi", labelSv = "Kundens namn", labelEn = "Customer's name")
 * private String customerName;
 * }</pre>
 *
 * <p>{@link #purpose()}, {@link #source()} and either {@link #retention()} or {@link #retentionCriteria()}
 * are required, on the field or inherited from {@link PersonalDataDefaults} on the class or package, or
 * from the {@link Register}. Attributes have empty defaults so that the processor, rather than javac,
 * reports a missing one: its error names the field, the attribute and the fix.
 *
 * <p>Values of {@link #purpose()}, {@link #source()}, {@link #category()}, {@link #subjects()} and
 * {@link #recipients()} are keys of declared vocabularies ({@link Purpose}, {@link Source},
 * {@link DataCategory}, {@link DataSubject}, {@link Recipient}, and the built-in {@link Sources},
 * {@link DataCategories}, {@link DataSubjects}). A project that declares no {@link Purpose} may write
 * free-text purposes and sources instead (single-language mode).
 *
 * <p>On a record component the annotation applies to the component's field only, so each component is
 * reported once. The {@code seloste-processor} annotation processor reads it at compile time and writes
 * the module's personal-data index into the class output and so the jar; it is not retained at run time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface PersonalData {

    /**
     * Why the data is processed: keys of {@link Purpose} constants, or free texts in a project without a
     * purpose catalogue. Required here or in the defaults; none may be blank.
     *
     * @return the purposes of processing
     */
    String[] purpose() default {};

    /**
     * How long the data is kept, as an ISO-8601 period: {@code P90D}, {@code P2W}, {@code P4M},
     * {@code P5Y} or a combination such as {@code P1Y6M}, counted from {@link #retentionFrom()}.
     * Required unless {@link #retentionCriteria()} is given.
     *
     * @return the retention period
     * @see RetentionPeriod
     */
    String retention() default "";

    /**
     * The event from which {@link #retention()} is counted. Defaults to the moment of collection.
     *
     * @return the retention trigger
     */
    RetentionTrigger retentionFrom() default RetentionTrigger.COLLECTION;

    /**
     * The criteria that decide how long the data is kept, when no fixed period can be given, such as
     * "as long as the customer relationship lasts". Use instead of {@link #retention()}.
     *
     * @return the retention criteria
     */
    String retentionCriteria() default "";

    /** @return the criteria in Swedish, for Swedish notices, see {@link #retentionCriteria()} */
    String retentionCriteriaSv() default "";

    /** @return the criteria in English, for English notices, see {@link #retentionCriteria()} */
    String retentionCriteriaEn() default "";

    /**
     * The period that applies when the event of {@link #retentionFrom()} is not known, counted from
     * {@link #retentionOtherwiseFrom()}. The patient-records decree, for example, keeps records 12 years after death,
     * or 120 years from birth when the date of death is unknown:
     * {@code retention = "P12Y", retentionFrom = DEATH, retentionOtherwise = "P120Y", retentionOtherwiseFrom = BIRTH}.
     *
     * @return the fallback period, or empty for none
     */
    String retentionOtherwise() default "";

    /** @return the event {@link #retentionOtherwise()} is counted from */
    RetentionTrigger retentionOtherwiseFrom() default RetentionTrigger.COLLECTION;

    /**
     * The law that sets the retention, such as "Kirjanpitolaki 1336/1997 2:10 §". Optional.
     *
     * @return the legal reference
     */
    String retentionLaw() default "";

    /** @return the law in Swedish, such as "Bokföringslagen 1336/1997 2:10 §" */
    String retentionLawSv() default "";

    /** @return the law in English */
    String retentionLawEn() default "";

    /**
     * Where the data comes from: keys of {@link Sources} or your own {@link Source} constants, or free
     * texts in a project without a purpose catalogue. Required here or in the defaults.
     *
     * @return the sources of the data
     */
    String[] source() default {};

    /**
     * The categories of data: keys of {@link DataCategories} or your own {@link DataCategory} constants.
     *
     * @return the data categories
     */
    String[] category() default {};

    /**
     * Whose data it is: keys of {@link DataSubjects} or your own {@link DataSubject} constants.
     *
     * @return the data subjects
     */
    String[] subjects() default {};

    /**
     * Who receives the data: keys of your {@link Recipient} constants.
     *
     * @return the recipients
     */
    String[] recipients() default {};

    /**
     * The name readers of the notice see in the data-content list, in Finnish, for example
     * {@code "Puhelinnumero"}. When empty, the field name is used.
     *
     * @return the Finnish label
     */
    String label() default "";

    /**
     * The Swedish label, for example {@code "Telefonnummer"}.
     *
     * @return the Swedish label
     */
    String labelSv() default "";

    /**
     * The English label, for example {@code "Phone number"}.
     *
     * @return the English label
     */
    String labelEn() default "";

    /**
     * Whether the field holds special categories of data (GDPR Art. 9), such as health data. A category
     * declared special implies it. Special data needs an Art. 9(2) condition on each purpose or here.
     *
     * @return whether the data is special
     */
    boolean special() default false;

    /**
     * The Art. 9(2) condition for this field, when its purposes do not declare one.
     *
     * @return the condition
     */
    SpecialCategoryCondition specialCondition() default SpecialCategoryCondition.NONE;

    /**
     * The tietosuojalaki 29 § ground, required when the field holds a personal identity code
     * (category {@link DataCategories#IDENTITY_CODE}).
     *
     * @return the ground
     */
    IdentityCodeGround identityCodeGround() default IdentityCodeGround.NONE;

    /**
     * The Art. 6(1) legal basis of the free-text purposes. Required, here or inherited, in a project without a
     * {@link Purpose} catalogue; a {@link Purpose} carries its own basis. Give at most one.
     *
     * @return the legal basis, or none
     */
    LegalBasis[] basis() default {};

    /**
     * The legitimate interest pursued, required with {@link LegalBasis#LEGITIMATE_INTERESTS} in a project
     * without a {@link Purpose} catalogue.
     *
     * @return the legitimate interest
     */
    String legitimateInterest() default "";

    /**
     * The law that lays down the basis (Art. 6(3)), such as {@code "Kirjanpitolaki 1336/1997"}, in a project
     * without a {@link Purpose} catalogue.
     *
     * @return the law
     */
    String basisLaw() default "";

    /**
     * Whether the free-text purposes are direct marketing, which gives the unconditional right to object
     * (Art. 21(2)). A {@link Purpose} says so itself.
     *
     * @return whether the purposes are direct marketing
     */
    boolean directMarketing() default false;

    /**
     * Who the free-text sources are, in a project without a {@link Source} of its own for them: required
     * then. A {@link Source} constant declares its own kind.
     *
     * @return the kind of the free-text sources
     */
    SourceKind sourceKind() default SourceKind.NONE;

    /**
     * The id of the {@link Register} the field belongs to, when not inherited from the class or package.
     *
     * @return the register id
     */
    String register() default "";
}
