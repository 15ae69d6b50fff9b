package fi.seloste.core.model;

/**
 * An organisation that decides why and how personal data is processed (rekisterinpitäjä), or its
 * representative.
 *
 * @param name the organisation's name
 * @param businessId the Finnish business ID (Y-tunnus), or {@code null}
 * @param address postal address, or {@code null}
 * @param phone phone number, or {@code null}
 * @param email e-mail address, or {@code null}
 * @param web web address, or {@code null}
 */
public record Controller(String name, String businessId, String address, String phone, String email, String web) {}
