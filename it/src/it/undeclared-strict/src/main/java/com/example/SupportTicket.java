package com.example;

import fi.seloste.LegalBasis;
import fi.seloste.PersonalData;
import fi.seloste.PersonalDataDefaults;
import fi.seloste.SourceKind;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** A customer's support ticket: the customer's e-mail is declared, the rest is not. */
@Entity
@PersonalDataDefaults(purpose = "Asiakastuki", retention = "P1Y", source = "Asiakas itse",
        basis = LegalBasis.CONTRACT, sourceKind = SourceKind.DATA_SUBJECT)
public class SupportTicket {

    @Id
    @GeneratedValue
    private Long id;

    @Version
    private long version;

    private Instant createdAt;

    @PersonalData(label = "Asiakkaan sähköpostiosoite")
    private String customerEmail;

    private String message;

    private String notes;

    private int priority;
}
