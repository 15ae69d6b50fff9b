package fi.seloste.processor.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.seloste.processor.detection.ClassShape.Declaration;
import fi.seloste.processor.detection.ClassShape.FieldShape;
import fi.seloste.processor.detection.ClassShape.Link;
import fi.seloste.processor.detection.ClassShape.Role;
import fi.seloste.processor.detection.PersonalFieldDetector.Suspicion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The detector with context (issue 14), on classes built by hand: the same field name is personal in a class about a
 * person and not in a clinic, a warehouse or a pet; links to people and to records about them count; technical
 * fields never do; and every reason names the word or the context that matched.
 */
class FieldJudgeTest {

    private static final String STRING = "java.lang.String";

    private static FieldShape f(String name, String type, String... annotations) {
        return new FieldShape(name, type, Set.of(annotations), Link.NONE, null, false, Declaration.UNDECLARED);
    }

    private static FieldShape declared(String name, String type) {
        return new FieldShape(name, type, Set.of("PersonalData"), Link.NONE, null, false, Declaration.PERSONAL);
    }

    private static FieldShape link(String name, Link link, String target, String... annotations) {
        List<String> all = new ArrayList<>(Arrays.asList(annotations));
        return new FieldShape(name, "com.example." + target, Set.copyOf(all), link, "com.example." + target, false,
                Declaration.UNDECLARED);
    }

    @Nested
    class TheSameNameInDifferentClasses {

        @Test
        void bareNameIsAPersonsNameInAPersonAndNotInAClinicOrAProduct() {
            JudgeWorld w = new JudgeWorld()
                    .add("Patient", Role.ENTITY, f("id", "long", "Id", "GeneratedValue"), f("name", STRING))
                    .add("Henkilo", Role.ENTITY, f("nimi", STRING))
                    .add("Benutzer", Role.ENTITY, f("name", STRING))
                    .add("Clinic", Role.ENTITY, f("name", STRING), f("phone", STRING), f("address", STRING))
                    .add("Product", Role.ENTITY, f("name", STRING), f("description", STRING));
            assertTrue(w.personal("Patient", "name"));
            assertTrue(w.personal("Henkilo", "nimi"));
            assertTrue(w.personal("Benutzer", "name"));
            assertFalse(w.personal("Clinic", "name"));
            assertFalse(w.personal("Clinic", "phone"), "a clinic's phone is the organisation's");
            assertFalse(w.personal("Clinic", "address"));
            assertFalse(w.personal("Product", "name"));
            assertFalse(w.personal("Product", "description"));
            assertFalse(w.personal("Patient", "id"));
        }

        @Test
        void freeTextIsPersonalInARecordAboutAPerson() {
            JudgeWorld w = new JudgeWorld()
                    .add("User", Role.ENTITY, f("email", STRING))
                    .add("ChatMessage", Role.ENTITY, link("fromUser", Link.MANY_TO_ONE, "User", "ManyToOne"),
                            f("message", STRING), f("sent", "java.util.Date"), f("status", "com.example.Status"))
                    .add("Configuration", Role.ENTITY, f("comment", STRING), f("value", STRING));
            assertTrue(w.personal("ChatMessage", "message"));
            assertEquals("its name contains \"message\" (free text written by or about a person), and ChatMessage is a record "
                    + "about a person (it refers to User, a person)", w.reason("ChatMessage", "message"));
            assertTrue(w.personal("ChatMessage", "sent"), "the date of a person's act");
            assertFalse(w.personal("ChatMessage", "status"), "a record state");
            assertTrue(w.personal("ChatMessage", "fromUser"));
            assertTrue(w.reason("ChatMessage", "fromUser").startsWith("it refers to User, a person"));
            assertFalse(w.personal("Configuration", "comment"));
        }

        @Test
        void anAddressIsAPersonsInACustomerAndNotInAWarehouseOrAStoresShippingOrigin() {
            JudgeWorld w = new JudgeWorld()
                    .add("Customer", Role.ENTITY, f("address", STRING), f("postalCode", STRING), f("city", STRING))
                    .add("Warehouse", Role.ENTITY, f("address", STRING), f("postalCode", STRING))
                    .add("MerchantStore", Role.ENTITY, f("storename", STRING))
                    .add("ShippingOrigin", Role.ENTITY, link("merchantStore", Link.MANY_TO_ONE, "MerchantStore", "ManyToOne"),
                            f("address", STRING), f("postalCode", STRING), f("city", STRING));
            assertTrue(w.personal("Customer", "address"));
            assertTrue(w.personal("Customer", "postalCode"));
            assertTrue(w.personal("Customer", "city"));
            assertFalse(w.personal("Warehouse", "address"));
            assertFalse(w.personal("Warehouse", "postalCode"));
            assertFalse(w.personal("ShippingOrigin", "address"), "it belongs to a store and to no person");
            assertFalse(w.personal("ShippingOrigin", "postalCode"));
        }

        @Test
        void aPetsBirthDateIsTheAnimalsButItsVisitsAreAboutItsOwner() {
            JudgeWorld w = new JudgeWorld()
                    .add("Owner", Role.ENTITY, f("firstName", STRING), link("pets", Link.ONE_TO_MANY, "Pet", "OneToMany"))
                    .add("Pet", Role.ENTITY, f("name", STRING), f("birthDate", "java.time.LocalDate"),
                            link("visits", Link.ONE_TO_MANY, "Visit", "OneToMany"))
                    .add("Visit", Role.ENTITY, f("date", "java.time.LocalDate"), f("description", STRING));
            assertFalse(w.personal("Pet", "birthDate"));
            assertFalse(w.personal("Pet", "name"));
            assertTrue(w.personal("Visit", "description"));
            assertTrue(w.personal("Pet", "visits"));
            assertTrue(w.personal("Owner", "pets"));
        }

        @Test
        void organisationalUnitIdsAreNotPersonal() {
            JudgeWorld w = new JudgeWorld()
                    .add("Utkast", Role.ENTITY, f("patientPersonnummer", STRING), f("enhetsId", STRING),
                            f("vardgivarId", STRING), f("enhetsNamn", STRING), f("patientFornamn", STRING));
            assertTrue(w.personal("Utkast", "patientPersonnummer"));
            assertTrue(w.personal("Utkast", "patientFornamn"));
            assertFalse(w.personal("Utkast", "enhetsId"));
            assertFalse(w.personal("Utkast", "vardgivarId"));
            assertFalse(w.personal("Utkast", "enhetsNamn"));
        }
    }

    @Nested
    class Links {

        @Test
        void aLinkToAClassWithoutPersonalDataIsNotPersonal() {
            JudgeWorld w = new JudgeWorld()
                    .add("Visit", Role.ENTITY, f("id", "long"))
                    .add("Owner", Role.ENTITY, f("lastName", STRING), link("patientVisits", Link.ONE_TO_MANY, "Visit"));
            assertFalse(w.personal("Owner", "patientVisits"));
        }

        @Test
        void aLineOfAnOrderIsPartOfTheCustomersRecord() {
            JudgeWorld w = new JudgeWorld()
                    .add("Customer", Role.ENTITY, f("email", STRING))
                    .add("Order", Role.ENTITY, link("customer", Link.MANY_TO_ONE, "Customer", "ManyToOne"),
                            f("total", "java.math.BigDecimal"), link("lines", Link.ONE_TO_MANY, "OrderLine", "OneToMany"))
                    .add("OrderLine", Role.ENTITY, link("order", Link.MANY_TO_ONE, "Order", "ManyToOne"),
                            f("quantity", "int"))
                    .add("Product", Role.ENTITY, f("name", STRING), link("owner", Link.MANY_TO_ONE, "Customer", "ManyToOne"));
            assertTrue(w.personal("Order", "total"));
            assertTrue(w.personal("Order", "lines"));
            assertTrue(w.personal("OrderLine", "order"));
            assertTrue(w.personal("OrderLine", "quantity"));
            assertTrue(w.personal("Product", "owner"), "a reference to a person counts in any class");
            assertFalse(w.personal("Product", "name"), "a product stays a thing");
        }

        @Test
        void anEmbeddedValueIsPersonalOnlyWhileItsFieldsAreUndeclared() {
            JudgeWorld w = new JudgeWorld()
                    .add("Billing", Role.EMBEDDABLE, f("firstName", STRING), f("city", STRING))
                    .add("Address", Role.EMBEDDABLE, declared("street", STRING))
                    .add("Customer", Role.ENTITY, link("billing", Link.EMBEDDED, "Billing", "Embedded"),
                            link("home", Link.EMBEDDED, "Address", "Embedded"));
            assertTrue(w.personal("Customer", "billing"));
            assertEquals("it holds Billing, whose fields firstName, city look personal and are not declared there yet",
                    w.reason("Customer", "billing"));
            assertFalse(w.personal("Customer", "home"), "its fields are declared where they are written");
            assertTrue(w.personal("Billing", "city"), "stored with a customer");
        }
    }

    @Nested
    class Technical {

        @Test
        void keysVersionsAndAuditTimestampsNeverLookPersonal() {
            JudgeWorld w = new JudgeWorld()
                    .add("Patient", Role.ENTITY, f("id", "java.lang.Long", "Id", "GeneratedValue"), f("version", "long", "Version"),
                            f("createdAt", "java.time.Instant"), f("lastModifiedDate", "java.time.Instant", "LastModifiedDate"),
                            f("muokattu", "java.time.LocalDateTime"), f("erstelltAm", "java.time.LocalDateTime"),
                            f("hetu", STRING, "Id"), f("notes", STRING));
            FieldJudge judge = w.strict();
            for (String name : List.of("id", "version", "createdAt", "lastModifiedDate", "muokattu", "erstelltAm")) {
                assertFalse(w.personal("Patient", name), name);
                FieldShape field = w.shape("Patient").fields().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
                assertTrue(judge.technical(field), name);
            }
            assertTrue(w.personal("Patient", "hetu"), "a natural key that is an identity code");
            assertTrue(w.personal("Patient", "notes"));
        }

        @Test
        void aClassHoldsPersonalDataByADeclaredFieldADetectedOneOrALink() {
            JudgeWorld w = new JudgeWorld()
                    .add("Ticket", Role.ENTITY, declared("customerEmail", STRING), f("priority", "int"))
                    .add("Room", Role.ENTITY, f("capacity", "int"))
                    .add("Booking", Role.ENTITY, link("ticket", Link.MANY_TO_ONE, "Ticket", "ManyToOne"),
                            link("room", Link.MANY_TO_ONE, "Room", "ManyToOne"));
            FieldJudge judge = w.strict();
            assertEquals(Optional.of("customerEmail is declared personal data"), judge.holdsPersonalData(w.shape("Ticket")));
            assertEquals(Optional.empty(), judge.holdsPersonalData(w.shape("Room")));
            assertTrue(judge.holdsPersonalData(w.shape("Booking")).isPresent());
            assertTrue(judge.linksToPersonalData(w.shape("Booking").fields().get(0)));
            assertFalse(judge.linksToPersonalData(w.shape("Booking").fields().get(1)));
        }
    }

    @Nested
    class Languages {

        @Test
        void germanNamesAndCompounds() {
            JudgeWorld w = new JudgeWorld()
                    .add("Person", Role.ENTITY, f("vorname", STRING), f("familienname", STRING),
                            f("geburtsdatum", "java.time.LocalDate"), f("geschlecht", "com.example.Geschlecht"),
                            f("postleitzahl", STRING), f("krankenkasse", STRING), f("bemerkung", STRING))
                    .add("Konfiguration", Role.ENTITY, f("staatsangehoerigkeit", STRING), f("bezeichnung", STRING));
            for (String field : List.of("vorname", "familienname", "geburtsdatum", "geschlecht", "postleitzahl", "krankenkasse",
                    "bemerkung")) {
                assertTrue(w.personal("Person", field), field);
            }
            assertTrue(w.reason("Person", "vorname").contains("\"vorname\" (a person's name)"), w.reason("Person", "vorname"));
            assertFalse(w.personal("Konfiguration", "staatsangehoerigkeit"), "the nationality a rule requires, not a person's");
        }

        @Test
        void personClassesInEveryLanguage() {
            for (String name : List.of("User", "Customer", "Patient", "Person", "Henkilo", "Asiakas", "Potilas", "Kund",
                    "Benutzer", "Kunde", "Mitarbeiter", "Owner", "Member", "Employee", "AdminUserDto", "Antragsteller")) {
                JudgeWorld w = new JudgeWorld().add(name, Role.ENTITY, f("displayName", STRING), f("salt", STRING));
                assertTrue(w.personal(name, "displayName"), name);
                assertTrue(w.personal(name, "salt"), name);
            }
        }
    }

    /** The third pass of issue 14 (docs/detection.md): each of these failed before it. */
    @Nested
    class ThirdPass {

        @Test
        void aSubclassOfAChildRowOfAPersonsRecordIsAChildRowToo() {
            JudgeWorld w = new JudgeWorld()
                    .add("MuutosRivi", Role.ENTITY, f("id", "long", "Id", "GeneratedValue"), f("hetu", STRING))
                    .add("Tietoryhma", Role.ENTITY, f("id", "long", "Id", "GeneratedValue"),
                            link("rivi", Link.MANY_TO_ONE, "MuutosRivi", "ManyToOne"))
                    .add("Asuinpaikka", Role.ENTITY, "Tietoryhma", f("kuntakoodi", STRING),
                            f("alkuPaiva", "java.time.LocalDate"));
            assertTrue(w.personal("Asuinpaikka", "alkuPaiva"));
            assertTrue(w.reason("Asuinpaikka", "kuntakoodi").contains("it extends Tietoryhma, which is about a person"),
                    w.reason("Asuinpaikka", "kuntakoodi"));
        }

        @Test
        void aSubclassOfAnAuditingBaseThatRefersToItsAuthorIsNotAPersonsRecord() {
            JudgeWorld w = new JudgeWorld()
                    .add("User", Role.ENTITY, f("email", STRING))
                    .add("Auditable", Role.MAPPED_SUPERCLASS, link("createdBy", Link.MANY_TO_ONE, "User", "ManyToOne"))
                    .add("Article", Role.ENTITY, "Auditable", f("title", STRING), f("body", STRING));
            assertTrue(w.personal("Auditable", "createdBy"), "who wrote it is personal (guide Y11)");
            assertFalse(w.personal("Article", "body"), "an author field does not make the article a person's record (A2)");
        }

        @Test
        void aSubclassIsNotRaisedByItsSiblingThroughTheirSuperclass() {
            JudgeWorld w = new JudgeWorld()
                    .add("Base", Role.MAPPED_SUPERCLASS, f("id", "long", "Id", "GeneratedValue"))
                    .add("Customer", Role.ENTITY, "Base", f("email", STRING))
                    .add("Warehouse", Role.ENTITY, "Base", f("note", STRING));
            assertFalse(w.personal("Warehouse", "note"), "a person subclass does not make its siblings about a person");
        }

        @Test
        void aYesNoFieldOfAPersonIsAFactAboutThemUnlessItIsTheStateOfTheRecord() {
            JudgeWorld w = new JudgeWorld()
                    .add("Customer", Role.ENTITY, f("singleParent", "boolean"), f("jobSeeker", "java.lang.Boolean"),
                            f("active", "boolean"), f("locked", "boolean"), f("emailVerified", "boolean"),
                            f("testPerson", "boolean"), f("newsletterOptIn", "boolean"), f("caseClosed", "boolean"),
                            f("accountNonExpired", "boolean"))
                    .add("Antragsteller", Role.ENTITY, f("alleinerziehend", "boolean"), f("gesperrt", "boolean"))
                    .add("Product", Role.ENTITY, f("name", STRING), f("organic", "boolean"));
            assertTrue(w.personal("Customer", "singleParent"));
            assertTrue(w.personal("Customer", "jobSeeker"));
            assertTrue(w.personal("Antragsteller", "alleinerziehend"));
            assertTrue(w.reason("Customer", "singleParent").contains("a yes/no fact stored in Customer, a person"),
                    w.reason("Customer", "singleParent"));
            for (String state : List.of("active", "locked", "emailVerified", "testPerson", "newsletterOptIn", "caseClosed",
                    "accountNonExpired")) {
                assertFalse(w.personal("Customer", state), state + " is the state of the account or a consent flag");
            }
            assertFalse(w.personal("Antragsteller", "gesperrt"));
            assertFalse(w.personal("Product", "organic"), "a thing's yes/no field is the thing's");
        }

        @Test
        void aPersonsCollectionsOfSharedRowsAreWhatTheyHaveOrBelongTo() {
            JudgeWorld w = new JudgeWorld()
                    .add("Authority", Role.ENTITY, f("name", STRING))
                    .add("User", Role.ENTITY, f("login", STRING),
                            link("authorities", Link.MANY_TO_MANY, "Authority", "ManyToMany"))
                    .add("Order", Role.ENTITY, link("user", Link.MANY_TO_ONE, "User", "ManyToOne"),
                            link("tags", Link.MANY_TO_MANY, "Authority", "ManyToMany"))
                    .add("Report", Role.ENTITY, f("title", STRING),
                            link("readers", Link.MANY_TO_MANY, "Authority", "ManyToMany"));
            assertTrue(w.reason("User", "authorities").contains("what the person has, may do or belongs to"),
                    w.reason("User", "authorities"));
            assertFalse(w.personal("Order", "tags"), "only a person's own collections, not a record's");
            assertFalse(w.personal("Report", "readers"));
        }

        @Test
        void anAddressRowAPersonPointsAtIsThatPersonsAddress() {
            JudgeWorld w = new JudgeWorld()
                    .add("UserInfo", Role.ENTITY, f("email", STRING), link("address", Link.MANY_TO_ONE, "DefaultAddress"))
                    .add("DefaultAddress", Role.ENTITY, f("streetAddress", STRING), f("postalCode", STRING))
                    .add("Store", Role.ENTITY, f("name", STRING), link("address", Link.MANY_TO_ONE, "StoreAddress"))
                    .add("StoreAddress", Role.ENTITY, f("streetAddress", STRING), f("postalCode", STRING));
            assertTrue(w.reason("DefaultAddress", "postalCode").contains("it is an address of UserInfo, which is a person"),
                    w.reason("DefaultAddress", "postalCode"));
            assertFalse(w.personal("StoreAddress", "streetAddress"), "a store's address row stays the store's");
        }

        @Test
        void stubsAreTheirHeadWordAndDayCareCentresAndWorkplacesAreOrganisations() {
            JudgeWorld w = new JudgeWorld()
                    .add("CareUnitStub", Role.ENTITY, f("name", STRING), f("telephoneNumber", STRING),
                            f("postalAddress", STRING))
                    .add("Kunde", Role.ENTITY, f("kitaName", STRING), f("arbeitsplatzId", "int"),
                            f("lieblingsessen", STRING));
            assertFalse(w.personal("CareUnitStub", "telephoneNumber"), "a unit's phone is the organisation's");
            assertFalse(w.personal("CareUnitStub", "postalAddress"));
            assertFalse(w.personal("Kunde", "kitaName"), "the day-care centre's name is the organisation's");
            assertFalse(w.personal("Kunde", "arbeitsplatzId"));
            assertTrue(w.personal("Kunde", "lieblingsessen"));
        }
    }
}
