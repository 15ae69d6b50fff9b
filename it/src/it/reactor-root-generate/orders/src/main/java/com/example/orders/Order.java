package com.example.orders;

import com.example.catalogue.Purposes;
import fi.seloste.DataCategories;
import fi.seloste.PersonalData;
import fi.seloste.PersonalDataDefaults;
import fi.seloste.RetentionTrigger;
import fi.seloste.Sources;

@PersonalDataDefaults(register = "orders")
public class Order {
    private long id;

    @PersonalData(purpose = Purposes.DELIVERY, retention = "P6Y", retentionFrom = RetentionTrigger.FISCAL_YEAR_END,
                  source = Sources.DATA_SUBJECT, category = DataCategories.CONTACT,
                  label = "Toimitusosoite", labelSv = "Leveransadress", labelEn = "Delivery address")
    private String deliveryAddress;
}
