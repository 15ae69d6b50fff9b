package com.example.shop;

import fi.seloste.LegalBasis;
import fi.seloste.Purpose;

/** The purpose catalogue: the fields below name these keys, so the index is in catalogue mode. */
public final class Purposes {

    private Purposes() {}

    @Purpose(fi = "Tilausten käsittely ja toimittaminen", basis = LegalBasis.CONTRACT)
    public static final String ORDERS = "orders";

    @Purpose(fi = "Asiakastuki", basis = LegalBasis.CONTRACT)
    public static final String SUPPORT = "support";
}
