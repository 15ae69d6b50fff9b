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

    /**
     * Where the recipient processes the data, as an ISO 3166-1 alpha-2 code such as {@code US} or {@code SE}.
     * A country outside the EU/EEA makes the recipient a transfer, which needs a {@link #safeguard()}; a
     * member state such as {@code SE} is not a transfer. Empty when it is not stated (the data stay in the
     * EU/EEA).
     *
     * @return the country code
     */
    String country() default "";

    /** @return the transfer safeguard, required when {@link #country()} is outside the EU/EEA */
    TransferSafeguard safeguard() default TransferSafeguard.NONE;
}
