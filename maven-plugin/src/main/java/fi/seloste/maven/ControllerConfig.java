package fi.seloste.maven;

/**
 * The {@code <controller>} element (also each {@code <jointController>} and the {@code <representative>}): the
 * organisation responsible for the register (rekisterinpitäjä).
 *
 * <pre>{@code
 * <controller>
 *   <name>Pikkuklinikka Oy</name>
 *   <businessId>1234567-1</businessId>
 *   <address>Esimerkkikatu 1, 00100 Helsinki</address>
 *   <phone>010 123 4567</phone>
 *   <email>tietosuoja@pikkuklinikka.fi</email>
 * </controller>
 * }</pre>
 */
public class ControllerConfig {

    /** The organisation's official name. Required. */
    String name;

    /** The Finnish business ID (Y-tunnus), such as {@code 1234567-1}; its check digit is verified. */
    String businessId;

    /** The postal or visiting address. */
    String address;

    /** The switchboard or customer-service phone number. */
    String phone;

    /** The e-mail address for privacy matters. */
    String email;

    /** The web address. */
    String web;

    fi.seloste.core.model.Controller toModel() {
        return new fi.seloste.core.model.Controller(trim(name), trim(businessId), trim(address), trim(phone), trim(email), trim(web));
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
