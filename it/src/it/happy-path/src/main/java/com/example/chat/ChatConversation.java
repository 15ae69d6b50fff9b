package com.example.chat;

import fi.seloste.PersonalData;
import fi.seloste.RetentionTrigger;
import java.net.InetAddress;
import java.time.Instant;

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
            source = "Asiakkaan päätelaite", label = "IP-osoite")
    private InetAddress ipAddress;
}
