package fi.seloste;

/**
 * The built-in groups of data subjects, for {@link PersonalData#subjects()} and {@link Register#subjects()}.
 * Declare more with {@link DataSubject} on your own constants.
 */
public final class DataSubjects {

    private DataSubjects() {}

    @DataSubject(fi = "Asiakkaat", sv = "Kunder", en = "Customers")
    public static final String CUSTOMER = "customer";

    @DataSubject(fi = "Potilaat", sv = "Patienter", en = "Patients")
    public static final String PATIENT = "patient";

    @DataSubject(fi = "Huoltajat", sv = "Vårdnadshavare", en = "Guardians")
    public static final String GUARDIAN = "guardian";

    @DataSubject(fi = "Työntekijät", sv = "Anställda", en = "Employees")
    public static final String EMPLOYEE = "employee";

    @DataSubject(fi = "Verkkopalvelun käyttäjät ja vierailijat", sv = "Användare och besökare av webbtjänsten",
            en = "Users and visitors of the online service")
    public static final String VISITOR = "visitor";

    @DataSubject(fi = "Yhteistyökumppaneiden yhteyshenkilöt", sv = "Kontaktpersoner hos samarbetspartner",
            en = "Contact persons of partners")
    public static final String PARTNER_CONTACT = "partner-contact";

    @DataSubject(fi = "Jäsenet", sv = "Medlemmar", en = "Members")
    public static final String MEMBER = "member";
}
