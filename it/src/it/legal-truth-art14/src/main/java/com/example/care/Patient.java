package com.example.care;

import com.example.Catalogue;
import fi.seloste.PersonalData;
import fi.seloste.Sources;

public class Patient {

    @PersonalData(purpose = Catalogue.CARE, retention = "P12Y", source = Sources.POPULATION_REGISTER,
            label = "Osoite", labelSv = "Adress", labelEn = "Address")
    private String address;

    @PersonalData(purpose = Catalogue.CARE, retention = "P12Y", source = Sources.DATA_SUBJECT,
            label = "Puhelinnumero", labelSv = "Telefonnummer", labelEn = "Phone number")
    private String phone;
}
