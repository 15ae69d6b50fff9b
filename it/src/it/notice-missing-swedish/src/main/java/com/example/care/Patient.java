package com.example.care;

import fi.seloste.DataCategories;
import fi.seloste.PersonalData;

/** A patient; two fields lack their Swedish texts. */
public class Patient {

    private long id;

    @PersonalData(category = DataCategories.IDENTITY,
            label = "Etu- ja sukunimi", labelSv = "För- och efternamn", labelEn = "First and last name")
    private String fullName;

    @PersonalData(category = DataCategories.CONTACT, label = "Puhelinnumero", labelEn = "Phone number")
    private String phone;

    @PersonalData(category = DataCategories.CONTACT,
            retentionCriteria = "Niin kauan kuin huoltajuus on voimassa",
            retentionCriteriaEn = "As long as the guardianship lasts",
            label = "Huoltajan yhteystiedot", labelSv = "Vårdnadshavarens kontaktuppgifter", labelEn = "Guardian's contact details")
    private String guardianContact;
}
