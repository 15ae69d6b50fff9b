package com.example;

import fi.seloste.LegalBasis;
import fi.seloste.NotPersonalData;
import fi.seloste.PersonalData;
import fi.seloste.PersonalDataDefaults;
import fi.seloste.SourceKind;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** The same ticket with every field declared but the key, the version and the audit timestamp. */
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

    @PersonalData(label = "Asiakkaan viesti")
    private String message;

    @PersonalData(label = "Käsittelijän muistiinpanot")
    private String notes;

    @NotPersonalData(reason = "Kiireellisyys, sama kaikille saman tilan tiketeille")
    private int priority;
}
