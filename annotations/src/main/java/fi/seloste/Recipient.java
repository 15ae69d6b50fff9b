package fi.seloste;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a recipient of personal data on a {@code String} constant whose value is its key: who it is,
 * in which role, and whether data travels outside the EU/EEA to reach it.
 *
 * <pre>{@code
 * @Recipient(fi = "Chat-palvelun toimittaja (käsittelijä)", kind = RecipientKind.PROCESSOR)
 * public static final String CHAT_VENDOR = "chat-vendor";
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Recipient {

    /** @return the recipient in Finnish; required */
    String fi();

    /** @return the recipient in Swedish */
    String sv() default "";

    /** @return the recipient in English */
    String en() default "";

    /** @return the recipient's role */
    RecipientKind kind();

    /** @return the ISO 3166 code of the third country the data goes to, empty when it stays in the EU/EEA */
    String country() default "";

    /** @return the transfer safeguard, required when {@link #country()} is set */
    TransferSafeguard safeguard() default TransferSafeguard.NONE;
}
