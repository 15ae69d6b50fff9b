package com.example.catalogue;

import fi.seloste.LegalBasis;
import fi.seloste.Purpose;
import fi.seloste.Register;

/** The organisation's register and purposes: declarations only, no personal field. */
@Register(id = "orders", fi = "Tilausrekisteri", sv = "Beställningsregistret", en = "Order register")
public final class Purposes {
    @Purpose(fi = "Tilausten toimittaminen", sv = "Leverans av beställningar", en = "Delivering orders", basis = LegalBasis.CONTRACT)
    public static final String DELIVERY = "delivery";

    private Purposes() {}
}
