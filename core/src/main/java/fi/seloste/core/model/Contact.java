package fi.seloste.core.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * A person, role or channel people can contact about the register, such as a contact person, the data protection
 * officer, or a shared mailbox: a name is optional when an e-mail address, a phone number or a web address reaches it.
 *
 * @param name name or role, or {@code null} for a channel only
 * @param titles the job title by language, possibly empty
 * @param address postal address, or {@code null}
 * @param phone phone number, or {@code null}
 * @param email e-mail address, or {@code null}
 * @param web a web address, such as a form, or {@code null}
 */
public record Contact(String name, Map<String, String> titles, String address, String phone, String email, String web) {

    /** The titles can not change; blank ones are left out. */
    public Contact {
        Map<String, String> clean = new TreeMap<>();
        if (titles != null) {
            titles.forEach((language, title) -> {
                if (title != null && !title.isBlank()) {
                    clean.put(language, title.strip());
                }
            });
        }
        titles = Map.copyOf(clean);
    }

    /**
     * A contact with a Finnish title only.
     *
     * @param name see the record @param title the Finnish title, or {@code null} @param address see the record
     * @param phone see the record @param email see the record
     */
    public Contact(String name, String title, String address, String phone, String email) {
        this(name, title == null ? Map.of() : Map.of("fi", title), address, phone, email, null);
    }

    /** @return whether any channel reaches it: an e-mail address, a phone number or a web address */
    public boolean reachable() {
        return present(email) || present(phone) || present(web);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
