package fi.seloste.core.model;

/**
 * A person or role people can contact about the register, such as the contact person or the data
 * protection officer.
 *
 * @param name name or role
 * @param title job title, or {@code null}
 * @param address postal address, or {@code null}
 * @param phone phone number, or {@code null}
 * @param email e-mail address, or {@code null}
 */
public record Contact(String name, String title, String address, String phone, String email) {}
