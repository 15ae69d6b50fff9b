package com.example.chat;

import fi.seloste.DataCategories;
import fi.seloste.LegalBasis;
import fi.seloste.PersonalData;
import fi.seloste.Purpose;
import fi.seloste.Register;
import fi.seloste.RetentionTrigger;
import fi.seloste.Sources;

@Register(id = "chat", fi = "Chat-rekisteri", sv = "Chattregistret", en = "Chat register")
public class Conversation {

    @Purpose(fi = "Asiakaspalvelu", sv = "Kundtjänst", en = "Customer service", basis = LegalBasis.CONTRACT)
    public static final String SERVICE = "service";

    private long id;

    @PersonalData(purpose = SERVICE, retention = "P6M", retentionFrom = RetentionTrigger.CONVERSATION_END,
                  source = Sources.DATA_SUBJECT, category = DataCategories.IDENTITY,
                  label = "Asiakkaan nimi", labelSv = "Kundens namn", labelEn = "Customer's name")
    private String customerName;
}
