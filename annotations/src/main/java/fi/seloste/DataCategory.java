package fi.seloste;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a category of personal data on a {@code String} constant whose value is its key, with its
 * names in Finnish, Swedish and English, and whether it is special (Art. 9) or a personal identity code.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface DataCategory {

    /** @return the name in Finnish; required */
    String fi();

    /** @return the name in Swedish */
    String sv() default "";

    /** @return the name in English */
    String en() default "";

    /** @return whether data of this category is a special category under GDPR Art. 9 */
    boolean special() default false;

    /** @return whether data of this category is a personal identity code (tietosuojalaki 29 §) */
    boolean identityCode() default false;
}
