package fi.seloste.maven;

/**
 * The {@code <contactPerson>} and {@code <dpo>} elements: someone people can contact about the register.
 *
 * <pre>{@code
 * <dpo>
 *   <name>Tietosuojavastaava Maija Meikäläinen</name>
 *   <email>tietosuoja@pikkuklinikka.fi</email>
 *   <phone>010 123 4500</phone>
 * </dpo>
 * }</pre>
 */
public class ContactConfig {

    /** The person's name, or a role such as "Tietosuojavastaava". Required. */
    String name;

    /** The job title, such as "palvelupäällikkö". */
    String title;

    /** The postal address. */
    String address;

    /** The phone number. An e-mail address or a phone number is required. */
    String phone;

    /** The e-mail address. An e-mail address or a phone number is required. */
    String email;

    fi.seloste.core.model.Contact toModel() {
        return new fi.seloste.core.model.Contact(ControllerConfig.trim(name), ControllerConfig.trim(title),
                ControllerConfig.trim(address), ControllerConfig.trim(phone), ControllerConfig.trim(email));
    }
}
