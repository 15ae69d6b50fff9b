package com.example;

import fi.seloste.LegalBasis;
import fi.seloste.Purpose;

/** The wholesaler's purposes, in three languages. */
public final class Catalogue {
    private Catalogue() {}

    @Purpose(fi = "Asiakassuhteen hoitaminen ja asiakasyhteydenpito",
            sv = "Skötsel av kundrelationen och kontakter med kunderna",
            en = "Managing the customer relationship and keeping in touch with customers",
            basis = LegalBasis.LEGITIMATE_INTERESTS,
            legitimateInterest = "Asiakasyritysten yhteyshenkilöiden tavoittaminen",
            legitimateInterestSv = "Att nå kundföretagens kontaktpersoner",
            legitimateInterestEn = "Reaching the contact persons of customer companies")
    public static final String CUSTOMERS = "customers";

    @Purpose(fi = "Laskutus ja kirjanpito", sv = "Fakturering och bokföring", en = "Invoicing and bookkeeping",
            basis = LegalBasis.LEGAL_OBLIGATION,
            law = "Kirjanpitolaki (1336/1997)", lawSv = "Bokföringslagen (1336/1997)", lawEn = "Accounting Act (1336/1997)")
    public static final String BILLING = "billing";
}
