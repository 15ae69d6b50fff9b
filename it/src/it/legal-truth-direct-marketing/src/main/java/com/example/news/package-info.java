@Register(id = "newsletter", fi = "Uutiskirjerekisteri", sv = "Nyhetsbrevsregistret", en = "Newsletter register",
          none = {Practice.REGULAR_DISCLOSURES, Practice.TRANSFERS, Practice.AUTOMATED_DECISIONS})
package com.example.news;

import fi.seloste.Practice;
import fi.seloste.Register;
