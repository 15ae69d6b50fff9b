package com.example.shop;

import fi.seloste.DataCategories;
import fi.seloste.LegalBasis;
import fi.seloste.PersonalData;
import fi.seloste.PersonalDataDefaults;
import fi.seloste.Sources;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The customer after following the README: its personal field declared. */
@Entity
@PersonalDataDefaults(basis = LegalBasis.CONTRACT)
public class Customer {

    @Id
    private long id;

    @PersonalData(purpose = "Tilausten toimittaminen", retention = "P2Y", source = Sources.DATA_SUBJECT,
                  category = DataCategories.CONTACT, label = "Sähköpostiosoite")
    @Column(name = "email")
    private String email;

    @Override
    public String toString() {
        return "Customer " + id + " <" + email + ">";
    }
}
