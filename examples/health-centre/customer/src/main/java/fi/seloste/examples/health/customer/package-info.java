/** The customer and patient register of the health centre. */
@Register(id = "customers", fi = "Asiakas- ja potilasrekisteri", sv = "Kund- och patientregistret",
        en = "Customer and patient register", subjects = {DataSubjects.CUSTOMER, DataSubjects.PATIENT},
        purposes = Purposes.APPOINTMENTS)
@PersonalDataDefaults(retention = "P12Y", retentionFrom = RetentionTrigger.DEATH,
        // the decree's own rule: 12 years after death, or 120 years from birth when the date of death is not known
        retentionOtherwise = "P120Y", retentionOtherwiseFrom = RetentionTrigger.BIRTH,
        retentionLaw = "Sosiaali- ja terveysministeriön asetus potilasasiakirjoista 94/2022",
        retentionLawSv = "Social- och hälsovårdsministeriets förordning om journalhandlingar 94/2022",
        retentionLawEn = "Decree of the Ministry of Social Affairs and Health on Patient Records 94/2022",
        source = {Sources.DATA_SUBJECT, Sources.POPULATION_REGISTER})
package fi.seloste.examples.health.customer;

import fi.seloste.DataSubjects;
import fi.seloste.PersonalDataDefaults;
import fi.seloste.Register;
import fi.seloste.RetentionTrigger;
import fi.seloste.Sources;
import fi.seloste.examples.health.catalogue.Purposes;
