package com.example.shop;

import fi.seloste.DataCategories;
import fi.seloste.LegalBasis;
import fi.seloste.PersonalData;
import fi.seloste.PersonalDataDefaults;
import fi.seloste.Sources;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import lombok.Getter;
import lombok.Setter;

/** Lombok writes the accessors, Hibernate the metamodel Customer_, seloste the index. */
@Entity
@Getter
@Setter
@PersonalDataDefaults(purpose = "Tilausten toimittaminen", retention = "P2Y", source = Sources.DATA_SUBJECT,
        basis = LegalBasis.CONTRACT)
public class Customer {

    @Id
    @GeneratedValue
    private Long id;

    @PersonalData(category = DataCategories.IDENTITY, label = "Nimi")
    private String name;

    @PersonalData(category = DataCategories.CONTACT, label = "Sähköpostiosoite")
    private String email;
}
