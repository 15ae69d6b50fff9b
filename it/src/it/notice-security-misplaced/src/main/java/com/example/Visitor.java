package com.example;

import fi.seloste.DataCategories;
import fi.seloste.LegalBasis;
import fi.seloste.PersonalData;
import fi.seloste.PersonalDataDefaults;
import fi.seloste.SourceKind;

/** A visitor of the office, signed in at the reception. */
@PersonalDataDefaults(basis = LegalBasis.LEGITIMATE_INTERESTS, legitimateInterest = "Toimitilojen turvallisuus",
        sourceKind = SourceKind.DATA_SUBJECT)
public class Visitor {

    @PersonalData(purpose = "Vierailijoiden kirjaaminen", retention = "P1M", source = "Vierailija itse",
            category = DataCategories.IDENTITY, label = "Vierailijan nimi")
    private String visitorName;
}
