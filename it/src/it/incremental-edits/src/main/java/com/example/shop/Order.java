package com.example.shop;

import fi.seloste.PersonalData;
import fi.seloste.Sources;

public class Order {

    private String reference;

    @PersonalData(purpose = Purposes.ORDERS, retention = "P6Y", source = Sources.DATA_SUBJECT, label = "Toimitusosoite")
    private String deliveryAddress;
}
