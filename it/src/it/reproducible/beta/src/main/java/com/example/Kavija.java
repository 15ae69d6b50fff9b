package com.example;

import fi.seloste.PersonalData;

public record Kavija(
        @PersonalData(purpose = "Kävijöiden kirjaaminen", retention = "P2W", source = "Kävijä itse", label = "Nimi")
        String nimi,
        @PersonalData(purpose = "Kävijöiden kirjaaminen", retention = "P2W", source = "Kävijä itse", label = "Yhteyshenkilö")
        String yhteyshenkilo) {}
