package com.example.chat;

import com.example.Catalogue;
import fi.seloste.PersonalData;
import fi.seloste.Sources;

public class Conversation {

    @PersonalData(purpose = Catalogue.CHAT, retention = "P4M", source = Sources.DATA_SUBJECT,
            label = "Asiakkaan nimi", labelSv = "Kundens namn", labelEn = "Customer's name")
    private String customerName;
}
