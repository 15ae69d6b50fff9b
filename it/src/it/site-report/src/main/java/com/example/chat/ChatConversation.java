package com.example.chat;

import fi.seloste.LegalBasis;
import fi.seloste.PersonalData;
import fi.seloste.PersonalDataDefaults;
import fi.seloste.RetentionTrigger;
import fi.seloste.SourceKind;
import java.net.InetAddress;
import java.time.Instant;

@PersonalDataDefaults(basis = LegalBasis.LEGITIMATE_INTERESTS,
        legitimateInterest = "Asiakkaiden neuvonta ja palvelun laadun varmistaminen", sourceKind = SourceKind.DATA_SUBJECT)
public class ChatConversation {

    private long id;
    private Instant endedAt;

    @PersonalData(purpose = "Asiakkaiden kysymyksiin vastaaminen", retention = "P4M",
            retentionFrom = RetentionTrigger.CONVERSATION_END, source = "Asiakas itse", label = "Asiakkaan nimi")
    private String customerName;

    @PersonalData(purpose = "Asiakkaiden kysymyksiin vastaaminen", retention = "P4M",
            retentionFrom = RetentionTrigger.CONVERSATION_END, source = "Asiakas itse", label = "Puhelinnumero")
    private String phone;

    @PersonalData(purpose = {"Asiakkaiden kysymyksiin vastaaminen", "Palvelun laadun varmistaminen"}, retention = "P4M",
            retentionFrom = RetentionTrigger.CONVERSATION_END, source = "Asiakas itse", label = "Viestien sisältö")
    private String messageText;

    @PersonalData(purpose = "Väärinkäytösten selvittäminen", retention = "P90D",
            legitimateInterest = "Palvelun väärinkäytösten selvittäminen",
            source = "Asiakkaan päätelaite", sourceKind = SourceKind.OBSERVED, label = "IP-osoite")
    private InetAddress ipAddress;
}
