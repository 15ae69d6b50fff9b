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

    @Purpose(fi = "Potilaan hoito", sv = "Vård av patienten", en = "Patient care", basis = LegalBasis.CONTRACT)
    public static final String CARE = "care";
}
