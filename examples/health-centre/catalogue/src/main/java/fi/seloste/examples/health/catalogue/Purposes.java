package fi.seloste.examples.health.catalogue;

import fi.seloste.LegalBasis;
import fi.seloste.Purpose;
import fi.seloste.SpecialCategoryCondition;

/** Every purpose the health centre processes personal data for, declared once in three languages. */
public final class Purposes {

    private Purposes() {}

    @Purpose(fi = "Asiakkaiden kysymyksiin vastaaminen chatissa",
            sv = "Att besvara kundernas frågor i chatten",
            en = "Answering customers' questions in the chat",
            basis = LegalBasis.LEGITIMATE_INTERESTS,
            legitimateInterest = "Asiakkaiden neuvonta ja palvelun sujuvuus",
            legitimateInterestSv = "Rådgivning till kunderna och en smidig service",
            legitimateInterestEn = "Advising customers and running the service smoothly")
    public static final String CHAT_SERVICE = "chat-service";

    @Purpose(fi = "Chat-palvelun laadun varmistaminen ja kehittäminen",
            sv = "Att säkerställa och utveckla chattjänstens kvalitet",
            en = "Assuring and improving the quality of the chat service",
            basis = LegalBasis.LEGITIMATE_INTERESTS,
            legitimateInterest = "Oikeiden ja laadukkaiden vastausten varmistaminen",
            legitimateInterestSv = "Att säkerställa korrekta svar av god kvalitet",
            legitimateInterestEn = "Making sure answers are correct and of good quality")
    public static final String CHAT_QUALITY = "chat-quality";

    @Purpose(fi = "Ajanvarausten hoitaminen ja asiakassuhteen ylläpito",
            sv = "Tidsbokning och skötsel av kundrelationen",
            en = "Handling appointments and the customer relationship",
            basis = LegalBasis.CONTRACT)
    public static final String APPOINTMENTS = "appointments";

    @Purpose(fi = "Terveyden- ja sairaanhoidon järjestäminen ja potilasasiakirjojen pitäminen",
            sv = "Ordnande av hälso- och sjukvård och förande av journalhandlingar",
            en = "Providing health care and keeping patient records",
            basis = LegalBasis.LEGAL_OBLIGATION,
            law = "Laki potilaan asemasta ja oikeuksista (785/1992) 12 §",
            lawSv = "Lagen om patientens ställning och rättigheter (785/1992) 12 §",
            lawEn = "Act on the Status and Rights of Patients (785/1992), section 12",
            specialCondition = SpecialCategoryCondition.HEALTH_OR_SOCIAL_CARE)
    public static final String CARE = "care";

    @Purpose(fi = "Laskutus ja kirjanpito", sv = "Fakturering och bokföring", en = "Invoicing and bookkeeping",
            basis = LegalBasis.LEGAL_OBLIGATION,
            law = "Kirjanpitolaki (1336/1997)", lawSv = "Bokföringslagen (1336/1997)", lawEn = "Accounting Act (1336/1997)")
    public static final String BILLING = "billing";

    @Purpose(fi = "Uutiskirjeen lähettäminen", sv = "Utskick av nyhetsbrev", en = "Sending the newsletter",
            basis = LegalBasis.CONSENT, directMarketing = true)
    public static final String NEWSLETTER = "newsletter";
}
