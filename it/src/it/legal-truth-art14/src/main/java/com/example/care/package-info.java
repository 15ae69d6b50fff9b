@Register(id = "patients", fi = "Potilasrekisteri", sv = "Patientregistret", en = "Patient register",
          none = {Practice.REGULAR_DISCLOSURES, Practice.TRANSFERS, Practice.AUTOMATED_DECISIONS})
package com.example.care;

import fi.seloste.Practice;
import fi.seloste.Register;
