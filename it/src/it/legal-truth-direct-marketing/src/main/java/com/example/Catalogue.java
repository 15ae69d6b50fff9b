package com.example;

import fi.seloste.LegalBasis;
import fi.seloste.Purpose;
import fi.seloste.Recipient;
import fi.seloste.RecipientKind;
import fi.seloste.TransferSafeguard;

/** The project's declared purposes and recipients. */
public final class Catalogue {
    private Catalogue() {}

    @Purpose(fi = "Uutiskirjeen lähettäminen", sv = "Att skicka nyhetsbrevet", en = "Sending the newsletter",
             basis = LegalBasis.CONSENT, directMarketing = true)
    public static final String NEWSLETTER = "newsletter";
}
