/** The customer register: contact persons of customer companies, kept while they act for their company. */
@Register(id = "customers", fi = "Asiakasrekisteri", sv = "Kundregistret", en = "Customer register",
        descriptionFi = "Asiakasyritysten yhteyshenkilöiden tiedot tilauksia, toimituksia ja laskutusta varten.",
        descriptionSv = "Uppgifter om kundföretagens kontaktpersoner för beställningar, leveranser och fakturering.",
        descriptionEn = "Details of customer companies' contact persons for orders, deliveries and invoicing.",
        subjects = DataSubjects.PARTNER_CONTACT, purposes = Catalogue.CUSTOMERS)
@PersonalDataDefaults(retentionCriteria = "Niin kauan kuin henkilö toimii asiakasyrityksen yhteyshenkilönä",
        retentionCriteriaSv = "Så länge personen är kontaktperson för kundföretaget",
        retentionCriteriaEn = "As long as the person acts as the customer company's contact person",
        source = Sources.DATA_SUBJECT)
package com.example.customers;

import com.example.Catalogue;
import fi.seloste.DataSubjects;
import fi.seloste.PersonalDataDefaults;
import fi.seloste.Register;
import fi.seloste.Sources;
