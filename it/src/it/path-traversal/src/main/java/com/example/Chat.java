package com.example;

import fi.seloste.PersonalData;
import fi.seloste.Register;

@Register(id = "../../../outside", fi = "Rekisteri")
public class Chat {
    @PersonalData(purpose = "Asiakaspalvelu", retention = "P4M", source = "Asiakas itse",
            basis = fi.seloste.LegalBasis.CONTRACT, sourceKind = fi.seloste.SourceKind.DATA_SUBJECT)
    private String customerName;
}
