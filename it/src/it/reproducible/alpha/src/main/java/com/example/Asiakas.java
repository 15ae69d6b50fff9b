package com.example;

import fi.seloste.LegalBasis;
import fi.seloste.PersonalData;
import fi.seloste.PersonalDataDefaults;
import fi.seloste.RetentionTrigger;
import fi.seloste.SourceKind;

@PersonalDataDefaults(basis = LegalBasis.CONTRACT, sourceKind = SourceKind.DATA_SUBJECT)
public class Asiakas {
    @PersonalData(purpose = "Ajanvaraus ja hoidon järjestäminen", retention = "P4M", retentionFrom = RetentionTrigger.CONVERSATION_END,
                  source = "Asiakas itse – suullisesti", label = "Sähköpostiosoite")
    private String sahkoposti;

    @PersonalData(purpose = "Ajanvaraus ja hoidon järjestäminen", retention = "P5Y", source = "Väestötietojärjestelmä",
                  sourceKind = SourceKind.THIRD_PARTY, label = "Äidinkieli (svenska/suomi/العربية)")
    private String aidinkieli;

    @PersonalData(purpose = "Ajanvaraus ja hoidon järjestäminen", retention = "P90D", source = "Asiakas itse – suullisesti",
                  label = "Osoite")
    private String osoite;
}
