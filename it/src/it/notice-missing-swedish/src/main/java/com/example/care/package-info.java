/** The register's description has no Swedish form. */
@Register(id = "patients", fi = "Potilasrekisteri", sv = "Patientregistret", en = "Patient register",
        descriptionFi = "Lääkärikeskuksen potilaiden hoitoa koskevat tiedot.",
        descriptionEn = "The records of the care of the medical centre's patients.",
        subjects = DataSubjects.PATIENT, purposes = Catalogue.CARE)
@PersonalDataDefaults(retention = "P12Y", retentionFrom = RetentionTrigger.DEATH,
        retentionOtherwise = "P120Y", retentionOtherwiseFrom = RetentionTrigger.BIRTH,
        retentionLaw = "Sosiaali- ja terveysministeriön asetus potilasasiakirjoista 94/2022",
        retentionLawEn = "Decree of the Ministry of Social Affairs and Health on Patient Records 94/2022",
        source = Sources.DATA_SUBJECT)
package com.example.care;

import com.example.Catalogue;
import fi.seloste.DataSubjects;
import fi.seloste.PersonalDataDefaults;
import fi.seloste.Register;
import fi.seloste.RetentionTrigger;
import fi.seloste.Sources;
