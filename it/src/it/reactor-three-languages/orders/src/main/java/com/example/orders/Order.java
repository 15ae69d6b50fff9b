package com.example.orders;

import com.example.catalogue.Purposes;
import fi.seloste.*;

@Register(id = "orders", fi = "Tilausrekisteri", sv = "Beställningsregistret", en = "Order register")
public class Order {
    private long id;

    @PersonalData(purpose = Purposes.DELIVERY, retention = "P6Y", retentionFrom = RetentionTrigger.FISCAL_YEAR_END,
                  source = Sources.DATA_SUBJECT, category = DataCategories.CONTACT,
                  label = "Toimitusosoite", labelSv = "Leveransadress", labelEn = "Delivery address")
    private String deliveryAddress;
}
