package fi.seloste;

/**
 * The built-in categories of personal data, for {@link PersonalData#category()}. Declare more with
 * {@link DataCategory} on your own constants.
 */
public final class DataCategories {

    private DataCategories() {}

    @DataCategory(fi = "Perus- ja yksilöintitiedot", sv = "Bas- och identifieringsuppgifter", en = "Identity data")
    public static final String IDENTITY = "identity";

    @DataCategory(fi = "Yhteystiedot", sv = "Kontaktuppgifter", en = "Contact details")
    public static final String CONTACT = "contact";

    @DataCategory(fi = "Henkilötunnus", sv = "Personbeteckning", en = "Personal identity code", identityCode = true)
    public static final String IDENTITY_CODE = "identity-code";

    @DataCategory(fi = "Terveystiedot", sv = "Hälsouppgifter", en = "Health data", special = true)
    public static final String HEALTH = "health";

    @DataCategory(fi = "Talous- ja laskutustiedot", sv = "Ekonomiska uppgifter och faktureringsuppgifter",
            en = "Financial and billing data")
    public static final String FINANCIAL = "financial";

    @DataCategory(fi = "Sijaintitiedot", sv = "Platsuppgifter", en = "Location data")
    public static final String LOCATION = "location";

    @DataCategory(fi = "Verkkotunnisteet, kuten IP-osoite ja evästeet",
            sv = "Nätidentifierare, såsom IP-adress och kakor", en = "Online identifiers, such as IP address and cookies")
    public static final String ONLINE_IDENTIFIERS = "online-identifiers";

    @DataCategory(fi = "Viestinnän sisältö", sv = "Kommunikationens innehåll", en = "Content of communications")
    public static final String COMMUNICATION_CONTENT = "communication-content";

    @DataCategory(fi = "Palvelun käyttöön liittyvät tiedot", sv = "Uppgifter om användningen av tjänsten",
            en = "Service usage data")
    public static final String USAGE = "usage";

    @DataCategory(fi = "Työsuhdetiedot", sv = "Uppgifter om anställningen", en = "Employment data")
    public static final String EMPLOYMENT = "employment";

    @DataCategory(fi = "Muut tiedot", sv = "Övriga uppgifter", en = "Other data")
    public static final String OTHER = "other";
}
