package fi.seloste.benchmarks.documents;

import fi.seloste.benchmarks.documents.RegisterModule.FieldTemplate;
import fi.seloste.benchmarks.documents.RegisterModule.Kind;
import java.util.List;

/**
 * The six register modules of the generated system, kept apart from the code that writes them so the realistic
 * facts (purposes, categories, retention, recipients, labels with awkward characters) can be read and changed in
 * one place.
 */
final class RegisterModules {

    private RegisterModules() {}

    private static FieldTemplate f(String name, String type, String fi, String sv, String en, String facts) {
        return new FieldTemplate(name, type, fi, sv, en, facts);
    }

    private static Kind k(String stem, String fi, String sv, String en) {
        return new Kind(stem, fi, sv, en);
    }

    static final List<RegisterModule> ALL = List.of(
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
                            + "retentionLawSv = \"Social- och hälsovårdsministeriets förordning om journalhandlingar 94/2022\", "
                            + "retentionLawEn = \"Decree of the Ministry of Social Affairs and Health on patient records 94/2022\", "
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
                            + "retentionLaw = \"Työsopimuslaki 55/2001 6:7 §\", retentionLawSv = \"Arbetsavtalslagen 55/2001 6:7 §\", "
                            + "retentionLawEn = \"Employment Contracts Act 55/2001 6:7 §\", source = {Sources.DATA_SUBJECT, Sources.EMPLOYER}, "
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
                                            + "retentionFrom = RetentionTrigger.FISCAL_YEAR_END, retentionLaw = \"Kirjanpitolaki 1336/1997 2:10 §\", "
                                            + "retentionLawSv = \"Bokföringslagen 1336/1997 2:10 §\", retentionLawEn = \"Accounting Act 1336/1997 2:10 §\""),
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
                                            + "(yhdenvertaisuuslain kanneaika)\", "
                                            + "retentionCriteriaSv = \"Två år från att ansökan avslutats (diskrimineringslagens tid för talan)\", "
                                            + "retentionCriteriaEn = \"Two years from the end of the application period (Non-Discrimination Act time limit)\""),
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
                            + "retentionLaw = \"Kirjanpitolaki 1336/1997 2 luku 10 §\", "
                            + "retentionLawSv = \"Bokföringslagen 1336/1997 2 kap. 10 §\", retentionLawEn = \"Accounting Act 1336/1997 chapter 2 section 10\", source = {Sources.DATA_SUBJECT, Sources.CREDIT_REGISTER}, "
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
                                            + "vanhentumisesta 728/2003\", retentionLawSv = \"Lagen om preskription av skulder 728/2003\", "
                                            + "retentionLawEn = \"Act on the Statute of Limitations of Debts 728/2003\""))),
            new RegisterModule("marketing", "Markkinointirekisteri", "Marknadsföringsregistret", "Marketing register",
                    List.of("Suoramarkkinointi, uutiskirjeet & kampanjat – vain luvan antaneille.",
                            "Direktmarknadsföring, nyhetsbrev & kampanjer – endast till dem som gett tillstånd.",
                            "Direct marketing, newsletters & campaigns – only to those who consented."),
                    "subjects = {DataSubjects.CUSTOMER, Vocabulary.NEWSLETTER_SUBSCRIBER}, purposes = Purposes.MARKETING",
                    "retentionCriteria = \"Kunnes suostumus perutaan tai markkinointi kielletään\", "
                            + "retentionCriteriaSv = \"Tills samtycket återkallas eller marknadsföringen förbjuds\", "
                            + "retentionCriteriaEn = \"Until consent is withdrawn or marketing is prohibited\", "
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
            new RegisterModule(DocumentWorkload.APP, "Verkkopalvelun käyttäjärekisteri", "Webbtjänstens användarregister", "Online service user register",
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

}
