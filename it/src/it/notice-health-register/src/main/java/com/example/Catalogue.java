package com.example;

import fi.seloste.LegalBasis;
import fi.seloste.Purpose;
import fi.seloste.Recipient;
import fi.seloste.RecipientKind;
import fi.seloste.SpecialCategoryCondition;

/** The medical centre's purposes and recipients, declared once in three languages. */
public final class Catalogue {
    private Catalogue() {}

    @Purpose(fi = "Potilaan tutkimuksen ja hoidon järjestäminen sekä potilasasiakirjojen pitäminen",
            sv = "Ordnande av patientens undersökning och vård samt förande av journalhandlingar",
            en = "Arranging the patient's examination and care and keeping patient records",
            basis = LegalBasis.LEGAL_OBLIGATION,
            law = "Laki potilaan asemasta ja oikeuksista (785/1992) 12 §",
            lawSv = "Lagen om patientens ställning och rättigheter (785/1992) 12 §",
            lawEn = "Act on the Status and Rights of Patients (785/1992), section 12",
            specialCondition = SpecialCategoryCondition.HEALTH_OR_SOCIAL_CARE)
    public static final String CARE = "care";

    @Purpose(fi = "Asiakaspalautteen käsittely ja palvelun kehittäminen",
            sv = "Behandling av kundrespons och utveckling av tjänsten",
            en = "Handling customer feedback and improving the service",
            basis = LegalBasis.LEGITIMATE_INTERESTS,
            legitimateInterest = "Palvelun laadun seuraaminen",
            legitimateInterestSv = "Uppföljning av tjänstens kvalitet",
            legitimateInterestEn = "Following the quality of the service")
    public static final String FEEDBACK = "feedback";

    @Recipient(fi = "Kanta-palvelut (Kela)", sv = "Kanta-tjänsterna (FPA)", en = "Kanta Services (Kela)",
            kind = RecipientKind.AUTHORITY)
    public static final String KANTA = "kanta";
}
