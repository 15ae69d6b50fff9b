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
 * @PersonalData(purpose = "Answering customers' questions in the chat",
 *               retention = "P4M", retentionFrom = RetentionTrigger.CONVERSATION_END,
 *               source = "The customer in the chat", label = "Asiakkaan nimi")
 * private String customerName;
 * }</pre>
 *
 * <p>On a record component the annotation applies to the component's field only, so each component is
 * reported once.
 *
 * <p>{@link #purpose()}, {@link #retention()} and {@link #source()} are required. They have empty
 * defaults only so that the processor, rather than javac, reports a missing one: its error names the
 * field, the attribute and the fix.
 *
 * <p>The {@code seloste-processor} annotation processor reads this annotation at compile time,
 * validates it and writes {@code META-INF/seloste/personal-data.json}. The annotation is not retained
 * at run time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface PersonalData {

    /**
     * Why the data is processed: one or more purposes, written for the people the data is about,
     * for example {@code "Answering customers' questions in the chat"}. Required; must not be blank.
     *
     * @return the purposes of processing
     */
    String[] purpose() default {};

    /**
     * How long the data is kept, as an ISO-8601 period: {@code P90D} (90 days), {@code P2W}
     * (2 weeks), {@code P4M} (4 months), {@code P5Y} (5 years) or a combination such as {@code P1Y6M}.
     * The period runs from {@link #retentionFrom()}. Required.
     *
     * @return the retention period
     * @see RetentionPeriod
     */
    String retention() default "";

    /**
     * Where the data comes from, for example {@code "The customer in the chat"}. One or more sources.
     * Required; must not be blank.
     *
     * @return the sources of the data
     */
    String[] source() default {};

    /**
     * The event from which the {@link #retention()} period is counted. Defaults to the moment the
     * data is collected.
     *
     * @return the retention trigger
     */
    RetentionTrigger retentionFrom() default RetentionTrigger.COLLECTION;

    /**
     * A human name for the data, used in the data-content list of the notice, for example
     * {@code "Puhelinnumero"}. When empty, the field name is used.
     *
     * @return the label shown to readers of the notice
     */
    String label() default "";
}
