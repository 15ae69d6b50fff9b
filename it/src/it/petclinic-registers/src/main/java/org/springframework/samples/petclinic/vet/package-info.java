/** The clinic's veterinarians: its employees. */
@Register(id = "vets", fi = "Eläinlääkärirekisteri", subjects = DataSubjects.EMPLOYEE,
        purposes = "Eläinlääkärien vastaanottojen ja erikoisalojen esittäminen asiakkaille", basis = LegalBasis.CONTRACT)
@PersonalDataDefaults(retention = "P2Y", retentionFrom = RetentionTrigger.RELATIONSHIP_END, source = Sources.DATA_SUBJECT)
package org.springframework.samples.petclinic.vet;

import fi.seloste.DataSubjects;
import fi.seloste.LegalBasis;
import fi.seloste.PersonalDataDefaults;
import fi.seloste.Register;
import fi.seloste.RetentionTrigger;
import fi.seloste.Sources;
