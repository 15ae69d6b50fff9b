package fi.seloste;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a purpose of processing once, on a {@code String} constant whose value is the purpose's key,
 * with its texts and legal basis. {@link PersonalData#purpose()} then refers to the constant, so a typo
 * is a compile error and every notice uses the same words.
 *
 * <pre>{@code
 * public final class Purposes {
 *     @Purpose(fi = "Asiakkaiden kysymyksiin vastaaminen", sv = "Att besvara kundernas frågor",
 *              en = "Answering customers' questions", basis = LegalBasis.LEGITIMATE_INTERESTS,
 *              legitimateInterest = "Asiakaspalvelun järjestäminen")
 *     public static final String CHAT_SERVICE = "chat-service";
 * }
 * }</pre>
 *
 * <p>Declaring any purpose switches the project to catalogue mode: every purpose must then be a key.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Purpose {

    /** @return the purpose in Finnish; required */
    String fi();

    /** @return the purpose in Swedish */
    String sv() default "";

    /** @return the purpose in English */
    String en() default "";

    /** @return the Art. 6(1) legal basis */
    LegalBasis basis();

    /** @return the legitimate interest pursued, required when {@link #basis()} is legitimate interests (Finnish) */
    String legitimateInterest() default "";

    /** @return the legitimate interest in Swedish */
    String legitimateInterestSv() default "";

    /** @return the legitimate interest in English */
    String legitimateInterestEn() default "";

    /**
     * The law that lays down the basis (Art. 6(3)), such as {@code "Potilaslaki 785/1992 12 §"}: expected for
     * {@link LegalBasis#LEGAL_OBLIGATION} and {@link LegalBasis#PUBLIC_TASK}; the notice names it with the basis.
     *
     * @return the law in Finnish
     */
    String law() default "";

    /** @return the law in Swedish, such as {@code "Patientlagen 785/1992 12 §"} */
    String lawSv() default "";

    /** @return the law in English */
    String lawEn() default "";

    /**
     * Whether the purpose is direct marketing. The notice then gives the unconditional right to object
     * (Art. 21(2) and (3)), whatever the basis.
     *
     * @return whether the purpose is direct marketing
     */
    boolean directMarketing() default false;

    /** @return the Art. 9(2) condition, required when the purpose processes special categories of data */
    SpecialCategoryCondition specialCondition() default SpecialCategoryCondition.NONE;
}
