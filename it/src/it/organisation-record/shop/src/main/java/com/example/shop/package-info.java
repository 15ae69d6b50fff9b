@Register(id = "customers", fi = "Asiakasrekisteri", sv = "Kundregistret", en = "Customer register",
        subjects = DataSubjects.CUSTOMER)
package com.example.shop;

import fi.seloste.DataSubjects;
import fi.seloste.Register;
