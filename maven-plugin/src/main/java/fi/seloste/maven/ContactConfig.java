package fi.seloste.maven;

import java.util.Map;
import java.util.TreeMap;

/**
 * A {@code <contactPerson>} (of {@code <contactPersons>}) or the {@code <dpo>}: a person, a role or a channel people
 * can contact about the register.
 *
 * <pre>{@code
 * <dpo>
 *   <name>Maija Meikäläinen</name>
 *   <title>tietosuojavastaava</title>
 *   <titleSv>dataskyddsombud</titleSv>
 *   <titleEn>data protection officer</titleEn>
 *   <email>tietosuoja@pikkuklinikka.fi</email>
 * </dpo>
 * <contactPersons>
 *   <contactPerson><email>kirjaamo@pikkuklinikka.fi</email></contactPerson>   <!-- a shared mailbox -->
 * </contactPersons>
 * }</pre>
 */
public class ContactConfig {

    /** The person's name, or a role such as "Tietosuojavastaava". Optional for a channel such as a shared mailbox. */
    String name;

    /** The job title in Finnish, such as "palvelupäällikkö". */
    String title;

    /** The job title in Swedish, required in Swedish notices when {@code <title>} is given. */
    String titleSv;

    /** The job title in English, required in English notices when {@code <title>} is given. */
    String titleEn;

    /** The postal address. */
    String address;

    /** The phone number. An e-mail address, phone number or web address is required. */
    String phone;

    /** The e-mail address. An e-mail address, phone number or web address is required. */
    String email;

    /** A web address that reaches it, such as a contact form. */
    String web;

    fi.seloste.core.model.Contact toModel() {
        Map<String, String> titles = new TreeMap<>();
        put(titles, "fi", title);
        put(titles, "sv", titleSv);
        put(titles, "en", titleEn);
        return new fi.seloste.core.model.Contact(ControllerConfig.trim(name), titles, ControllerConfig.trim(address),
                ControllerConfig.trim(phone), ControllerConfig.trim(email), ControllerConfig.trim(web));
    }

    private static void put(Map<String, String> texts, String language, String text) {
        String value = ControllerConfig.trim(text);
        if (value != null) {
            texts.put(language, value);
        }
    }
}
