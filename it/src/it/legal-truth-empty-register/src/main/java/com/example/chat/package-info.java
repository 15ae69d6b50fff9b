@Register(id = "chat", fi = "Chat-rekisteri", sv = "Chattregistret", en = "Chat register",
          none = {Practice.REGULAR_DISCLOSURES, Practice.TRANSFERS, Practice.AUTOMATED_DECISIONS})
package com.example.chat;

import fi.seloste.Practice;
import fi.seloste.Register;
