package com.example.customers;

import com.example.Catalogue;
import fi.seloste.DataCategories;
import fi.seloste.PersonalData;
import fi.seloste.RetentionTrigger;

/** A contact person of a customer company. */
public class CustomerContact {

    private long id;

    @PersonalData(category = DataCategories.IDENTITY, label = "Nimi", labelSv = "Namn", labelEn = "Name")
    private String name;

    @PersonalData(category = DataCategories.EMPLOYMENT,
            label = "Yritys, tehtävä ja osasto", labelSv = "Företag, uppgift och avdelning", labelEn = "Company, role and department")
    private String role;

    @PersonalData(category = DataCategories.CONTACT,
            label = "Sähköpostiosoite", labelSv = "E-postadress", labelEn = "E-mail address")
    private String email;

    @PersonalData(category = DataCategories.CONTACT,
            label = "Puhelinnumero", labelSv = "Telefonnummer", labelEn = "Phone number")
    private String phone;

    @PersonalData(purpose = Catalogue.BILLING, category = DataCategories.FINANCIAL,
            retention = "P10Y", retentionFrom = RetentionTrigger.FISCAL_YEAR_END,
            retentionLaw = "Kirjanpitolaki 1336/1997 2 luku 10 §", retentionLawSv = "Bokföringslagen 1336/1997 2 kap. 10 §",
            retentionLawEn = "Accounting Act 1336/1997, chapter 2, section 10",
            label = "Tilaus- ja laskutustiedot", labelSv = "Beställnings- och faktureringsuppgifter", labelEn = "Order and invoicing details")
    private String invoices;
}
