package com.example.shop;

import fi.seloste.LegalBasis;
import fi.seloste.Purpose;

/** The shop's catalogue: customer-service exactly as the chat declares it, and its own order delivery. */
public final class Purposes {
    @Purpose(fi = "Asiakaspalvelu", sv = "Kundtjänst", en = "Customer service", basis = LegalBasis.LEGITIMATE_INTERESTS,
             legitimateInterest = "Asiakkaiden neuvonta", legitimateInterestSv = "Rådgivning till kunderna",
             legitimateInterestEn = "Advising customers")
    public static final String CUSTOMER_SERVICE = "customer-service";

    @Purpose(fi = "Tilausten toimittaminen", sv = "Leverans av beställningar", en = "Delivering orders", basis = LegalBasis.CONTRACT)
    public static final String DELIVERY = "delivery";
}
