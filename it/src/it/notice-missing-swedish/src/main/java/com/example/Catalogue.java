package com.example;

import fi.seloste.LegalBasis;
import fi.seloste.Purpose;

/** The purposes, complete in every language: the gaps are elsewhere. */
public final class Catalogue {
    private Catalogue() {}

    @Purpose(fi = "Potilaan hoito", sv = "Vård av patienten", en = "Patient care", basis = LegalBasis.LEGAL_OBLIGATION,
            law = "Laki potilaan asemasta ja oikeuksista (785/1992)", lawSv = "Lagen om patientens ställning och rättigheter (785/1992)",
            lawEn = "Act on the Status and Rights of Patients (785/1992)")
    public static final String CARE = "care";
}
