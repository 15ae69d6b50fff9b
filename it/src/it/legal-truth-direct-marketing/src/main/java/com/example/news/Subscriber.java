package com.example.news;

import com.example.Catalogue;
import fi.seloste.PersonalData;
import fi.seloste.Sources;

public class Subscriber {

    @PersonalData(purpose = Catalogue.NEWSLETTER, retention = "P2Y", source = Sources.DATA_SUBJECT,
            label = "Sähköpostiosoite", labelSv = "E-postadress", labelEn = "E-mail address")
    private String email;
}
