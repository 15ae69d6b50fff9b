package com.example.shop.orders;

import com.example.shop.Purposes;
import fi.seloste.DataCategories;
import fi.seloste.DataSubjects;
import fi.seloste.PersonalData;
import fi.seloste.Register;
import fi.seloste.RetentionTrigger;
import fi.seloste.Sources;

@Register(id = "orders", fi = "Tilausrekisteri", sv = "Beställningsregistret", en = "Order register",
          subjects = DataSubjects.CUSTOMER)
public class Order {

    private long id;

    @PersonalData(purpose = Purposes.DELIVERY, retention = "P6Y", retentionFrom = RetentionTrigger.FISCAL_YEAR_END,
                  source = Sources.DATA_SUBJECT, category = DataCategories.CONTACT,
                  label = "Toimitusosoite", labelSv = "Leveransadress", labelEn = "Delivery address")
    private String deliveryAddress;
}
