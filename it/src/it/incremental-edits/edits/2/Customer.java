package com.example.shop;

import fi.seloste.PersonalData;
import fi.seloste.Sources;

public class Customer {

    private long id;

    @PersonalData(purpose = Purposes.ORDERS, retention = "P3Y", source = Sources.DATA_SUBJECT, label = "Nimi")
    private String name;

    @PersonalData(purpose = {Purposes.ORDERS, Purposes.SUPPORT}, retention = "P1Y", source = Sources.DATA_SUBJECT,
            label = "Sähköpostiosoite")
    private String email;

    @PersonalData(purpose = Purposes.ORDERS, retention = "P1Y", source = Sources.DATA_SUBJECT, label = "Puhelinnumero")
    private String phone;
}
