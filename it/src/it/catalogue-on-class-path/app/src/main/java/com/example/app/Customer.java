package com.example.app;

import com.example.catalogue.Partners;
import com.example.catalogue.Purposes;
import com.example.catalogue.Registers;
import fi.seloste.DataCategories;
import fi.seloste.PersonalData;
import fi.seloste.PersonalDataDefaults;
import fi.seloste.RetentionTrigger;
import fi.seloste.Sources;

/** A customer; every key it uses is declared in the catalogue module. */
@PersonalDataDefaults(register = Registers.CUSTOMERS, retention = "P3Y", retentionFrom = RetentionTrigger.RELATIONSHIP_END)
public class Customer {

    @PersonalData(source = Sources.DATA_SUBJECT, category = DataCategories.IDENTITY,
                  label = "Nimi", labelSv = "Namn", labelEn = "Name")
    private String name;

    @PersonalData(purpose = {Purposes.SERVICE, Purposes.INVOICING}, source = Partners.RESELLER,
                  category = DataCategories.CONTACT, label = "Laskutusosoite", labelSv = "Faktureringsadress",
                  labelEn = "Billing address")
    private String billingAddress;
}
