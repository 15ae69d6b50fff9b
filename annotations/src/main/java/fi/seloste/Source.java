package fi.seloste;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a source of personal data on a {@code String} constant whose value is its key, with its names
 * in Finnish, Swedish and English, extending the built-in vocabulary the same way it is declared.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Source {

    /** @return the name in Finnish; required */
    String fi();

    /** @return the name in Swedish */
    String sv() default "";

    /** @return the name in English */
    String en() default "";

    /**
     * Who the source is: the data subject, a third party (the notice then follows Art. 14) or the service
     * itself. Required.
     *
     * @return the kind of source
     */
    SourceKind kind() default SourceKind.NONE;
}
