@Register(id = "web", fi = "Verkkopalvelun rekisteri", sv = "Webbtjänstens register", en = "Web service register",
          none = {Practice.REGULAR_DISCLOSURES, Practice.TRANSFERS, Practice.AUTOMATED_DECISIONS})
package com.example.web;

import fi.seloste.Practice;
import fi.seloste.Register;
