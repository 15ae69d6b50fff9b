/** The organisation's registers, declared once for every module. */
@Register(id = "customers", fi = "Asiakasrekisteri", sv = "Kundregistret", en = "Customer register",
        subjects = DataSubjects.CUSTOMER, purposes = Purposes.SERVICE)
package com.example.catalogue;

import fi.seloste.DataSubjects;
import fi.seloste.Register;
