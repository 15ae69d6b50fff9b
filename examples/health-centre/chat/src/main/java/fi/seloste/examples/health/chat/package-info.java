/** The customer-service chat: one register, whose defaults every chat class inherits. */
@Register(id = "chat", fi = "Asiakaspalvelu-chatin rekisteri", sv = "Kundtjänstchattens register",
        en = "Customer-service chat register",
        descriptionFi = "Chat-keskustelut tallennetaan, jotta kysymyksiin voidaan vastata ja palvelun laatua seurata.",
        descriptionSv = "Chattsamtalen sparas för att frågorna ska kunna besvaras och tjänstens kvalitet följas upp.",
        descriptionEn = "Chat conversations are stored so questions can be answered and the quality of the service followed.",
        subjects = DataSubjects.CUSTOMER, purposes = Purposes.CHAT_SERVICE)
@PersonalDataDefaults(retention = "P4M", retentionFrom = RetentionTrigger.CONVERSATION_END,
        source = Sources.DATA_SUBJECT, recipients = Recipients.CHAT_VENDOR)
package fi.seloste.examples.health.chat;

import fi.seloste.DataSubjects;
import fi.seloste.PersonalDataDefaults;
import fi.seloste.Register;
import fi.seloste.RetentionTrigger;
import fi.seloste.Sources;
import fi.seloste.examples.health.catalogue.Purposes;
import fi.seloste.examples.health.catalogue.Recipients;
