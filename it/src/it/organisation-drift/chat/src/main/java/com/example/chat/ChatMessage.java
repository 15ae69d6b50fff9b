package com.example.chat;

import fi.seloste.DataCategories;
import fi.seloste.PersonalData;
import fi.seloste.RetentionTrigger;
import fi.seloste.Sources;

public class ChatMessage {

    private long id;

    @PersonalData(purpose = Purposes.CUSTOMER_SERVICE, retention = "P4M", retentionFrom = RetentionTrigger.CONVERSATION_END,
                  source = Sources.DATA_SUBJECT, category = DataCategories.IDENTITY,
                  label = "Asiakkaan nimi", labelSv = "Kundens namn", labelEn = "Customer's name")
    private String customerName;

    @PersonalData(purpose = Purposes.CUSTOMER_SERVICE, retention = "P4M", retentionFrom = RetentionTrigger.CONVERSATION_END,
                  source = Sources.DATA_SUBJECT, category = DataCategories.COMMUNICATION_CONTENT, recipients = Purposes.CHAT_VENDOR,
                  label = "Viestit", labelSv = "Meddelanden", labelEn = "Messages")
    private String messageText;
}
