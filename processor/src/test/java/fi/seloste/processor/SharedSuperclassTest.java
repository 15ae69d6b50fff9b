package fi.seloste.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static fi.seloste.processor.PersistenceTest.EMBEDDABLE;
import static fi.seloste.processor.PersistenceTest.ENTITY;
import static fi.seloste.processor.PersistenceTest.MAPPED;
import static fi.seloste.processor.ProcessorTestSupport.compile;
import static fi.seloste.processor.ProcessorTestSupport.index;
import static fi.seloste.processor.ProcessorTestSupport.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.testing.compile.Compilation;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A {@code @MappedSuperclass} (or {@code @Embeddable}) shared by entities of different registers: its fields take
 * what they leave out from the entity that stores them, as in the Spring pet clinic's {@code Person}, {@code Owner}
 * and {@code Vet}.
 */
class SharedSuperclassTest {

    /** Says only what every person has: no register, purpose, retention or basis of its own. */
    static final JavaFileObject PERSON = source("com.example.model.Person",
            "package com.example.model;",
            "import fi.seloste.*;",
            "@jakarta.persistence.MappedSuperclass",
            "public abstract class Person {",
            "    @PersonalData(category = DataCategories.IDENTITY, label = \"Etunimi\")",
            "    protected String firstName;",
            "    @PersonalData(category = DataCategories.IDENTITY, label = \"Sukunimi\")",
            "    protected String lastName;",
            "}");

    static final JavaFileObject OWNERS = source("com.example.owner.package-info",
            "@Register(id = \"owners\", fi = \"Omistajarekisteri\", subjects = DataSubjects.CUSTOMER,",
            "        purposes = \"Lemmikkien hoito\")",
            "@PersonalDataDefaults(retention = \"P5Y\", source = Sources.DATA_SUBJECT, basis = LegalBasis.CONTRACT)",
            "package com.example.owner;",
            "import fi.seloste.*;");

    static final JavaFileObject OWNER = source("com.example.owner.Owner",
            "package com.example.owner;",
            "import fi.seloste.*;",
            "@jakarta.persistence.Entity",
            "public class Owner extends com.example.model.Person {",
            "    private long id;",
            "    @PersonalData(category = DataCategories.CONTACT, label = \"Puhelin\")",
            "    private String telephone;",
            "}");

    static final JavaFileObject VETS = source("com.example.vet.package-info",
            "@Register(id = \"vets\", fi = \"Eläinlääkärirekisteri\", subjects = DataSubjects.EMPLOYEE)",
            "@PersonalDataDefaults(purpose = \"Vastaanottojen järjestäminen\", retention = \"P2Y\",",
            "        source = Sources.EMPLOYER, basis = LegalBasis.LEGAL_OBLIGATION)",
            "package com.example.vet;",
            "import fi.seloste.*;");

    static final JavaFileObject VET = source("com.example.vet.Vet",
            "package com.example.vet;",
            "@jakarta.persistence.Entity",
            "public class Vet extends com.example.model.Person {",
            "    private long id;",
            "}");

    private static Map<String, JsonNode> entries(Compilation c) throws Exception {
        Map<String, JsonNode> entries = new TreeMap<>();
        for (JsonNode f : index(c).get("fields")) {
            entries.put(f.get("className").asText().replaceAll(".*\\.", "") + "." + f.get("field").asText(), f);
        }
        return entries;
    }

    @Test
    void inheritedFieldsTakeTheRegisterPurposesAndSubjectsOfTheEntityThatStoresThem() throws Exception {
        Compilation c = compile(ENTITY, MAPPED, PERSON, OWNERS, OWNER, VETS, VET);
        assertThat(c).succeededWithoutWarnings();
        Map<String, JsonNode> entries = entries(c);
        assertEquals("[Owner.firstName, Owner.lastName, Owner.telephone, Vet.firstName, Vet.lastName]",
                entries.keySet().toString(), "Person alone says too little to be indexed; each entity stores it");

        JsonNode owner = entries.get("Owner.firstName");
        assertEquals("owners", owner.get("register").asText());
        assertEquals("[\"Lemmikkien hoito\"]", owner.get("purposes").toString());
        assertEquals("[\"customer\"]", owner.get("subjects").toString());
        assertEquals("P5Y", owner.at("/retention/period").asText());
        assertEquals("CONTRACT", owner.at("/lawfulness/basis").asText());
        assertEquals("com.example.model.Person", owner.get("declaredIn").asText());
        assertEquals("Etunimi", owner.at("/labels/fi").asText(), "the field's own facts stay");

        JsonNode vet = entries.get("Vet.firstName");
        assertEquals("vets", vet.get("register").asText());
        assertEquals("[\"Vastaanottojen järjestäminen\"]", vet.get("purposes").toString());
        assertEquals("[\"employee\"]", vet.get("subjects").toString());
        assertEquals("[\"employer\"]", vet.get("sources").toString());
        assertEquals("P2Y", vet.at("/retention/period").asText());
        assertEquals("LEGAL_OBLIGATION", vet.at("/lawfulness/basis").asText());
    }

    @Test
    void theSuperclassAndItsOwnDefaultsComeBeforeTheEntity() throws Exception {
        JavaFileObject person = source("com.example.model.Person",
                "package com.example.model;",
                "import fi.seloste.*;",
                "@jakarta.persistence.MappedSuperclass",
                "@PersonalDataDefaults(retention = \"P10Y\")",
                "public abstract class Person {",
                "    @PersonalData(category = DataCategories.IDENTITY, source = Sources.POPULATION_REGISTER)",
                "    protected String firstName;",
                "}");
        Compilation c = compile(ENTITY, MAPPED, person, OWNERS, OWNER);
        assertThat(c).succeededWithoutWarnings();
        JsonNode owner = entries(c).get("Owner.firstName");
        assertEquals("P10Y", owner.at("/retention/period").asText(), "the superclass's own default");
        assertEquals("[\"population-register\"]", owner.get("sources").toString(), "the field's own value");
        assertEquals("owners", owner.get("register").asText(), "the entity's package");
    }

    @Test
    void anEntityThatLeavesAFactOutIsToldSoNamingTheEntity() {
        JavaFileObject vets = source("com.example.vet.package-info",
                "@Register(id = \"vets\", fi = \"Eläinlääkärirekisteri\")",
                "@PersonalDataDefaults(retention = \"P2Y\", source = Sources.EMPLOYER, basis = LegalBasis.LEGAL_OBLIGATION)",
                "package com.example.vet;",
                "import fi.seloste.*;");
        Compilation c = compile(ENTITY, MAPPED, PERSON, OWNERS, OWNER, vets, VET);
        assertThat(c).hadErrorCount(2);
        assertThat(c).hadErrorContaining("[SELOSTE-P101] @PersonalData on Vet.firstName (inherited from Person) has a "
                + "missing or blank purpose").inFile(PERSON).onLine(5);
        assertThat(c).hadErrorContaining("[SELOSTE-P101] @PersonalData on Vet.lastName (inherited from Person)")
                .inFile(PERSON).onLine(7);
    }

    @Test
    void aSuperclassNoEntityStoresIsCheckedOnItsOwn() {
        Compilation c = compile(ENTITY, MAPPED, PERSON);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("[SELOSTE-P101] @PersonalData on Person.firstName has a missing or blank purpose")
                .inFile(PERSON).onLine(5);
        assertThat(c).hadErrorContaining("[SELOSTE-P102] @PersonalData on Person.lastName").inFile(PERSON).onLine(7);
    }

    @Test
    void aSuperclassThatSaysEverythingKeepsItsOwnEntryToo() throws Exception {
        JavaFileObject person = source("com.example.model.Person",
                "package com.example.model;",
                "import fi.seloste.*;",
                "@jakarta.persistence.MappedSuperclass",
                PersonalDataValidationTest.LEGAL_DEFAULTS,
                "public abstract class Person {",
                "    @PersonalData(purpose = \"Asiakkuus\", retention = \"P1Y\", source = \"Asiakas\")",
                "    protected String firstName;",
                "}");
        Compilation c = compile(ENTITY, MAPPED, person, OWNERS, OWNER);
        assertThat(c).succeededWithoutWarnings();
        Map<String, JsonNode> entries = entries(c);
        assertEquals("[Owner.firstName, Owner.telephone, Person.firstName]", entries.keySet().toString());
        assertEquals("owners", entries.get("Owner.firstName").get("register").asText());
        assertEquals("[\"Asiakkuus\"]", entries.get("Owner.firstName").get("purposes").toString(), "the field's own");
        assertEquals("", entries.get("Person.firstName").path("register").asText(), "on its own: no register");
    }

    @Test
    void theEntitysOwnFieldOfTheSameNameHidesTheInheritedOne() throws Exception {
        JavaFileObject owner = source("com.example.owner.Owner",
                "package com.example.owner;",
                "import fi.seloste.*;",
                "@jakarta.persistence.Entity",
                "public class Owner extends com.example.model.Person {",
                "    private long id;",
                "    @PersonalData(category = DataCategories.IDENTITY, label = \"Omistajan etunimi\", retention = \"P1Y\")",
                "    private String firstName;",
                "}");
        Compilation c = compile(ENTITY, MAPPED, PERSON, OWNERS, owner);
        assertThat(c).succeededWithoutWarnings();
        Map<String, JsonNode> entries = entries(c);
        assertEquals("[Owner.firstName, Owner.lastName]", entries.keySet().toString());
        JsonNode own = entries.get("Owner.firstName");
        assertEquals("Omistajan etunimi", own.at("/labels/fi").asText());
        assertEquals("P1Y", own.at("/retention/period").asText());
        assertEquals("", own.path("declaredIn").asText(), "the entity's own field, not the hidden one");
        assertEquals(6, own.get("line").asInt(), "where its own annotation is");
    }

    @Test
    void aNearerSuperclassFieldHidesAFartherOne() throws Exception {
        JavaFileObject base = source("com.example.model.Base",
                "package com.example.model;",
                "import fi.seloste.*;",
                "@jakarta.persistence.MappedSuperclass",
                "public abstract class Base {",
                "    @PersonalData(category = DataCategories.OTHER, label = \"Perusnimi\")",
                "    protected String firstName;",
                "}");
        JavaFileObject person = source("com.example.model.Person",
                "package com.example.model;",
                "import fi.seloste.*;",
                "@jakarta.persistence.MappedSuperclass",
                "public abstract class Person extends Base {",
                "    @PersonalData(category = DataCategories.IDENTITY, label = \"Etunimi\")",
                "    protected String firstName;",
                "}");
        Compilation c = compile(ENTITY, MAPPED, base, person, OWNERS, OWNER);
        assertThat(c).succeededWithoutWarnings();
        JsonNode first = entries(c).get("Owner.firstName");
        assertEquals("Etunimi", first.at("/labels/fi").asText());
        assertEquals("com.example.model.Person", first.get("declaredIn").asText());
    }

    @Test
    void anEmbeddableTakesTheFactsOfEachEntityThatEmbedsIt() throws Exception {
        JavaFileObject address = source("com.example.model.Address",
                "package com.example.model;",
                "import fi.seloste.*;",
                "@jakarta.persistence.Embeddable",
                "public class Address {",
                "    @PersonalData(category = DataCategories.CONTACT, label = \"Katuosoite\")",
                "    String street;",
                "}");
        JavaFileObject owner = source("com.example.owner.Owner",
                "package com.example.owner;",
                "@jakarta.persistence.Entity",
                "public class Owner { private long id; private com.example.model.Address home; }");
        JavaFileObject vet = source("com.example.vet.Vet",
                "package com.example.vet;",
                "@jakarta.persistence.Entity",
                "public class Vet { private long id; private com.example.model.Address clinic; }");
        Compilation c = compile(ENTITY, EMBEDDABLE, address, OWNERS, owner, VETS, vet);
        assertThat(c).succeededWithoutWarnings();
        Map<String, JsonNode> entries = entries(c);
        assertEquals("owners", entries.get("Owner.home.street").get("register").asText());
        assertEquals("vets", entries.get("Vet.clinic.street").get("register").asText());
        assertEquals("com.example.model.Address", entries.get("Vet.clinic.street").get("declaredIn").asText());
    }
}
