package fi.seloste;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says that a field whose name or type looks personal holds no personal data, so the processor's check
 * for undeclared personal fields lets it pass, and the reason stays next to the code for reviewers.
 *
 * <pre>{@code
 * @NotPersonalData(reason = "Id of the e-mail template, not an address")
 * private String emailTemplate;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface NotPersonalData {

    /** @return why the field holds no personal data; required, must not be blank */
    String reason() default "";
}
