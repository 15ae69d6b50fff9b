package com.example.chat;

import fi.seloste.PersonalData;
import fi.seloste.SourceKind;

public class Conversation {

    @PersonalData(purpose = "Asiakkaiden kysymyksiin vastaaminen", retention = "P4M", source = "Asiakas itse",
            sourceKind = SourceKind.DATA_SUBJECT, label = "Asiakkaan nimi")
    private String customerName;
}
