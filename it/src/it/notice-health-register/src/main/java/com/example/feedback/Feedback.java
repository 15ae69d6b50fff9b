package com.example.feedback;

import fi.seloste.DataCategories;
import fi.seloste.PersonalData;

/** A piece of feedback from a customer. */
public class Feedback {

    private long id;

    @PersonalData(category = DataCategories.CONTACT,
            label = "Sähköpostiosoite", labelSv = "E-postadress", labelEn = "E-mail address")
    private String email;

    @PersonalData(category = DataCategories.COMMUNICATION_CONTENT,
            label = "Palautteen sisältö", labelSv = "Responsens innehåll", labelEn = "Content of the feedback")
    private String message;
}
