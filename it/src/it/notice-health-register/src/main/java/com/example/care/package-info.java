/** The patient register: the decree's own retention rule, 12 years after death or 120 years from birth. */
@Register(id = "patients", fi = "Potilasrekisteri", sv = "Patientregistret", en = "Patient register",
        descriptionFi = "Potilasrekisteriin kirjataan lääkärikeskuksen potilaiden hoitoa koskevat tiedot.",
        descriptionSv = "I patientregistret antecknas uppgifterna om vården av läkarcentralens patienter.",
        descriptionEn = "The patient register holds the records of the care of the medical centre's patients.",
        subjects = {DataSubjects.PATIENT, DataSubjects.GUARDIAN}, purposes = Catalogue.CARE)
@PersonalDataDefaults(retention = "P12Y", retentionFrom = RetentionTrigger.DEATH,
        retentionOtherwise = "P120Y", retentionOtherwiseFrom = RetentionTrigger.BIRTH,
        retentionLaw = "Sosiaali- ja terveysministeriön asetus potilasasiakirjoista 94/2022",
        retentionLawSv = "Social- och hälsovårdsministeriets förordning om journalhandlingar 94/2022",
        retentionLawEn = "Decree of the Ministry of Social Affairs and Health on Patient Records 94/2022",
        source = Sources.DATA_SUBJECT)
package com.example.care;

import com.example.Catalogue;
import fi.seloste.DataSubjects;
import fi.seloste.PersonalDataDefaults;
import fi.seloste.Register;
import fi.seloste.RetentionTrigger;
import fi.seloste.Sources;
