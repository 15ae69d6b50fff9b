package com.example;

import fi.seloste.LegalBasis;
import fi.seloste.Purpose;
import fi.seloste.Recipient;
import fi.seloste.RecipientKind;
import fi.seloste.TransferSafeguard;

/** The project's declared purposes and recipients. */
public final class Catalogue {
    private Catalogue() {}

    @Purpose(fi = "Potilaan hoidon järjestäminen", sv = "Ordnande av patientens vård", en = "Organising the patient's care",
             basis = LegalBasis.CONTRACT)
    public static final String CARE = "care";
}
