package com.example.chat;

import fi.seloste.LegalBasis;
import fi.seloste.PersonalData;
import fi.seloste.PersonalDataDefaults;
import fi.seloste.SourceKind;

@PersonalDataDefaults(basis = LegalBasis.CONTRACT, sourceKind = SourceKind.DATA_SUBJECT)
public class ChatConversation {

    private long id;

    @PersonalData(purpose = "Asiakkaiden kysymyksiin vastaaminen", retention = "P4M", source = "Asiakas itse",
            label = "Asiakkaan nimi")
    private String customerName;

    /** A member record is shown to the processor like any class: its component is indexed. */
    public record Line(
            @PersonalData(purpose = "Asiakkaiden kysymyksiin vastaaminen", retention = "P4M", source = "Asiakas itse",
                    label = "Viestin kirjoittaja")
            String author,
            String text) {}
}
