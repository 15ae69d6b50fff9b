package com.example;

import fi.seloste.LegalBasis;
import fi.seloste.PersonalData;
import fi.seloste.PersonalDataDefaults;
import fi.seloste.SourceKind;

@PersonalDataDefaults(basis = LegalBasis.LEGITIMATE_INTERESTS, legitimateInterest = "Tilojen turvallisuus",
        sourceKind = SourceKind.DATA_SUBJECT)
public record Kavija(
        @PersonalData(purpose = "Kävijöiden kirjaaminen", retention = "P2W", source = "Kävijä itse", label = "Nimi")
        String nimi,
        @PersonalData(purpose = "Kävijöiden kirjaaminen", retention = "P2W", source = "Kävijä itse", label = "Yhteyshenkilö")
        String yhteyshenkilo) {}
