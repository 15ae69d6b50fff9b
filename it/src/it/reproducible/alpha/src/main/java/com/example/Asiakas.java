package com.example;

import fi.seloste.PersonalData;
import fi.seloste.RetentionTrigger;

public class Asiakas {
    @PersonalData(purpose = "Ajanvaraus ja hoidon järjestäminen", retention = "P4M", retentionFrom = RetentionTrigger.CONVERSATION_END,
                  source = "Asiakas itse – suullisesti", label = "Sähköpostiosoite")
    private String sahkoposti;

    @PersonalData(purpose = "Ajanvaraus ja hoidon järjestäminen", retention = "P5Y", source = "Väestötietojärjestelmä",
                  label = "Äidinkieli (svenska/suomi/العربية)")
    private String aidinkieli;

    @PersonalData(purpose = "Ajanvaraus ja hoidon järjestäminen", retention = "P90D", source = "Asiakas itse – suullisesti",
                  label = "Osoite")
    private String osoite;
}
