package com.example.chat.local;

import fi.seloste.PersonalData;

/** Personal data in a local record and an anonymous class, which javac shows to no annotation processor. */
public class Summaries {

    public Object summary(String name) {
        record Line(
                @PersonalData(purpose = "Asiakkaiden kysymyksiin vastaaminen", retention = "P4M", source = "Asiakas itse")
                String author) {}
        return new Object() {
            @PersonalData(purpose = "Asiakkaiden kysymyksiin vastaaminen", retention = "P4M", source = "Asiakas itse")
            String caller = name;

            final Line line = new Line(name);
        };
    }
}
