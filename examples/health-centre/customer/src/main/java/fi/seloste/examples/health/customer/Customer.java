package fi.seloste.examples.health.customer;

import fi.seloste.DataCategories;
import fi.seloste.IdentityCodeGround;
import fi.seloste.PersonalData;
import fi.seloste.RetentionTrigger;
import fi.seloste.Sources;
import fi.seloste.examples.health.catalogue.Purposes;
import fi.seloste.examples.health.catalogue.Recipients;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** A customer (patient) of the health centre. */
@Entity
public class Customer {

    @Id
    private long id;
    private Instant createdAt;
    private boolean newsletterOptIn;

    @PersonalData(purpose = {Purposes.APPOINTMENTS, Purposes.CARE}, category = DataCategories.IDENTITY,
            label = "Etu- ja sukunimi", labelSv = "För- och efternamn", labelEn = "First and last name")
    private String fullName;

    @PersonalData(purpose = {Purposes.CARE, Purposes.BILLING}, category = DataCategories.IDENTITY_CODE,
            identityCodeGround = IdentityCodeGround.HEALTH_AND_SOCIAL_CARE, recipients = Recipients.KANTA,
            label = "Henkilötunnus", labelSv = "Personbeteckning", labelEn = "Personal identity code")
    private String hetu;

    @PersonalData(category = DataCategories.IDENTITY, label = "Syntymäaika", labelSv = "Födelsedatum", labelEn = "Date of birth")
    private LocalDate birthDate;

    @PersonalData(purpose = {Purposes.APPOINTMENTS, Purposes.NEWSLETTER}, category = DataCategories.CONTACT,
            retention = "P2Y", retentionFrom = RetentionTrigger.RELATIONSHIP_END, source = Sources.DATA_SUBJECT,
            recipients = Recipients.MAIL_SERVICE,
            label = "Sähköpostiosoite", labelSv = "E-postadress", labelEn = "E-mail address")
    private String email;

    @PersonalData(category = DataCategories.CONTACT, label = "Puhelinnumero", labelSv = "Telefonnummer", labelEn = "Phone number")
    private String phone;

    @PersonalData(purpose = Purposes.CARE, category = DataCategories.HEALTH, source = {Sources.DATA_SUBJECT, Sources.HEALTH_CARE_PROVIDERS},
            recipients = Recipients.KANTA, label = "Hoitoa koskevat merkinnät", labelSv = "Anteckningar om vården",
            labelEn = "Entries about care")
    private String careNotes;

    @Embedded
    private Address homeAddress;
}
