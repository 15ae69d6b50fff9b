package fi.seloste.processor.detection;

import static fi.seloste.processor.detection.JudgeWorld.f;
import static fi.seloste.processor.detection.JudgeWorld.link;
import static fi.seloste.processor.detection.JudgeWorld.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.seloste.processor.detection.ClassShape.Link;
import fi.seloste.processor.detection.ClassShape.Role;
import org.junit.jupiter.api.Test;

/**
 * The class-context rules of the fourth and fifth passes of issue 14, each on the smallest world that shows it: what makes a class
 * a person's record and what does not (guide section 3, A2), and which fields are bookkeeping (N1, N3, N4). Each case
 * failed before its rule.
 */
class ContextRulesTest {

    private static final String STRING = "java.lang.String";
    private static final String INTEGER = "java.lang.Integer";
    private static final String BOOLEAN = "java.lang.Boolean";
    private static final String DATE = "java.util.Date";

    @Test
    void aNumberKeyNamedAfterItsClassIsTheRowsKeyNotAReferenceToAPerson() {
        JudgeWorld w = new JudgeWorld()
                .add("Patient", Role.ENTITY, f("patientId", INTEGER), f("name", STRING))
                .add("Obs", Role.ENTITY, f("obsId", INTEGER), f("personId", INTEGER), f("comment", STRING))
                .add("UlkomainenHenkilonumero", Role.ENTITY, f("ulkomainenHenkilonumeroId", STRING));
        assertFalse(w.personal("Patient", "patientId"), "N1: Patient's own surrogate key");
        assertTrue(w.strict().technical(w.shape("Patient"), w.shape("Patient").fields().get(0)),
                "strict mode does not ask for it either");
        assertFalse(w.personal("Obs", "obsId"));
        assertTrue(w.personal("Obs", "personId"), "a key of another class is a reference to a person");
        assertTrue(w.personal("UlkomainenHenkilonumero", "ulkomainenHenkilonumeroId"),
                "a text key named after the class may be a person's number: judged by its words");
    }

    @Test
    void aPlainFieldTypedByAClassWithItsOwnKeyRefersToARowAndDoesNotStoreIt() {
        // classes mapped outside the code (hbm.xml): no relation annotations, the shape reader sees plain values
        JudgeWorld w = new JudgeWorld()
                .add("Person", Role.DATA, f("personId", INTEGER), f("birthdate", DATE),
                        value("causeOfDeath", "com.example.Concept", "Concept"))
                .add("Concept", Role.DATA, f("conceptId", INTEGER), f("shortName", STRING), f("description", STRING),
                        f("set", BOOLEAN));
        assertFalse(w.personal("Concept", "description"), "a concept of a dictionary is not stored with the person");
        assertFalse(w.personal("Concept", "shortName"));
        assertFalse(w.personal("Concept", "set"));
        assertTrue(w.personal("Person", "causeOfDeath"), "a coded value of a person's record is the person's");
    }

    @Test
    void whoCreatedOrRetiredARowDoesNotMakeItAPersonsRecord() {
        JudgeWorld w = new JudgeWorld()
                .add("User", Role.ENTITY, f("username", STRING))
                .add("Concept", Role.ENTITY, f("conceptId", INTEGER),
                        link("creator", Link.MANY_TO_ONE, "User", "ManyToOne"),
                        link("retiredBy", Link.MANY_TO_ONE, "User", "ManyToOne"),
                        f("retired", BOOLEAN), f("dateRetired", DATE), f("description", STRING), f("datatype", STRING))
                .add("Message", Role.ENTITY, link("sender", Link.MANY_TO_ONE, "User", "ManyToOne"), f("text", STRING));
        assertTrue(w.personal("Concept", "creator"), "Y11: the actor is personal");
        assertTrue(w.personal("Concept", "retiredBy"));
        assertFalse(w.personal("Concept", "description"), "A2: the concept stays a concept");
        assertFalse(w.personal("Concept", "datatype"));
        assertTrue(w.personal("Message", "text"), "a sender is no audit actor: a message is a person's record");
    }

    @Test
    void softDeleteFlagsAndTheirDatesAreBookkeepingEvenInAPerson() {
        JudgeWorld w = new JudgeWorld()
                .add("Person", Role.ENTITY, f("personVoided", BOOLEAN), f("personDateVoided", DATE),
                        f("personVoidReason", STRING), f("deathDate", DATE));
        assertFalse(w.personal("Person", "personVoided"), "N3");
        assertFalse(w.personal("Person", "personDateVoided"), "N2");
        assertTrue(w.personal("Person", "personVoidReason"), "Y6: text about the person's record");
        assertTrue(w.personal("Person", "deathDate"));
    }

    @Test
    void aBaseClassMappedOutsideTheCodeIsStoredInItsPersonSubclass() {
        JudgeWorld w = new JudgeWorld()
                .add("BaseData", Role.DATA, f("voidReason", STRING))
                .add("Person", Role.DATA, "BaseData", f("gender", STRING));
        assertTrue(w.personal("BaseData", "voidReason"));
        assertEquals("it is stored in BaseData, a person (its subclass Person is a person), and no word makes it "
                + "bookkeeping of the record", w.reason("BaseData", "voidReason"));
    }

    @Test
    void aCodedValueOfAPersonsRecordIsJudgedAsAPlainFieldThere() {
        JudgeWorld w = new JudgeWorld()
                .add("Patient", Role.ENTITY, f("name", STRING))
                .add("Concept", Role.ENTITY, f("conceptId", INTEGER, "Id"), f("shortName", STRING))
                .add("ObsStatus", Role.ENTITY, f("id", INTEGER, "Id"), f("code", STRING))
                .add("Obs", Role.ENTITY, link("patient", Link.MANY_TO_ONE, "Patient", "ManyToOne"),
                        link("concept", Link.MANY_TO_ONE, "Concept", "ManyToOne"),
                        link("status", Link.MANY_TO_ONE, "ObsStatus", "ManyToOne"));
        assertTrue(w.personal("Obs", "concept"), "what was observed about the patient (Y7)");
        assertEquals("it is stored in Obs, a record about a person (it refers to Patient, a person), and no word makes it "
                + "bookkeeping of the record", w.reason("Obs", "concept"));
        assertFalse(w.personal("Obs", "status"), "a status stays the record's state (N3)");
        assertFalse(w.personal("Concept", "shortName"));
    }

    @Test
    void aLinkToAPlaceWithItsOwnAddressIsThePlaces() {
        JudgeWorld w = new JudgeWorld()
                .add("Patient", Role.ENTITY, f("name", STRING))
                .add("Location", Role.ENTITY, f("locationId", INTEGER, "Id"), f("address1", STRING),
                        f("postalCode", STRING), f("latitude", STRING))
                .add("Visit", Role.ENTITY, link("patient", Link.MANY_TO_ONE, "Patient", "ManyToOne"),
                        link("location", Link.MANY_TO_ONE, "Location", "ManyToOne"));
        assertFalse(w.personal("Visit", "location"), "N4: the clinic the visit took place in");
        assertFalse(w.personal("Location", "address1"));
        assertTrue(w.personal("Visit", "patient"));
    }

    @Test
    void aClassHoldingACollectionOfPersonsIsAGroupOfThemNotARecordAboutOne() {
        JudgeWorld w = new JudgeWorld()
                .add("Kandidat", Role.ENTITY, f("name", STRING))
                .add("Wahlvorschlag", Role.ENTITY, link("kandidaten", Link.ONE_TO_MANY, "Kandidat", "OneToMany"),
                        f("kurzname", STRING), f("ordnungszahl", "long"), f("erhaeltStimmen", "boolean"));
        assertTrue(w.personal("Kandidat", "name"), "a candidate is a person");
        assertTrue(w.personal("Wahlvorschlag", "kandidaten"), "Y2: the relation to persons");
        assertFalse(w.personal("Wahlvorschlag", "kurzname"), "the list's own name");
        assertFalse(w.personal("Wahlvorschlag", "ordnungszahl"));
        assertFalse(w.personal("Wahlvorschlag", "erhaeltStimmen"));
    }

    @Test
    void aGluedClassNameEndingInAPersonWordIsAPerson() {
        JudgeWorld w = new JudgeWorld()
                .add("Wahlvorstandsmitglied", Role.ENTITY, f("name", STRING), f("funktion", STRING))
                .add("Wahlvorstand", Role.ENTITY, link("mitglieder", Link.ONE_TO_MANY, "Wahlvorstandsmitglied", "OneToMany"));
        assertTrue(w.personal("Wahlvorstandsmitglied", "name"));
        assertTrue(w.reason("Wahlvorstandsmitglied", "name").contains("its name ends in \"mitglied\", a person"),
                w.reason("Wahlvorstandsmitglied", "name"));
        assertTrue(w.personal("Wahlvorstand", "mitglieder"));
    }

    @Test
    void aUuidBesideAPersonsKeyIsThePersonsPublicId() {
        JudgeWorld w = new JudgeWorld()
                .add("Person", Role.ENTITY, f("id", "long", "Id", "GeneratedValue"), f("uuid", "java.util.UUID"))
                .add("Client", Role.ENTITY, f("id", "long", "Id"), f("uuid", "java.util.UUID"))
                .add("Member", Role.ENTITY, f("uuid", "java.util.UUID", "Id", "GeneratedValue"));
        assertTrue(w.personal("Person", "uuid"), "N1 exception, Y2");
        assertTrue(w.reason("Person", "uuid").startsWith("it is an id of Person, a person"), w.reason("Person", "uuid"));
        assertFalse(w.personal("Client", "uuid"), "not a person");
        assertFalse(w.personal("Member", "uuid"), "a generated key is the row's key (N1)");
    }

    // ------------------------------------------------------------------------------------------------- fifth pass

    @Test
    void oneStrayContactFieldDoesNotMakeAClassAPersonsRecord() {
        JudgeWorld w = new JudgeWorld()
                .add("Vacancy", Role.ENTITY, f("email", STRING), f("tasks", STRING), f("urgency", STRING),
                        f("minorsAllowed", BOOLEAN))
                .add("Invitation", Role.ENTITY, f("firstName", STRING), f("email", STRING), f("note", STRING))
                .add("Request", Role.ENTITY, f("applicantEmail", STRING), f("comments", STRING));
        assertTrue(w.personal("Vacancy", "email"), "the e-mail itself still counts by its word");
        assertFalse(w.personal("Vacancy", "tasks"), "a vacancy with a contact e-mail is no person's record (N4)");
        assertFalse(w.personal("Vacancy", "urgency"));
        assertFalse(w.personal("Vacancy", "minorsAllowed"));
        assertTrue(w.personal("Invitation", "note"), "a name and an e-mail describe whom the row is for");
        assertTrue(w.reason("Invitation", "note").contains("its fields firstName and email identify a person"),
                w.reason("Invitation", "note"));
        assertTrue(w.personal("Request", "comments"), "an e-mail that says whose it is counts alone");
    }

    @Test
    void aGluedHeadEndingInAnOrganisationWordIsAnOrganisation() {
        JudgeWorld w = new JudgeWorld()
                .add("Beratungsstelle", Role.ENTITY, f("email", STRING), f("adresse", STRING), f("telefon", STRING),
                        f("oeffnungszeiten", STRING))
                .add("Antragsteller", Role.ENTITY, f("adresse", STRING));
        assertFalse(w.personal("Beratungsstelle", "adresse"), "an office's address is its own (N4)");
        assertFalse(w.personal("Beratungsstelle", "telefon"));
        assertFalse(w.personal("Beratungsstelle", "oeffnungszeiten"));
        assertTrue(w.personal("Antragsteller", "adresse"), "a person's address stays personal");
    }

    @Test
    void swedishNeuterAccountStatesAreTheRecordsState() {
        JudgeWorld w = new JudgeWorld()
                .add("Patient", Role.ENTITY, f("personnummer", STRING))
                .add("Sjukfall", Role.ENTITY, link("patient", Link.MANY_TO_ONE, "Patient", "ManyToOne"),
                        f("aktivtSjukfall", BOOLEAN), f("nyligenAvslutat", BOOLEAN), f("diagnoskod", STRING));
        assertFalse(w.personal("Sjukfall", "aktivtSjukfall"), "N3: the state of the record");
        assertFalse(w.personal("Sjukfall", "nyligenAvslutat"), "N3");
        assertTrue(w.personal("Sjukfall", "diagnoskod"));
    }
}
