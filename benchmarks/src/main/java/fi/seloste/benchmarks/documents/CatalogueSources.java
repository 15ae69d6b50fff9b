package fi.seloste.benchmarks.documents;

/**
 * The Java sources of the generated catalogue module ({@code Purposes}, {@code Recipients}, {@code Vocabulary}), which
 * every register module's annotations refer to.
 */
final class CatalogueSources {

    private CatalogueSources() {}

    static String purposes() {
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

    static String recipients() {
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
                            kind = RecipientKind.PROCESSOR, country = "US", safeguard = TransferSafeguard.DATA_PRIVACY_FRAMEWORK)
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

    static String vocabulary() {
        return """
                package bench.catalogue;

                import fi.seloste.DataCategory;
                import fi.seloste.DataSubject;
                import fi.seloste.Source;
                import fi.seloste.SourceKind;

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

                    @Source(fi = "Asiakkuudenhallintajärjestelmä (CRM)", sv = "Kundrelationssystem (CRM)", en = "Customer relationship system (CRM)",
                            kind = SourceKind.THIRD_PARTY)
                    public static final String CRM = "crm";

                    @Source(fi = "Yhteistyökumppanit \\"kumppanirekisteri\\"", sv = "Samarbetspartner \\"partnerregistret\\"",
                            en = "Partners \\"partner register\\"", kind = SourceKind.THIRD_PARTY)
                    public static final String PARTNERS = "partners";

                    @DataSubject(fi = "Työnhakijat", sv = "Arbetssökande", en = "Job applicants")
                    public static final String JOB_APPLICANT = "job-applicant";

                    @DataSubject(fi = "Uutiskirjeen tilaajat", sv = "Nyhetsbrevets prenumeranter", en = "Newsletter subscribers")
                    public static final String NEWSLETTER_SUBSCRIBER = "newsletter-subscriber";
                }
                """;
    }
}
