package com.example.catalogue;

import fi.seloste.Source;
import fi.seloste.SourceKind;

/** Where data comes from besides the customer. */
public final class Partners {
    @Source(fi = "Jälleenmyyjä", sv = "Återförsäljare", en = "Reseller", kind = SourceKind.THIRD_PARTY)
    public static final String RESELLER = "reseller";

    private Partners() {}
}
