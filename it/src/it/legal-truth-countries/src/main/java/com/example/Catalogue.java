package com.example;

import fi.seloste.LegalBasis;
import fi.seloste.Purpose;
import fi.seloste.Recipient;
import fi.seloste.RecipientKind;
import fi.seloste.TransferSafeguard;

/** The project's declared purposes and recipients. */
public final class Catalogue {
    private Catalogue() {}

    @Purpose(fi = "Asiakkaiden kysymyksiin vastaaminen", sv = "Att besvara kundernas frågor",
             en = "Answering customers' questions", basis = LegalBasis.CONTRACT)
    public static final String CHAT = "chat";

    @Recipient(fi = "Palvelinpalvelun tarjoaja", sv = "Leverantören av servertjänsten", en = "Hosting provider",
               kind = RecipientKind.PROCESSOR, country = "SE")
    public static final String HOSTING = "hosting";

    @Recipient(fi = "Asiakastyytyväisyyskyselyn toteuttaja", sv = "Genomföraren av kundenkäten", en = "Customer survey provider",
               kind = RecipientKind.INDEPENDENT_CONTROLLER, country = "US", safeguard = TransferSafeguard.DATA_PRIVACY_FRAMEWORK)
    public static final String SURVEY = "survey";
}
