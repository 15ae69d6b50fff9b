package com.example.shop;

import fi.seloste.DataCategories;
import fi.seloste.PersonalData;
import fi.seloste.RetentionTrigger;
import fi.seloste.Sources;

public class Customer {

    private long id;

    @PersonalData(purpose = Purposes.CUSTOMER_SERVICE, retention = "P2Y", retentionFrom = RetentionTrigger.RELATIONSHIP_END,
                  source = Sources.DATA_SUBJECT, category = DataCategories.CONTACT,
                  label = "Sähköpostiosoite", labelSv = "E-postadress", labelEn = "E-mail address")
    private String email;
}
