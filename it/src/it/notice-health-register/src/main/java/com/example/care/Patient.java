package com.example.care;

import com.example.Catalogue;
import fi.seloste.DataCategories;
import fi.seloste.IdentityCodeGround;
import fi.seloste.PersonalData;
import fi.seloste.Sources;

/** A patient; the fields are declared in the order a notice should list them, not alphabetically. */
public class Patient {

    private long id;

    @PersonalData(category = DataCategories.IDENTITY,
            label = "Etu- ja sukunimi", labelSv = "För- och efternamn", labelEn = "First and last name")
    private String fullName;

    @PersonalData(category = DataCategories.IDENTITY_CODE, identityCodeGround = IdentityCodeGround.HEALTH_AND_SOCIAL_CARE,
            source = {Sources.DATA_SUBJECT, Sources.POPULATION_REGISTER},
            label = "Henkilötunnus", labelSv = "Personbeteckning", labelEn = "Personal identity code")
    private String hetu;

    @PersonalData(category = DataCategories.CONTACT,
            label = "Puhelinnumero", labelSv = "Telefonnummer", labelEn = "Phone number")
    private String phone;

    @PersonalData(category = DataCategories.CONTACT, source = Sources.POPULATION_REGISTER,
            label = "Osoite", labelSv = "Adress", labelEn = "Address")
    private String address;

    @PersonalData(category = DataCategories.CONTACT, source = Sources.GUARDIAN,
            retentionCriteria = "Niin kauan kuin huoltajuus on voimassa",
            retentionCriteriaSv = "Så länge vårdnaden gäller",
            retentionCriteriaEn = "As long as the guardianship lasts",
            label = "Huoltajan yhteystiedot", labelSv = "Vårdnadshavarens kontaktuppgifter",
            labelEn = "Guardian's contact details")
    private String guardianContact;

    @PersonalData(category = DataCategories.HEALTH,
            label = "Pituus, paino ja verenpaine", labelSv = "Längd, vikt och blodtryck", labelEn = "Height, weight and blood pressure")
    private String measurements;

    @PersonalData(category = DataCategories.HEALTH, source = {Sources.DATA_SUBJECT, Sources.HEALTH_CARE_PROVIDERS},
            recipients = Catalogue.KANTA,
            label = "Hoitomerkinnät", labelSv = "Vårdanteckningar", labelEn = "Entries about care")
    private String careNotes;
}
