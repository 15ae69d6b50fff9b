package fi.seloste.examples.health.customer;

import fi.seloste.DataCategories;
import fi.seloste.PersonalData;
import jakarta.persistence.Embeddable;

/** A postal address, embedded in the customer. */
@Embeddable
public class Address {

    @PersonalData(category = DataCategories.CONTACT, label = "Katuosoite", labelSv = "Gatuadress", labelEn = "Street address")
    private String street;

    @PersonalData(category = DataCategories.CONTACT, label = "Postinumero", labelSv = "Postnummer", labelEn = "Postal code")
    private String postalCode;

    @PersonalData(category = DataCategories.CONTACT, label = "Postitoimipaikka", labelSv = "Postanstalt", labelEn = "Post office")
    private String city;
}
