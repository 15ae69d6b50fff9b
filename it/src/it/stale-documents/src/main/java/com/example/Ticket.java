package com.example;

import fi.seloste.DataCategories;
import fi.seloste.PersonalData;
import fi.seloste.Sources;

public class Ticket {
    private long id;

    @PersonalData(purpose = Purposes.SUPPORT, retention = "P1Y", source = Sources.DATA_SUBJECT,
                  category = DataCategories.COMMUNICATION_CONTENT, label = "Tukipyynnön viestit", labelSv = "Meddelanden i ärendet")
    private String messages;
}
