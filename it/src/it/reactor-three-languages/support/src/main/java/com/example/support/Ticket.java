package com.example.support;

import com.example.catalogue.Purposes;
import fi.seloste.*;

@Register(id = "support", fi = "Asiakastukirekisteri", sv = "Kundsupportregistret", en = "Support register")
public class Ticket {
    private long id;

    @PersonalData(purpose = Purposes.SUPPORT, retention = "P1Y", source = Sources.DATA_SUBJECT,
                  category = DataCategories.COMMUNICATION_CONTENT,
                  label = "Tukipyynnön viestit", labelSv = "Meddelanden i ärendet", labelEn = "Messages of the request")
    private String messages;
}
