package com.example.shop;

import fi.seloste.PersonalData;
import fi.seloste.Sources;

public class Ticket {

    @PersonalData(purpose = Purposes.SUPPORT, retention = "P2Y", source = Sources.DATA_SUBJECT, label = "Yhteydenottajan nimi")
    private String reporterName;

    @PersonalData(purpose = Purposes.SUPPORT, retention = "P2Y", source = Sources.DATA_SUBJECT, label = "Yhteydenoton sisältö")
    private String description;
}
