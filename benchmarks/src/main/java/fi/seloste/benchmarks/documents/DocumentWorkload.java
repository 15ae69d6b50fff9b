package fi.seloste.benchmarks.documents;

import fi.seloste.core.load.IndexSource;
import fi.seloste.core.model.Contact;
import fi.seloste.core.model.Controller;
import fi.seloste.core.model.Organisation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes a multi-module Maven project shaped like a large real system (a shared catalogue module and six register
 * modules, the last of which is the application that runs {@code seloste:generate}), so document generation is
 * measured on indexes that the real processor wrote for code that looks like the code seloste is meant for.
 *
 * <p>The catalogue module declares 12 {@code @Purpose}s (every legal basis, legitimate interests, Art. 9(2)
 * conditions), 8 {@code @Recipient}s (three outside the EU/EEA with their safeguards) and its own data categories,
 * sources and data subjects. Each register module declares its {@code @Register} on its root package and
 * {@code @PersonalDataDefaults} on every package, and holds entity classes of {@value #FIELDS_PER_CLASS}
 * {@code @PersonalData} fields each (plus {@code id}, {@code createdAt}, {@code version} and one
 * {@code @NotPersonalData} field), {@value #CLASSES_PER_PACKAGE} classes per package. A field's facts come from the
 * register's template list: explicit or inherited purposes (one or two), categories (built-in, custom, special,
 * identity code), sources, recipients, retention periods with and without a law, retention criteria. Labels exist
 * in Finnish, Swedish and English, are made of the template's label and the entity's kind, so the same label recurs
 * over classes as in a real model, and contain non-ASCII letters, quotes, {@code &}, {@code <} and {@code >}.
 *
 * @param root the project directory
 * @param fields the number of {@code @PersonalData} fields over all modules
 * @param selosteVersion the version of seloste's artifacts the project uses
 */
public record DocumentWorkload(Path root, int fields, String selosteVersion) {

    /** The generated project's group; its version names the field count, so sizes never share an installed jar. */
    public static final String GROUP = "fi.seloste.bench";
    public static final int FIELDS_PER_CLASS = 10;
    public static final int CLASSES_PER_PACKAGE = 50;
    public static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    public static final String OUTPUT_TIMESTAMP = "2026-01-01T00:00:00Z";
    public static final String JPA_VERSION = "3.1.0";
    /** The module whose {@code seloste:generate} is measured; it depends on all the others. */
    public static final String APP = "web";

    private static final String CATALOGUES = "bench.catalogue.Purposes,bench.catalogue.Recipients,bench.catalogue.Vocabulary";

    /** A personal field a register's entities can hold: name, type, labels and the annotation's other members. */
    private record FieldTemplate(String name, String type, String fi, String sv, String en, String facts) {}

    /** An entity kind: the class name stem and the noun added to labels. */
    private record Kind(String stem, String fi, String sv, String en) {}

    /** One register module. */
    private record RegisterModule(String id, String fi, String sv, String en, List<String> descriptions, String registerFacts,
            String defaults, List<Kind> kinds, List<FieldTemplate> templates) {}

    private static FieldTemplate f(String name, String type, String fi, String sv, String en, String facts) {
        return new FieldTemplate(name, type, fi, sv, en, facts);
    }

    private static Kind k(String stem, String fi, String sv, String en) {
        return new Kind(stem, fi, sv, en);
    }

    private static final List<RegisterModule> REGISTERS = List.of(
            new RegisterModule("customers", "Asiakasrekisteri", "Kundregistret", "Customer register",
                    List.of("Asiakkaiden & kanta-asiakkaiden tiedot: tilaukset, toimitukset ja \"asiakaspalvelu\" <kaikki kanavat>.",
                            "Kundernas & stamkundernas uppgifter: beställningar, leveranser och \"kundtjänst\" <alla kanaler>.",
                            "Customers' & loyalty members' data: orders, deliveries and \"customer service\" <all channels>."),
                    "subjects = {DataSubjects.CUSTOMER, DataSubjects.GUARDIAN}, purposes = Purposes.CUSTOMER_RELATIONSHIP",
                    "retention = \"P3Y\", retentionFrom = RetentionTrigger.RELATIONSHIP_END, source = Sources.DATA_SUBJECT, "
                            + "recipients = Recipients.IT_PROVIDER",
                    List.of(k("CustomerAccount", "asiakastili", "kundkonto", "customer account"),
                            k("LoyaltyMember", "kanta-asiakkuus", "stamkundskap", "loyalty membership"),
                            k("SalesOrder", "tilaus", "beställning", "order"),
                            k("Delivery", "toimitus", "leverans", "delivery"),
                            k("ProductReturn", "palautus", "retur", "return"),
                            k("Complaint", "reklamaatio", "reklamation", "complaint"),
                            k("GiftCard", "lahjakortti", "presentkort", "gift card"),
                            k("ServiceBooking", "huoltovaraus", "servicebokning", "service booking"),
                            k("Quote", "tarjouspyyntö", "offertförfrågan", "quote request"),
                            k("Warranty", "takuu", "garanti", "warranty")),
                    List.of(f("fullName", "String", "Nimi", "Namn", "Name", "category = DataCategories.IDENTITY"),
                            f("birthDate", "java.time.LocalDate", "Syntymäaika", "Födelsedatum", "Date of birth",
                                    "category = DataCategories.IDENTITY, source = {Sources.DATA_SUBJECT, Sources.POPULATION_REGISTER}"),
                            f("emailAddress", "String", "Sähköpostiosoite", "E-postadress", "E-mail address",
                                    "purpose = {Purposes.CUSTOMER_RELATIONSHIP, Purposes.CUSTOMER_SERVICE}, category = DataCategories.CONTACT"),
                            f("phoneNumber", "String", "Puhelinnumero", "Telefonnummer", "Phone number", "category = DataCategories.CONTACT"),
                            f("streetAddress", "String", "Katuosoite", "Gatuadress", "Street address",
                                    "category = DataCategories.CONTACT, source = {Sources.DATA_SUBJECT, Sources.POPULATION_REGISTER}"),
                            f("postalCode", "String", "Postinumero & -toimipaikka", "Postnummer & postort", "Postcode & town",
                                    "category = DataCategories.CONTACT"),
                            f("serviceLanguage", "String", "Asiointikieli", "Ärendespråk", "Language of service", "category = DataCategories.OTHER"),
                            f("customerSince", "java.time.LocalDate", "Asiakkuuden alkamispäivä", "Kundförhållandets startdatum",
                                    "Customer since", "category = Vocabulary.CUSTOMER_HISTORY"),
                            f("purchaseHistory", "String", "Ostohistoria <viimeiset 24 kk>", "Köphistorik <senaste 24 mån>",
                                    "Purchase history <last 24 months>",
                                    "purpose = {Purposes.CUSTOMER_RELATIONSHIP, Purposes.ANALYTICS}, category = Vocabulary.CUSTOMER_HISTORY, "
                                            + "recipients = {Recipients.IT_PROVIDER, Recipients.ANALYTICS_PARTNER}"),
                            f("serviceNotes", "String", "Asiakaspalvelun muistiinpanot \"vapaa teksti\"",
                                    "Kundtjänstens anteckningar \"fritext\"", "Customer-service notes \"free text\"",
                                    "purpose = Purposes.CUSTOMER_SERVICE, category = DataCategories.COMMUNICATION_CONTENT, retention = \"P2Y\", "
                                            + "retentionFrom = RetentionTrigger.RELATIONSHIP_END"),
                            f("loyaltyNumber", "String", "Kanta-asiakasnumero", "Stamkundsnummer", "Loyalty number",
                                    "category = DataCategories.IDENTITY"),
                            f("companyName", "String", "Yrityksen nimi & Y-tunnus", "Företagets namn & FO-nummer",
                                    "Company name & business ID", "category = DataCategories.IDENTITY, source = Vocabulary.CRM"),
                            f("guardianName", "String", "Huoltajan nimi (alle 18-v.)", "Vårdnadshavarens namn (under 18 år)",
                                    "Guardian's name (under 18s)", "category = DataCategories.IDENTITY, subjects = DataSubjects.GUARDIAN, "
                                            + "source = Sources.GUARDIAN"),
                            f("deliveryNotes", "String", "Toimitusohjeet 'ovikoodi'", "Leveransanvisningar 'portkod'",
                                    "Delivery instructions 'door code'", "category = DataCategories.OTHER, retention = \"P6M\", "
                                            + "retentionFrom = RetentionTrigger.COLLECTION"))),
            new RegisterModule("patients", "Potilasrekisteri", "Patientregistret", "Patient register",
                    List.of("Potilaan hoidon järjestämiseksi tarvittavat tiedot – potilasasiakirjat & ajanvaraukset.",
                            "Uppgifter som behövs för att ordna patientens vård – journalhandlingar & tidsbokningar.",
                            "Data needed to provide the patient's care – patient records & appointments."),
                    "subjects = {DataSubjects.PATIENT, DataSubjects.GUARDIAN}, purposes = Purposes.CARE",
                    "retention = \"P12Y\", retentionFrom = RetentionTrigger.DEATH, "
                            + "retentionLaw = \"Sosiaali- ja terveysministeriön asetus potilasasiakirjoista 94/2022\", "
                            + "source = {Sources.DATA_SUBJECT, Sources.HEALTH_CARE_PROVIDERS}, recipients = Recipients.KANTA",
                    List.of(k("Patient", "potilas", "patient", "patient"),
                            k("Visit", "käynti", "besök", "visit"),
                            k("Referral", "lähete", "remiss", "referral"),
                            k("LabOrder", "laboratoriotutkimus", "laboratorieundersökning", "laboratory test"),
                            k("Prescription", "resepti", "recept", "prescription"),
                            k("Vaccination", "rokotus", "vaccination", "vaccination"),
                            k("DentalVisit", "hammashoito", "tandvård", "dental care"),
                            k("Physiotherapy", "fysioterapia", "fysioterapi", "physiotherapy"),
                            k("HomeCare", "kotihoito", "hemvård", "home care"),
                            k("Imaging", "kuvantaminen", "bilddiagnostik", "imaging")),
                    List.of(f("fullName", "String", "Nimi", "Namn", "Name", "category = DataCategories.IDENTITY"),
                            f("hetu", "String", "Henkilötunnus", "Personbeteckning", "Personal identity code",
                                    "purpose = {Purposes.CARE, Purposes.PATIENT_RECORDS}, category = DataCategories.IDENTITY_CODE, "
                                            + "identityCodeGround = IdentityCodeGround.HEALTH_AND_SOCIAL_CARE"),
                            f("birthDate", "java.time.LocalDate", "Syntymäaika", "Födelsedatum", "Date of birth",
                                    "category = DataCategories.IDENTITY"),
                            f("phoneNumber", "String", "Puhelinnumero", "Telefonnummer", "Phone number", "category = DataCategories.CONTACT"),
                            f("homeAddress", "String", "Kotiosoite", "Hemadress", "Home address",
                                    "category = DataCategories.CONTACT, source = {Sources.DATA_SUBJECT, Sources.POPULATION_REGISTER}"),
                            f("diagnoses", "String", "Diagnoosit (ICD-10)", "Diagnoser (ICD-10)", "Diagnoses (ICD-10)",
                                    "purpose = {Purposes.CARE, Purposes.PATIENT_RECORDS}, category = DataCategories.HEALTH"),
                            f("medication", "String", "Lääkitys & annostus", "Medicinering & dosering", "Medication & dosage",
                                    "category = DataCategories.HEALTH"),
                            f("allergies", "String", "Allergiat <vakavat>", "Allergier <allvarliga>", "Allergies <severe>",
                                    "category = DataCategories.HEALTH"),
                            f("labResults", "String", "Laboratoriotulokset", "Laboratoriesvar", "Laboratory results",
                                    "category = DataCategories.HEALTH, recipients = {Recipients.KANTA, Recipients.IT_PROVIDER}"),
                            f("visitNotes", "String", "Käyntimerkinnät \"hoitajan\" huomiot", "Besöksanteckningar \"skötarens\" noteringar",
                                    "Visit notes \"nurse's\" remarks", "category = DataCategories.HEALTH"),
                            f("nextOfKin", "String", "Lähiomainen", "Närmast anhörig", "Next of kin",
                                    "category = DataCategories.CONTACT, source = Sources.DATA_SUBJECT"),
                            f("appointmentTime", "java.time.LocalDateTime", "Ajanvarauksen aika", "Tid för bokning", "Appointment time",
                                    "purpose = Purposes.APPOINTMENTS, category = DataCategories.OTHER, retention = \"P2Y\", "
                                            + "retentionFrom = RetentionTrigger.COLLECTION, recipients = Recipients.IT_PROVIDER"),
                            f("disclosureConsent", "boolean", "Luovutuslupa (Kanta)", "Samtycke till utlämnande (Kanta)",
                                    "Consent to disclosure (Kanta)", "category = DataCategories.OTHER"),
                            f("guardianName", "String", "Huoltajan nimi", "Vårdnadshavarens namn", "Guardian's name",
                                    "category = DataCategories.IDENTITY, subjects = DataSubjects.GUARDIAN, source = Sources.GUARDIAN"))),
            new RegisterModule("staff", "Henkilöstörekisteri", "Personalregistret", "Staff register",
                    List.of("Työsuhteen hoitaminen: palkanmaksu, poissaolot & osaaminen.",
                            "Skötsel av anställningen: löner, frånvaro & kompetens.",
                            "Managing employment: pay, absences & skills."),
                    "subjects = {DataSubjects.EMPLOYEE, Vocabulary.JOB_APPLICANT}, purposes = Purposes.PAYROLL",
                    "retention = \"P10Y\", retentionFrom = RetentionTrigger.RELATIONSHIP_END, "
                            + "retentionLaw = \"Työsopimuslaki 55/2001 6:7 §\", source = {Sources.DATA_SUBJECT, Sources.EMPLOYER}, "
                            + "recipients = {Recipients.PENSION_INSURER, Recipients.TAX_AUTHORITY}",
                    List.of(k("Employee", "työntekijä", "arbetstagare", "employee"),
                            k("Contract", "työsopimus", "arbetsavtal", "employment contract"),
                            k("Timesheet", "työaikakirjanpito", "arbetstidsbokföring", "timesheet"),
                            k("Absence", "poissaolo", "frånvaro", "absence"),
                            k("Payslip", "palkkalaskelma", "lönespecifikation", "payslip"),
                            k("Training", "koulutus", "utbildning", "training"),
                            k("Appraisal", "kehityskeskustelu", "utvecklingssamtal", "appraisal"),
                            k("Expense", "kululasku", "reseräkning", "expense claim"),
                            k("Applicant", "työnhakija", "arbetssökande", "job applicant"),
                            k("AccessCard", "kulkukortti", "passerkort", "access card")),
                    List.of(f("fullName", "String", "Nimi", "Namn", "Name", "category = DataCategories.IDENTITY"),
                            f("hetu", "String", "Henkilötunnus", "Personbeteckning", "Personal identity code",
                                    "category = DataCategories.IDENTITY_CODE, identityCodeGround = IdentityCodeGround.EMPLOYMENT"),
                            f("homeAddress", "String", "Kotiosoite", "Hemadress", "Home address", "category = DataCategories.CONTACT"),
                            f("phoneNumber", "String", "Puhelinnumero", "Telefonnummer", "Phone number", "category = DataCategories.CONTACT"),
                            f("bankAccount", "String", "Tilinumero (IBAN)", "Kontonummer (IBAN)", "Bank account (IBAN)",
                                    "category = DataCategories.FINANCIAL"),
                            f("salary", "java.math.BigDecimal", "Palkka & lisät", "Lön & tillägg", "Salary & allowances",
                                    "purpose = {Purposes.PAYROLL, Purposes.BOOKKEEPING}, category = DataCategories.FINANCIAL, retention = \"P10Y\", "
                                            + "retentionFrom = RetentionTrigger.FISCAL_YEAR_END, retentionLaw = \"Kirjanpitolaki 1336/1997 2:10 §\""),
                            f("taxCard", "String", "Verokortin tiedot", "Skattekortets uppgifter", "Tax card details",
                                    "category = DataCategories.FINANCIAL, source = Sources.AUTHORITIES, recipients = Recipients.TAX_AUTHORITY"),
                            f("sickLeave", "String", "Sairauspoissaolot ja lääkärintodistukset", "Sjukfrånvaro och läkarintyg",
                                    "Sick leave and medical certificates", "category = Vocabulary.SICK_LEAVE"),
                            f("qualifications", "String", "Koulutukset & pätevyydet", "Utbildningar & behörigheter",
                                    "Training & qualifications", "category = Vocabulary.TRAINING"),
                            f("jobTitle", "String", "Tehtävänimike", "Befattning", "Job title", "category = DataCategories.EMPLOYMENT"),
                            f("workPhone", "String", "Työpuhelin", "Arbetstelefon", "Work phone", "category = DataCategories.CONTACT"),
                            f("application", "String", "Työhakemus <liitteineen>", "Arbetsansökan <med bilagor>",
                                    "Job application <with attachments>", "purpose = Purposes.RECRUITMENT, category = DataCategories.EMPLOYMENT, "
                                            + "subjects = Vocabulary.JOB_APPLICANT, retentionCriteria = \"Kaksi vuotta haun päättymisestä "
                                            + "(yhdenvertaisuuslain kanneaika)\""),
                            f("accessLog", "String", "Kulunvalvonnan tapahtumat", "Passerkontrollens händelser", "Access-control events",
                                    "purpose = Purposes.SERVICE_SECURITY, category = DataCategories.USAGE, source = Sources.SERVICE_GENERATED, "
                                            + "retention = \"P1Y\", retentionFrom = RetentionTrigger.COLLECTION"),
                            f("emergencyContact", "String", "Hätätilanteen yhteyshenkilö", "Kontaktperson i nödsituationer",
                                    "Emergency contact", "category = DataCategories.CONTACT"))),
            new RegisterModule("billing", "Laskutusrekisteri", "Faktureringsregistret", "Billing register",
                    List.of("Laskutus, maksut & perintä sekä kirjanpitolain mukainen säilytys.",
                            "Fakturering, betalningar & indrivning samt förvaring enligt bokföringslagen.",
                            "Invoicing, payments & collection, and storage under the Accounting Act."),
                    "subjects = DataSubjects.CUSTOMER, purposes = {Purposes.INVOICING, Purposes.BOOKKEEPING}",
                    "retention = \"P6Y\", retentionFrom = RetentionTrigger.FISCAL_YEAR_END, "
                            + "retentionLaw = \"Kirjanpitolaki 1336/1997 2 luku 10 §\", source = {Sources.DATA_SUBJECT, Sources.CREDIT_REGISTER}, "
                            + "recipients = {Recipients.COLLECTION_AGENCY, Recipients.TAX_AUTHORITY}",
                    List.of(k("Invoice", "lasku", "faktura", "invoice"),
                            k("Payment", "maksu", "betalning", "payment"),
                            k("CreditNote", "hyvityslasku", "kreditnota", "credit note"),
                            k("Reminder", "maksumuistutus", "betalningspåminnelse", "payment reminder"),
                            k("InstalmentPlan", "maksusuunnitelma", "avbetalningsplan", "instalment plan"),
                            k("DirectDebit", "suoramaksu", "direktbetalning", "direct debit"),
                            k("Refund", "palautus", "återbetalning", "refund"),
                            k("BillingAccount", "laskutustili", "faktureringskonto", "billing account"),
                            k("CollectionCase", "perintäasia", "indrivningsärende", "collection case"),
                            k("Receipt", "kuitti", "kvitto", "receipt")),
                    List.of(f("fullName", "String", "Nimi", "Namn", "Name", "category = DataCategories.IDENTITY"),
                            f("billingAddress", "String", "Laskutusosoite", "Faktureringsadress", "Billing address",
                                    "category = DataCategories.CONTACT"),
                            f("emailAddress", "String", "Sähköpostiosoite", "E-postadress", "E-mail address",
                                    "category = DataCategories.CONTACT, recipients = {Recipients.MAIL_SERVICE, Recipients.COLLECTION_AGENCY}"),
                            f("bankAccount", "String", "Tilinumero (IBAN)", "Kontonummer (IBAN)", "Bank account (IBAN)",
                                    "category = DataCategories.FINANCIAL"),
                            f("paymentHistory", "String", "Maksuhistoria", "Betalningshistorik", "Payment history",
                                    "category = DataCategories.FINANCIAL"),
                            f("creditRating", "String", "Luottotiedot \"maksuhäiriöt\"", "Kreditupplysningar \"betalningsanmärkningar\"",
                                    "Credit data \"payment defaults\"", "category = DataCategories.FINANCIAL, source = Sources.CREDIT_REGISTER, "
                                            + "purpose = Purposes.INVOICING"),
                            f("invoiceRows", "String", "Laskurivit & alennukset", "Fakturarader & rabatter", "Invoice lines & discounts",
                                    "category = Vocabulary.CUSTOMER_HISTORY"),
                            f("reminders", "String", "Maksumuistutukset ja perintä", "Påminnelser och indrivning",
                                    "Reminders and debt collection", "category = DataCategories.FINANCIAL, purpose = Purposes.INVOICING"),
                            f("vatNumber", "String", "ALV-tunniste", "Momsregistreringsnummer", "VAT number", "category = DataCategories.IDENTITY"),
                            f("einvoiceAddress", "String", "Verkkolaskuosoite", "E-fakturaadress", "E-invoice address",
                                    "category = DataCategories.CONTACT"),
                            f("customerNumber", "String", "Asiakasnumero", "Kundnummer", "Customer number", "category = DataCategories.IDENTITY"),
                            f("disputeNotes", "String", "Laskun riitautus <perustelut>", "Bestridande av faktura <motivering>",
                                    "Invoice dispute <grounds>", "category = DataCategories.COMMUNICATION_CONTENT, purpose = Purposes.INVOICING, "
                                            + "retention = \"P3Y\", retentionFrom = RetentionTrigger.COLLECTION, retentionLaw = \"Laki velan "
                                            + "vanhentumisesta 728/2003\""))),
            new RegisterModule("marketing", "Markkinointirekisteri", "Marknadsföringsregistret", "Marketing register",
                    List.of("Suoramarkkinointi, uutiskirjeet & kampanjat – vain luvan antaneille.",
                            "Direktmarknadsföring, nyhetsbrev & kampanjer – endast till dem som gett tillstånd.",
                            "Direct marketing, newsletters & campaigns – only to those who consented."),
                    "subjects = {DataSubjects.CUSTOMER, Vocabulary.NEWSLETTER_SUBSCRIBER}, purposes = Purposes.MARKETING",
                    "retentionCriteria = \"Kunnes suostumus perutaan tai markkinointi kielletään\", "
                            + "source = {Sources.DATA_SUBJECT, Vocabulary.PARTNERS}, recipients = {Recipients.MAIL_SERVICE, Recipients.ANALYTICS_PARTNER}",
                    List.of(k("Campaign", "kampanja", "kampanj", "campaign"),
                            k("Subscriber", "tilaaja", "prenumerant", "subscriber"),
                            k("Survey", "kysely", "enkät", "survey"),
                            k("Event", "tapahtuma", "evenemang", "event"),
                            k("Lottery", "arvonta", "utlottning", "prize draw"),
                            k("Segment", "segmentti", "segment", "segment"),
                            k("Coupon", "kuponki", "kupong", "coupon"),
                            k("Referral", "suosittelu", "rekommendation", "referral"),
                            k("Webinar", "webinaari", "webbinarium", "webinar"),
                            k("Preference", "viestintäasetus", "kommunikationsinställning", "communication preference")),
                    List.of(f("fullName", "String", "Nimi", "Namn", "Name", "category = DataCategories.IDENTITY"),
                            f("emailAddress", "String", "Sähköpostiosoite", "E-postadress", "E-mail address", "category = DataCategories.CONTACT"),
                            f("phoneNumber", "String", "Puhelinnumero (tekstiviestit)", "Telefonnummer (sms)", "Phone number (text messages)",
                                    "category = DataCategories.CONTACT"),
                            f("marketingConsent", "String", "Markkinointiluvat & -kiellot", "Marknadsföringstillstånd & -förbud",
                                    "Marketing consents & objections", "category = Vocabulary.PREFERENCES, retention = \"P5Y\", "
                                            + "retentionFrom = RetentionTrigger.CONSENT_WITHDRAWN"),
                            f("interests", "String", "Kiinnostuksen kohteet", "Intressen", "Interests", "category = Vocabulary.PREFERENCES"),
                            f("campaignResponses", "String", "Kampanjavastaukset", "Kampanjsvar", "Campaign responses",
                                    "purpose = {Purposes.MARKETING, Purposes.ANALYTICS}, category = DataCategories.USAGE"),
                            f("segmentCode", "String", "Asiakassegmentti 'A/B'", "Kundsegment 'A/B'", "Customer segment 'A/B'",
                                    "category = Vocabulary.CUSTOMER_HISTORY, source = Vocabulary.CRM"),
                            f("newsletterTopics", "String", "Uutiskirjeen aiheet", "Nyhetsbrevets ämnen", "Newsletter topics",
                                    "purpose = Purposes.NEWSLETTER, category = Vocabulary.PREFERENCES, subjects = Vocabulary.NEWSLETTER_SUBSCRIBER"),
                            f("openEvents", "String", "Avaus- ja klikkaustiedot", "Öppnings- och klickuppgifter", "Opens and clicks",
                                    "category = DataCategories.USAGE, source = Sources.SERVICE_GENERATED, retention = \"P13M\", "
                                            + "retentionFrom = RetentionTrigger.COLLECTION"),
                            f("homeTown", "String", "Kotikunta", "Hemkommun", "Municipality of residence", "category = DataCategories.LOCATION"),
                            f("ageGroup", "String", "Ikäryhmä", "Åldersgrupp", "Age group", "category = DataCategories.IDENTITY"),
                            f("prizeDelivery", "String", "Palkinnon toimitusosoite", "Leveransadress för vinsten", "Prize delivery address",
                                    "category = DataCategories.CONTACT, retention = \"P3M\", retentionFrom = RetentionTrigger.COLLECTION"))),
            new RegisterModule(APP, "Verkkopalvelun käyttäjärekisteri", "Webbtjänstens användarregister", "Online service user register",
                    List.of("Verkkopalvelun & mobiilisovelluksen käyttö, tietoturva ja chat-asiakaspalvelu.",
                            "Användning av webbtjänsten & mobilappen, informationssäkerhet och chattkundtjänst.",
                            "Use of the online service & mobile app, security and chat customer service."),
                    "subjects = {DataSubjects.VISITOR, DataSubjects.CUSTOMER}, purposes = Purposes.SERVICE_SECURITY",
                    "retention = \"P90D\", retentionFrom = RetentionTrigger.COLLECTION, source = Sources.SERVICE_GENERATED, "
                            + "recipients = Recipients.CLOUD_PROVIDER",
                    List.of(k("UserAccount", "käyttäjätili", "användarkonto", "user account"),
                            k("Session", "istunto", "session", "session"),
                            k("PageView", "sivunäkymä", "sidvisning", "page view"),
                            k("ChatThread", "chat-keskustelu", "chattsamtal", "chat conversation"),
                            k("Feedback", "palaute", "respons", "feedback"),
                            k("SearchQuery", "haku", "sökning", "search"),
                            k("Device", "laite", "enhet", "device"),
                            k("LoginAttempt", "kirjautumisyritys", "inloggningsförsök", "login attempt"),
                            k("ErrorReport", "virheraportti", "felrapport", "error report"),
                            k("PushToken", "push-ilmoitus", "push-avisering", "push notification")),
                    List.of(f("username", "String", "Käyttäjätunnus", "Användarnamn", "User name",
                                    "category = DataCategories.ONLINE_IDENTIFIERS, source = Sources.DATA_SUBJECT, "
                                            + "retention = \"P1Y\", retentionFrom = RetentionTrigger.LAST_LOGIN"),
                            f("ipAddress", "String", "IP-osoite", "IP-adress", "IP address", "category = DataCategories.ONLINE_IDENTIFIERS"),
                            f("userAgent", "String", "Selaimen tunniste <User-Agent>", "Webbläsarens identifierare <User-Agent>",
                                    "Browser identifier <User-Agent>", "category = DataCategories.ONLINE_IDENTIFIERS"),
                            f("sessionToken", "String", "Istuntotunniste", "Sessionsidentifierare", "Session identifier",
                                    "category = DataCategories.ONLINE_IDENTIFIERS, retention = \"P1D\", retentionFrom = RetentionTrigger.COLLECTION"),
                            f("loginTimes", "String", "Kirjautumisajat", "Inloggningstider", "Login times",
                                    "category = DataCategories.USAGE, retention = \"P1Y\", retentionFrom = RetentionTrigger.LAST_LOGIN"),
                            f("pageViews", "String", "Sivunäkymät & klikkaukset", "Sidvisningar & klick", "Page views & clicks",
                                    "purpose = {Purposes.SERVICE_SECURITY, Purposes.ANALYTICS}, category = DataCategories.USAGE, "
                                            + "recipients = {Recipients.CLOUD_PROVIDER, Recipients.ANALYTICS_PARTNER}"),
                            f("cityLocation", "String", "Sijainti (kaupunkitaso)", "Plats (stadsnivå)", "Location (city level)",
                                    "category = DataCategories.LOCATION"),
                            f("deviceId", "String", "Laitetunniste", "Enhetsidentifierare", "Device identifier",
                                    "category = DataCategories.ONLINE_IDENTIFIERS"),
                            f("cookieChoices", "String", "Evästevalinnat", "Val av kakor", "Cookie choices",
                                    "purpose = Purposes.ANALYTICS, category = Vocabulary.PREFERENCES, source = Sources.DATA_SUBJECT, "
                                            + "retention = \"P1Y\", retentionFrom = RetentionTrigger.COLLECTION"),
                            f("chatMessages", "String", "Chat-viestit \"asiakaspalvelu\"", "Chattmeddelanden \"kundtjänst\"",
                                    "Chat messages \"customer service\"", "purpose = Purposes.CUSTOMER_SERVICE, "
                                            + "category = DataCategories.COMMUNICATION_CONTENT, source = Sources.DATA_SUBJECT, retention = \"P4M\", "
                                            + "retentionFrom = RetentionTrigger.CONVERSATION_END, recipients = {Recipients.CLOUD_PROVIDER, Recipients.MAIL_SERVICE}"),
                            f("crashReports", "String", "Virheraportit & lokit", "Felrapporter & loggar", "Crash reports & logs",
                                    "category = DataCategories.USAGE"),
                            f("emailAddress", "String", "Sähköpostiosoite", "E-postadress", "E-mail address",
                                    "purpose = {Purposes.SERVICE_SECURITY, Purposes.CUSTOMER_RELATIONSHIP}, category = DataCategories.CONTACT, "
                                            + "source = Sources.DATA_SUBJECT, retention = \"P1Y\", retentionFrom = RetentionTrigger.USER_DELETION"),
                            f("pushToken", "String", "Push-ilmoitusten tunniste", "Identifierare för push-aviseringar",
                                    "Push notification token", "category = DataCategories.ONLINE_IDENTIFIERS, retention = \"P1Y\", "
                                            + "retentionFrom = RetentionTrigger.USER_DELETION")))
    );

    /** The register modules, in build order; the last is {@link #APP}. */
    public static List<String> registerModules() {
        return REGISTERS.stream().map(RegisterModule::id).toList();
    }

    /** @return the artifact id of a module of the generated project */
    public static String artifactId(String module) {
        return "bench-" + module;
    }

    /** @return the version of the generated modules, such as {@code 10000-fields} */
    public String version() {
        return fields + "-fields";
    }

    /** @return the entity classes, over all register modules */
    public int classes() {
        return fields / FIELDS_PER_CLASS;
    }

    /** @return the app module's directory */
    public Path app() {
        return root.resolve(APP);
    }

    /**
     * Writes the project, replacing whatever was in {@link #root}.
     *
     * @return the number of source files written
     */
    public int write() throws IOException {
        if (fields % FIELDS_PER_CLASS != 0 || fields < FIELDS_PER_CLASS * REGISTERS.size()) {
            throw new IllegalArgumentException("the field count must be a multiple of " + FIELDS_PER_CLASS + " and at least "
                    + FIELDS_PER_CLASS * REGISTERS.size());
        }
        delete(root);
        int files = 0;
        write(root.resolve("pom.xml"), parentPom());
        write(root.resolve("catalogue/pom.xml"), modulePom("catalogue", "Purpose catalogue and vocabulary", List.of(), false));
        Path catalogue = root.resolve("catalogue/src/main/java/bench/catalogue");
        write(catalogue.resolve("Purposes.java"), purposes());
        write(catalogue.resolve("Recipients.java"), recipients());
        write(catalogue.resolve("Vocabulary.java"), vocabulary());
        files += 3;
        List<String> others = new ArrayList<>(List.of("catalogue"));
        for (int r = 0; r < REGISTERS.size(); r++) {
            RegisterModule register = REGISTERS.get(r);
            boolean app = register.id().equals(APP);
            write(root.resolve(register.id()).resolve("pom.xml"), modulePom(register.id(), register.en(),
                    app ? others : List.of("catalogue"), app));
            Path src = root.resolve(register.id()).resolve("src/main/java/bench").resolve(register.id());
            write(src.resolve("package-info.java"), rootPackageInfo(register));
            files++;
            // entity i of the whole project belongs to register i % registers, so every register gets its share
            int local = 0;
            for (int i = r; i < classes(); i += REGISTERS.size(), local++) {
                String pkg = String.format(Locale.ROOT, "p%03d", local / CLASSES_PER_PACKAGE);
                if (local % CLASSES_PER_PACKAGE == 0) {
                    write(src.resolve(pkg).resolve("package-info.java"), packageInfo(register, pkg));
                    files++;
                }
                Kind kind = register.kinds().get(local % register.kinds().size());
                String simple = String.format(Locale.ROOT, "%s%05d", kind.stem(), i);
                write(src.resolve(pkg).resolve(simple + ".java"), entity(register, kind, pkg, simple, local));
                files++;
            }
            if (!app) {
                others.add(register.id());
            }
        }
        return files;
    }

    /**
     * The index sources {@code seloste:generate} reads in the app module, as the Maven goal builds them: its own
     * class output, and every compile and runtime dependency, sorted by {@code group:artifact:version}.
     *
     * @param repository the local Maven repository the project was installed into
     * @param tail the read-only repository behind it, where third-party jars live
     * @return {@code [module, dependencies...]}
     */
    public List<IndexSource> dependencies(Path repository, Path tail) {
        List<IndexSource> result = new ArrayList<>();
        for (String module : registerModules()) {
            if (!module.equals(APP)) {
                result.add(artifact(repository, GROUP, artifactId(module), version()));
            }
        }
        result.add(artifact(repository, GROUP, artifactId("catalogue"), version()));
        result.add(artifact(repository, "fi.seloste", "seloste-annotations", selosteVersion));
        IndexSource jpa = artifact(repository, "jakarta.persistence", "jakarta.persistence-api", JPA_VERSION);
        result.add(Files.exists(jpa.path()) ? jpa : artifact(tail, "jakarta.persistence", "jakarta.persistence-api", JPA_VERSION));
        result.sort(Comparator.comparing(IndexSource::origin));
        return result;
    }

    /** @return the app module's own class output, the index source that must exist */
    public IndexSource module() {
        return new IndexSource(app().resolve("target/classes"), GROUP + ":" + artifactId(APP) + ":" + version());
    }

    private static IndexSource artifact(Path repository, String group, String artifact, String version) {
        Path jar = repository.resolve(group.replace('.', '/')).resolve(artifact).resolve(version)
                .resolve(artifact + "-" + version + ".jar");
        return new IndexSource(jar, group + ":" + artifact + ":" + version);
    }

    /**
     * The organisation facts of the app module's plugin configuration, as the Maven goal turns them into the
     * core's model; {@link #parentPom()} writes the same facts into the POM.
     */
    public static Organisation organisation() {
        Map<String, Map<String, String>> texts = new TreeMap<>();
        texts.put("cookies", new TreeMap<>(Map.of(
                "fi", "Verkkopalvelu käyttää välttämättömiä evästeitä sekä – luvallasi – analytiikkaevästeitä <_ga>.",
                "sv", "Webbtjänsten använder nödvändiga kakor och – med ditt samtycke – analyskakor <_ga>.",
                "en", "The service uses necessary cookies and – with your consent – analytics cookies <_ga>.")));
        texts.put("consequences", new TreeMap<>(Map.of(
                "fi", "Ilman yhteystietoja emme voi toimittaa tilauksia & hoitaa asiakassuhdetta.",
                "sv", "Utan kontaktuppgifter kan vi inte leverera beställningar & sköta kundrelationen.",
                "en", "Without contact details we cannot deliver orders & manage the customer relationship.")));
        return new Organisation(
                new Controller("Esimerkki & Poika Oy \"Suuri\"", "7654321-2", "Mallikatu 5 A, 00100 Helsinki", "09 555 0200",
                        "kirjaamo@esimerkki.example", "https://esimerkki.example"),
                List.of(), null,
                new Contact("Åsa Öhman-Ääritalo", "asiakkuuspäällikkö", null, "09 555 0210", "asa.ohman@esimerkki.example"),
                new Contact("Ville Vastaava", null, null, "09 555 0299", "tietosuoja@esimerkki.example"),
                false,
                List.of("locked-premises", "confidentiality", "secure-disposal"),
                List.of("user-accounts", "strong-authentication", "encryption", "logging", "backups"),
                texts,
                List.of(new Organisation.Change(LocalDate.of(2025, 6, 1), "Seloste laadittu koodista"),
                        new Organisation.Change(LocalDate.of(2026, 1, 1), "Markkinointirekisteri & verkkopalvelu lisätty")));
    }

    private String parentPom() {
        StringBuilder modules = new StringBuilder("    <module>catalogue</module>\n");
        for (RegisterModule r : REGISTERS) {
            modules.append("    <module>").append(r.id()).append("</module>\n");
        }
        StringBuilder managed = new StringBuilder();
        for (String m : concat("catalogue", registerModules())) {
            managed.append("      <dependency>\n        <groupId>").append(GROUP).append("</groupId>\n        <artifactId>")
                    .append(artifactId(m)).append("</artifactId>\n        <version>${project.version}</version>\n      </dependency>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>
                  <!-- Generated by seloste's document-generation benchmark (benchmarks/generate.sh); do not edit. -->
                  <groupId>%1$s</groupId>
                  <artifactId>bench-parent</artifactId>
                  <version>%2$s</version>
                  <packaging>pom</packaging>

                  <modules>
                %3$s  </modules>

                  <properties>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.outputTimestamp>%4$s</project.build.outputTimestamp>
                    <seloste.version>%5$s</seloste.version>
                  </properties>

                  <dependencyManagement>
                    <dependencies>
                      <dependency>
                        <groupId>fi.seloste</groupId>
                        <artifactId>seloste-annotations</artifactId>
                        <version>${seloste.version}</version>
                      </dependency>
                      <dependency>
                        <groupId>jakarta.persistence</groupId>
                        <artifactId>jakarta.persistence-api</artifactId>
                        <version>%6$s</version>
                      </dependency>
                %7$s    </dependencies>
                  </dependencyManagement>

                  <build>
                    <pluginManagement>
                      <plugins>
                        <plugin>
                          <artifactId>maven-compiler-plugin</artifactId>
                          <version>3.15.0</version>
                          <configuration>
                            <annotationProcessorPaths>
                              <path>
                                <groupId>fi.seloste</groupId>
                                <artifactId>seloste-processor</artifactId>
                                <version>${seloste.version}</version>
                              </path>
                            </annotationProcessorPaths>
                            <compilerArgs>
                              <arg>-Aseloste.catalogues=%8$s</arg>
                            </compilerArgs>
                          </configuration>
                        </plugin>
                        <plugin>
                          <groupId>fi.seloste</groupId>
                          <artifactId>seloste-maven-plugin</artifactId>
                          <version>${seloste.version}</version>
                        </plugin>
                      </plugins>
                    </pluginManagement>
                  </build>
                </project>
                """.formatted(GROUP, version(), modules, OUTPUT_TIMESTAMP, selosteVersion, JPA_VERSION, managed, CATALOGUES);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    private String modulePom(String module, String name, List<String> dependsOn, boolean app) {
        StringBuilder deps = new StringBuilder();
        deps.append(dependency("fi.seloste", "seloste-annotations"));
        if (!module.equals("catalogue")) {
            deps.append(dependency("jakarta.persistence", "jakarta.persistence-api"));
        }
        for (String d : dependsOn) {
            deps.append(dependency(GROUP, artifactId(d)));
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>
                  <parent>
                    <groupId>%s</groupId>
                    <artifactId>bench-parent</artifactId>
                    <version>%s</version>
                  </parent>
                  <artifactId>%s</artifactId>
                  <name>%s</name>
                  <dependencies>
                %s  </dependencies>
                %s</project>
                """.formatted(GROUP, version(), artifactId(module), xml(name), deps, app ? pluginConfiguration() : "");
    }

    private static String dependency(String group, String artifact) {
        return "    <dependency>\n      <groupId>" + group + "</groupId>\n      <artifactId>" + artifact
                + "</artifactId>\n    </dependency>\n";
    }

    /** The organisation facts of {@link #organisation()}, as {@code seloste-maven-plugin} configuration. */
    private static String pluginConfiguration() {
        Organisation o = organisation();
        StringBuilder b = new StringBuilder();
        b.append("  <build>\n    <plugins>\n      <plugin>\n        <groupId>fi.seloste</groupId>\n");
        b.append("        <artifactId>seloste-maven-plugin</artifactId>\n        <configuration>\n");
        b.append("          <languages>\n");
        LANGUAGES.forEach(l -> b.append("            <language>").append(l).append("</language>\n"));
        b.append("          </languages>\n          <controller>\n");
        element(b, "name", o.controller().name());
        element(b, "businessId", o.controller().businessId());
        element(b, "address", o.controller().address());
        element(b, "phone", o.controller().phone());
        element(b, "email", o.controller().email());
        element(b, "web", o.controller().web());
        b.append("          </controller>\n          <contactPerson>\n");
        contact(b, o.contactPerson());
        b.append("          </contactPerson>\n          <dpo>\n");
        contact(b, o.dpo());
        b.append("          </dpo>\n          <securityManual>\n");
        o.securityManual().forEach(m -> b.append("            <measure>").append(m).append("</measure>\n"));
        b.append("          </securityManual>\n          <securityElectronic>\n");
        o.securityElectronic().forEach(m -> b.append("            <measure>").append(m).append("</measure>\n"));
        b.append("          </securityElectronic>\n");
        o.texts().forEach((topic, byLanguage) -> {
            b.append("          <").append(topic).append(">\n");
            byLanguage.forEach((l, text) -> element(b, l, text));
            b.append("          </").append(topic).append(">\n");
        });
        b.append("          <changes>\n");
        for (Organisation.Change c : o.changes()) {
            b.append("            <change>\n  ");
            element(b, "date", c.date().toString());
            b.append("  ");
            element(b, "description", c.description());
            b.append("            </change>\n");
        }
        b.append("          </changes>\n        </configuration>\n      </plugin>\n    </plugins>\n  </build>\n");
        return b.toString();
    }

    private static void contact(StringBuilder b, Contact c) {
        element(b, "name", c.name());
        element(b, "title", c.title());
        element(b, "address", c.address());
        element(b, "phone", c.phone());
        element(b, "email", c.email());
    }

    private static void element(StringBuilder b, String name, String value) {
        if (value != null) {
            b.append("            <").append(name).append('>').append(xml(value)).append("</").append(name).append(">\n");
        }
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String purposes() {
        return """
                package bench.catalogue;

                import fi.seloste.LegalBasis;
                import fi.seloste.Purpose;
                import fi.seloste.SpecialCategoryCondition;

                /** Every purpose of processing of the generated system, declared once in three languages. */
                public final class Purposes {

                    private Purposes() {}

                    @Purpose(fi = "Asiakassuhteen hoitaminen & tilausten toimittaminen", sv = "Skötsel av kundrelationen & leverans av beställningar",
                            en = "Managing the customer relationship & delivering orders", basis = LegalBasis.CONTRACT)
                    public static final String CUSTOMER_RELATIONSHIP = "customer-relationship";

                    @Purpose(fi = "Asiakaspalvelu \\"chatissa\\", puhelimessa ja sähköpostitse", sv = "Kundtjänst \\"i chatten\\", per telefon och e-post",
                            en = "Customer service \\"in the chat\\", by phone and e-mail", basis = LegalBasis.LEGITIMATE_INTERESTS,
                            legitimateInterest = "Asiakkaiden neuvonta ja palvelun sujuvuus", legitimateInterestSv = "Rådgivning till kunderna och en smidig service",
                            legitimateInterestEn = "Advising customers and running the service smoothly")
                    public static final String CUSTOMER_SERVICE = "customer-service";

                    @Purpose(fi = "Terveyden- ja sairaanhoidon järjestäminen", sv = "Ordnande av hälso- och sjukvård",
                            en = "Providing health care", basis = LegalBasis.LEGAL_OBLIGATION,
                            specialCondition = SpecialCategoryCondition.HEALTH_OR_SOCIAL_CARE)
                    public static final String CARE = "care";

                    @Purpose(fi = "Potilasasiakirjojen laatiminen ja säilyttäminen (laki 785/1992)",
                            sv = "Upprättande och förvaring av journalhandlingar (lag 785/1992)",
                            en = "Keeping patient records (Act 785/1992)", basis = LegalBasis.LEGAL_OBLIGATION,
                            specialCondition = SpecialCategoryCondition.HEALTH_OR_SOCIAL_CARE)
                    public static final String PATIENT_RECORDS = "patient-records";

                    @Purpose(fi = "Ajanvarausten hoitaminen", sv = "Hantering av tidsbokningar", en = "Handling appointments",
                            basis = LegalBasis.CONTRACT)
                    public static final String APPOINTMENTS = "appointments";

                    @Purpose(fi = "Palkanlaskenta & työsuhteen hoitaminen", sv = "Löneräkning & skötsel av anställningen",
                            en = "Payroll & managing employment", basis = LegalBasis.LEGAL_OBLIGATION,
                            specialCondition = SpecialCategoryCondition.EMPLOYMENT_AND_SOCIAL_SECURITY)
                    public static final String PAYROLL = "payroll";

                    @Purpose(fi = "Rekrytointi", sv = "Rekrytering", en = "Recruitment", basis = LegalBasis.CONTRACT)
                    public static final String RECRUITMENT = "recruitment";

                    @Purpose(fi = "Kirjanpito ja verotus", sv = "Bokföring och beskattning", en = "Bookkeeping and taxation",
                            basis = LegalBasis.LEGAL_OBLIGATION)
                    public static final String BOOKKEEPING = "bookkeeping";

                    @Purpose(fi = "Laskutus & perintä", sv = "Fakturering & indrivning", en = "Invoicing & debt collection",
                            basis = LegalBasis.CONTRACT)
                    public static final String INVOICING = "invoicing";

                    @Purpose(fi = "Suoramarkkinointi <sähköposti & tekstiviesti>", sv = "Direktmarknadsföring <e-post & sms>",
                            en = "Direct marketing <e-mail & text message>", basis = LegalBasis.CONSENT)
                    public static final String MARKETING = "marketing";

                    @Purpose(fi = "Uutiskirjeen lähettäminen", sv = "Utskick av nyhetsbrev", en = "Sending the newsletter",
                            basis = LegalBasis.CONSENT)
                    public static final String NEWSLETTER = "newsletter";

                    @Purpose(fi = "Palvelun tietoturvan valvonta ja väärinkäytösten estäminen",
                            sv = "Övervakning av tjänstens informationssäkerhet och förebyggande av missbruk",
                            en = "Monitoring the security of the service and preventing misuse", basis = LegalBasis.LEGITIMATE_INTERESTS,
                            legitimateInterest = "Palvelun ja käyttäjien suojaaminen", legitimateInterestSv = "Att skydda tjänsten och användarna",
                            legitimateInterestEn = "Protecting the service and its users")
                    public static final String SERVICE_SECURITY = "service-security";

                    @Purpose(fi = "Käytön analysointi & palvelun kehittäminen", sv = "Analys av användningen & utveckling av tjänsten",
                            en = "Analysing use & improving the service", basis = LegalBasis.LEGITIMATE_INTERESTS,
                            legitimateInterest = "Palvelun kehittäminen käyttäjien tarpeisiin", legitimateInterestSv = "Att utveckla tjänsten efter användarnas behov",
                            legitimateInterestEn = "Improving the service for its users")
                    public static final String ANALYTICS = "analytics";
                }
                """;
    }

    private static String recipients() {
        return """
                package bench.catalogue;

                import fi.seloste.Recipient;
                import fi.seloste.RecipientKind;
                import fi.seloste.TransferSafeguard;

                /** Who receives the generated system's personal data, three of them outside the EU/EEA. */
                public final class Recipients {

                    private Recipients() {}

                    @Recipient(fi = "Tietojärjestelmätoimittaja", sv = "Leverantör av informationssystem", en = "IT system provider",
                            kind = RecipientKind.PROCESSOR)
                    public static final String IT_PROVIDER = "it-provider";

                    @Recipient(fi = "Pilvipalvelun tarjoaja (Yhdysvallat)", sv = "Molntjänstleverantör (USA)", en = "Cloud provider (United States)",
                            kind = RecipientKind.PROCESSOR, country = "US", safeguard = TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES)
                    public static final String CLOUD_PROVIDER = "cloud-provider";

                    @Recipient(fi = "Sähköpostipalvelu <lähetykset>", sv = "E-posttjänst <utskick>", en = "E-mail service <mailings>",
                            kind = RecipientKind.PROCESSOR, country = "US", safeguard = TransferSafeguard.ADEQUACY_DECISION)
                    public static final String MAIL_SERVICE = "mail-service";

                    @Recipient(fi = "Analytiikkakumppani (Intia)", sv = "Analyspartner (Indien)", en = "Analytics partner (India)",
                            kind = RecipientKind.PROCESSOR, country = "IN", safeguard = TransferSafeguard.BINDING_CORPORATE_RULES)
                    public static final String ANALYTICS_PARTNER = "analytics-partner";

                    @Recipient(fi = "Kanta-palvelut (Kela)", sv = "Kanta-tjänsterna (FPA)", en = "Kanta Services (Kela)",
                            kind = RecipientKind.AUTHORITY)
                    public static final String KANTA = "kanta";

                    @Recipient(fi = "Verohallinto", sv = "Skatteförvaltningen", en = "Finnish Tax Administration", kind = RecipientKind.AUTHORITY)
                    public static final String TAX_AUTHORITY = "tax-authority";

                    @Recipient(fi = "Työeläkevakuuttaja", sv = "Arbetspensionsförsäkrare", en = "Earnings-related pension insurer",
                            kind = RecipientKind.INDEPENDENT_CONTROLLER)
                    public static final String PENSION_INSURER = "pension-insurer";

                    @Recipient(fi = "Perintätoimisto & luottotietoyhtiö", sv = "Inkassobyrå & kreditupplysningsföretag",
                            en = "Debt collector & credit agency", kind = RecipientKind.INDEPENDENT_CONTROLLER)
                    public static final String COLLECTION_AGENCY = "collection-agency";
                }
                """;
    }

    private static String vocabulary() {
        return """
                package bench.catalogue;

                import fi.seloste.DataCategory;
                import fi.seloste.DataSubject;
                import fi.seloste.Source;

                /** The generated system's own data categories, sources and data subjects, besides the built-in ones. */
                public final class Vocabulary {

                    private Vocabulary() {}

                    @DataCategory(fi = "Asiakashistoria & ostotiedot", sv = "Kundhistorik & köpuppgifter", en = "Customer history & purchases")
                    public static final String CUSTOMER_HISTORY = "customer-history";

                    @DataCategory(fi = "Markkinointiluvat, -kiellot ja mieltymykset", sv = "Marknadsföringstillstånd, -förbud och preferenser",
                            en = "Marketing consents, objections and preferences")
                    public static final String PREFERENCES = "preferences";

                    @DataCategory(fi = "Sairauspoissaolot <terveystieto>", sv = "Sjukfrånvaro <hälsouppgift>", en = "Sick leave <health data>",
                            special = true)
                    public static final String SICK_LEAVE = "sick-leave";

                    @DataCategory(fi = "Koulutus- ja osaamistiedot", sv = "Utbildnings- och kompetensuppgifter", en = "Training and skills")
                    public static final String TRAINING = "training";

                    @Source(fi = "Asiakkuudenhallintajärjestelmä (CRM)", sv = "Kundrelationssystem (CRM)", en = "Customer relationship system (CRM)")
                    public static final String CRM = "crm";

                    @Source(fi = "Yhteistyökumppanit \\"kumppanirekisteri\\"", sv = "Samarbetspartner \\"partnerregistret\\"",
                            en = "Partners \\"partner register\\"")
                    public static final String PARTNERS = "partners";

                    @DataSubject(fi = "Työnhakijat", sv = "Arbetssökande", en = "Job applicants")
                    public static final String JOB_APPLICANT = "job-applicant";

                    @DataSubject(fi = "Uutiskirjeen tilaajat", sv = "Nyhetsbrevets prenumeranter", en = "Newsletter subscribers")
                    public static final String NEWSLETTER_SUBSCRIBER = "newsletter-subscriber";
                }
                """;
    }

    private static final String IMPORTS = """
            import bench.catalogue.Purposes;
            import bench.catalogue.Recipients;
            import bench.catalogue.Vocabulary;
            import fi.seloste.DataCategories;
            import fi.seloste.DataSubjects;
            import fi.seloste.PersonalDataDefaults;
            import fi.seloste.RetentionTrigger;
            import fi.seloste.Sources;
            """;

    private static String rootPackageInfo(RegisterModule r) {
        return "/** " + r.en() + ": the register and the defaults of its root package. */\n"
                + "@Register(id = \"" + r.id() + "\", fi = \"" + java(r.fi()) + "\", sv = \"" + java(r.sv()) + "\", en = \"" + java(r.en())
                + "\",\n        descriptionFi = \"" + java(r.descriptions().get(0)) + "\",\n        descriptionSv = \""
                + java(r.descriptions().get(1)) + "\",\n        descriptionEn = \"" + java(r.descriptions().get(2)) + "\",\n        "
                + r.registerFacts() + ")\n"
                + "@PersonalDataDefaults(" + r.defaults() + ")\n"
                + "package bench." + r.id() + ";\n\n"
                + IMPORTS + "import fi.seloste.Register;\n";
    }

    private static String packageInfo(RegisterModule r, String pkg) {
        return "/** Part of the " + r.en() + ": its facts come from the register. */\n"
                + "@PersonalDataDefaults(register = \"" + r.id() + "\", " + r.defaults() + ")\n"
                + "package bench." + r.id() + "." + pkg + ";\n\n" + IMPORTS;
    }

    private static String entity(RegisterModule r, Kind kind, String pkg, String simple, int local) {
        StringBuilder b = new StringBuilder(4096);
        b.append("package bench.").append(r.id()).append('.').append(pkg).append(";\n\n");
        b.append("import bench.catalogue.Purposes;\nimport bench.catalogue.Recipients;\nimport bench.catalogue.Vocabulary;\n");
        b.append("import fi.seloste.DataCategories;\nimport fi.seloste.DataSubjects;\nimport fi.seloste.IdentityCodeGround;\n");
        b.append("import fi.seloste.NotPersonalData;\nimport fi.seloste.PersonalData;\nimport fi.seloste.RetentionTrigger;\n");
        b.append("import fi.seloste.Sources;\nimport jakarta.persistence.Entity;\nimport jakarta.persistence.Id;\n\n");
        b.append("/** Generated entity: ").append(kind.en()).append(" (\"").append(kind.fi()).append("\"). */\n");
        b.append("@Entity\n@SuppressWarnings(\"unused\")\npublic class ").append(simple).append(" {\n\n");
        b.append("    @Id\n    private long id;\n    private java.time.Instant createdAt;\n    private int version;\n\n");
        List<FieldTemplate> templates = r.templates();
        for (int k = 0; k < FIELDS_PER_CLASS; k++) {
            FieldTemplate t = templates.get((local + k) % templates.size());
            b.append("    @PersonalData(").append(t.facts()).append(",\n");
            b.append("            label = \"").append(java(t.fi() + " (" + kind.fi() + ")")).append("\", labelSv = \"")
                    .append(java(t.sv() + " (" + kind.sv() + ")")).append("\", labelEn = \"").append(java(t.en() + " (" + kind.en() + ")"))
                    .append("\")\n");
            b.append("    private ").append(t.type()).append(' ').append(t.name()).append(";\n\n");
        }
        b.append("    @NotPersonalData(reason = \"The id of the e-mail template used for notifications, not an address\")\n");
        b.append("    private String emailTemplate;\n}\n");
        return b.toString();
    }

    private static String java(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : paths) {
            Files.delete(p);
        }
    }
}
