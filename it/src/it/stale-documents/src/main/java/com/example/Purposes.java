package com.example;

import fi.seloste.LegalBasis;
import fi.seloste.Purpose;

public final class Purposes {
    @Purpose(fi = "Asiakastuki", sv = "Kundsupport", basis = LegalBasis.CONTRACT)
    public static final String SUPPORT = "support";
}
