package com.example.web;

import com.example.Catalogue;
import fi.seloste.PersonalData;
import fi.seloste.Sources;

public class Visit {

    @PersonalData(purpose = Catalogue.CHAT, retention = "P4M", source = Sources.DATA_SUBJECT,
            label = "Sähköpostiosoite", labelSv = "E-postadress", labelEn = "E-mail address")
    private String email;

    @PersonalData(purpose = Catalogue.CHAT, retention = "P90D", source = Sources.SERVICE_GENERATED,
            label = "IP-osoite", labelSv = "IP-adress", labelEn = "IP address")
    private String ipAddress;
}
