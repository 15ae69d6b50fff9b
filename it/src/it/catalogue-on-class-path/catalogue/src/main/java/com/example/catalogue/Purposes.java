package com.example.catalogue;

import fi.seloste.LegalBasis;
import fi.seloste.Purpose;

/** The organisation's purposes. */
public final class Purposes {
    @Purpose(fi = "Asiakaspalvelu", sv = "Kundtjänst", en = "Customer service", basis = LegalBasis.CONTRACT)
    public static final String SERVICE = "service";

    @Purpose(fi = "Laskutus", sv = "Fakturering", en = "Invoicing", basis = LegalBasis.LEGAL_OBLIGATION,
             law = "kirjanpitolaki (1336/1997)", lawSv = "bokföringslagen (1336/1997)", lawEn = "Accounting Act (1336/1997)")
    public static final String INVOICING = "invoicing";

    private Purposes() {}
}
