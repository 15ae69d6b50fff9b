/** Customer feedback, kept five years. */
@Register(id = "feedback", fi = "Asiakaspalauterekisteri", sv = "Kundresponsregistret", en = "Customer feedback register",
        subjects = DataSubjects.CUSTOMER, purposes = Catalogue.FEEDBACK)
@PersonalDataDefaults(retention = "P5Y", source = Sources.DATA_SUBJECT)
package com.example.feedback;

import com.example.Catalogue;
import fi.seloste.DataSubjects;
import fi.seloste.PersonalDataDefaults;
import fi.seloste.Register;
import fi.seloste.Sources;
