package com.example.chat;

import fi.seloste.PersonalData;

@fi.seloste.PersonalDataDefaults(basis = fi.seloste.LegalBasis.CONTRACT, sourceKind = fi.seloste.SourceKind.DATA_SUBJECT)
public class ChatConversation {
    @PersonalData(retention = "P4M", source = "Asiakas itse")
    private String customerName;

    @PersonalData(purpose = "Asiakaspalvelu", retention = "P4M", source = "Asiakas itse")
    private String phone;
}
