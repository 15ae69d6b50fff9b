/**
 * The clinic's customer-service chat. Its purposes are free text, so the legal basis is declared here once for
 * every chat field (a field may say otherwise), with the legitimate interest it rests on, and who the free-text
 * sources are: the customer, in the conversation.
 */
@PersonalDataDefaults(basis = LegalBasis.LEGITIMATE_INTERESTS,
        legitimateInterest = "Asiakkaiden neuvominen ja ajanvarauksessa avustaminen sekä vastausten oikeellisuuden "
                + "ja palvelun laadun varmistaminen",
        sourceKind = SourceKind.DATA_SUBJECT)
package fi.seloste.examples.clinic.chat;

import fi.seloste.LegalBasis;
import fi.seloste.PersonalDataDefaults;
import fi.seloste.SourceKind;
