package com.example;

import fi.seloste.LegalBasis;
import fi.seloste.PersonalData;
import fi.seloste.PersonalDataDefaults;
import fi.seloste.RetentionTrigger;
import fi.seloste.SourceKind;

@PersonalDataDefaults(basis = LegalBasis.CONTRACT, sourceKind = SourceKind.DATA_SUBJECT)
public class Chat {
    @PersonalData(purpose = "Asiakaspalvelu", retention = "P4M", retentionFrom = RetentionTrigger.CONVERSATION_END,
                  source = "Asiakas itse", label = "Asiakkaan nimi")
    private String customerName;
}
