package com.example;

import fi.seloste.PersonalData;
import fi.seloste.RetentionTrigger;

public class Chat {
    @PersonalData(purpose = "Asiakaspalvelu", retention = "P6M", retentionFrom = RetentionTrigger.CONVERSATION_END,
                  source = "Asiakas itse", label = "Asiakkaan nimi")
    private String customerName;
}
