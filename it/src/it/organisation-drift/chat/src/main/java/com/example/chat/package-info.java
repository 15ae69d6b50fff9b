@Register(id = "customers", fi = "Asiakasrekisteri", sv = "Kundregistret", en = "Customer register",
        subjects = DataSubjects.CUSTOMER)
package com.example.chat;

import fi.seloste.DataSubjects;
import fi.seloste.Register;
