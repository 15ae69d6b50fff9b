package com.example.care;

import com.example.Catalogue;
import fi.seloste.PersonalData;
import fi.seloste.Sources;

public class Visit {

    @PersonalData(purpose = Catalogue.CARE, retention = "P12Y", source = Sources.DATA_SUBJECT,
            retentionLaw = "STM:n asetus potilasasiakirjoista 94/2022",
            retentionLawSv = "SHM:s förordning om journalhandlingar 94/2022",
            retentionLawEn = "Decree on Patient Records 94/2022",
            label = "Käynnin syy", labelSv = "Orsak till besöket", labelEn = "Reason for the visit")
    private String reason;
}
