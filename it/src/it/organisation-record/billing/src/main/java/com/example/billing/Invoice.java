package com.example.billing;

import fi.seloste.DataCategories;
import fi.seloste.DataSubjects;
import fi.seloste.LegalBasis;
import fi.seloste.PersonalData;
import fi.seloste.Purpose;
import fi.seloste.Register;
import fi.seloste.RetentionTrigger;
import fi.seloste.Sources;

/** Declares customer-service on another basis than the chat and the shop: the organisation record must refuse it. */
@Register(id = "customers", fi = "Asiakasrekisteri", sv = "Kundregistret", en = "Customer register",
          subjects = DataSubjects.CUSTOMER)
public class Invoice {

    @Purpose(fi = "Asiakaspalvelu", sv = "Kundtjänst", en = "Customer service", basis = LegalBasis.CONTRACT)
    public static final String CUSTOMER_SERVICE = "customer-service";

    private long id;

    @PersonalData(purpose = CUSTOMER_SERVICE, retention = "P6Y", retentionFrom = RetentionTrigger.FISCAL_YEAR_END,
                  source = Sources.DATA_SUBJECT, category = DataCategories.FINANCIAL,
                  label = "Laskutusosoite", labelSv = "Faktureringsadress", labelEn = "Billing address")
    private String billingAddress;
}
