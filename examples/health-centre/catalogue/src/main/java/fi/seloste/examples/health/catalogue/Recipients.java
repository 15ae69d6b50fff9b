package fi.seloste.examples.health.catalogue;

import fi.seloste.Recipient;
import fi.seloste.RecipientKind;
import fi.seloste.TransferSafeguard;

/** Who receives the health centre's personal data. */
public final class Recipients {

    private Recipients() {}

    @Recipient(fi = "Chat-palvelun toimittaja", sv = "Leverantören av chattjänsten", en = "The chat service provider",
            kind = RecipientKind.PROCESSOR)
    public static final String CHAT_VENDOR = "chat-vendor";

    @Recipient(fi = "Kanta-palvelut (Kela)", sv = "Kanta-tjänsterna (FPA)", en = "Kanta Services (Kela)",
            kind = RecipientKind.AUTHORITY)
    public static final String KANTA = "kanta";

    @Recipient(fi = "Sähköpostipalvelun toimittaja", sv = "Leverantören av e-posttjänsten", en = "The e-mail service provider",
            kind = RecipientKind.PROCESSOR, country = "US", safeguard = TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES)
    public static final String MAIL_SERVICE = "mail-service";
}
