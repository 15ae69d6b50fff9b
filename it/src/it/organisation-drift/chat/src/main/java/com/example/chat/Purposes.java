package com.example.chat;

import fi.seloste.LegalBasis;
import fi.seloste.Purpose;
import fi.seloste.Recipient;
import fi.seloste.RecipientKind;
import fi.seloste.TransferSafeguard;

/** The chat's catalogue; the shop declares customer-service the same way, the billing service does not. */
public final class Purposes {
    @Purpose(fi = "Asiakaspalvelu", sv = "Kundtjänst", en = "Customer service", basis = LegalBasis.LEGITIMATE_INTERESTS,
             legitimateInterest = "Asiakkaiden neuvonta", legitimateInterestSv = "Rådgivning till kunderna",
             legitimateInterestEn = "Advising customers")
    public static final String CUSTOMER_SERVICE = "customer-service";

    @Recipient(fi = "Chat-palvelun toimittaja", sv = "Leverantören av chattjänsten", en = "The chat service provider",
               kind = RecipientKind.PROCESSOR, country = "US", safeguard = TransferSafeguard.DATA_PRIVACY_FRAMEWORK)
    public static final String CHAT_VENDOR = "chat-vendor";
}
