package com.example.chat;

import fi.seloste.PersonalData;

public class ChatConversation {

    @PersonalData(retention = "P4M", source = "Asiakas itse")
    private String customerName;

    @PersonalData(purpose = "Asiakaspalvelu", retention = "P4M", source = "Asiakas itse")
    private String phone;
}
