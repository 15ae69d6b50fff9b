package com.example.shop;

import fi.seloste.PersonalData;
import fi.seloste.Sources;

public class Contact {

    @PersonalData(purpose = Purposes.SUPPORT, retention = "P1Y", source = Sources.DATA_SUBJECT, label = "Muistiinpanon kirjoittaja")
    private String author;
}
