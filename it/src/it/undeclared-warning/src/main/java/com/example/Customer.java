package com.example;

import fi.seloste.PersonalData;

@jakarta.persistence.Entity
public class Customer {
    private long id;
    @PersonalData(purpose = "Asiakkuus", retention = "P2Y", source = "Asiakas itse", label = "Nimi",
            basis = fi.seloste.LegalBasis.CONTRACT, sourceKind = fi.seloste.SourceKind.DATA_SUBJECT)
    private String name;

    private String email;
}
