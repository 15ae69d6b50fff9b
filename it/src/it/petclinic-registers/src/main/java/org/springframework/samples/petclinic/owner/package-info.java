/** The pet owners: the clinic's customers. */
@Register(id = "owners", fi = "Lemmikkien omistajien asiakasrekisteri", subjects = DataSubjects.CUSTOMER,
        purposes = "Lemmikkien hoitoon liittyvän asiakassuhteen hoitaminen", basis = LegalBasis.CONTRACT)
@PersonalDataDefaults(retention = "P3Y", retentionFrom = RetentionTrigger.RELATIONSHIP_END, source = Sources.DATA_SUBJECT)
package org.springframework.samples.petclinic.owner;

import fi.seloste.DataSubjects;
import fi.seloste.LegalBasis;
import fi.seloste.PersonalDataDefaults;
import fi.seloste.Register;
import fi.seloste.RetentionTrigger;
import fi.seloste.Sources;
