package com.example.catalogue;

import fi.seloste.LegalBasis;
import fi.seloste.Purpose;

public final class Purposes {
    @Purpose(fi = "Tilausten toimittaminen", sv = "Leverans av beställningar", en = "Delivering orders", basis = LegalBasis.CONTRACT)
    public static final String DELIVERY = "delivery";

    @Purpose(fi = "Asiakastuki", sv = "Kundsupport", en = "Customer support", basis = LegalBasis.LEGITIMATE_INTERESTS,
             legitimateInterest = "Asiakkaiden auttaminen", legitimateInterestSv = "Att hjälpa kunderna", legitimateInterestEn = "Helping customers")
    public static final String SUPPORT = "support";
}
