package fi.seloste.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static fi.seloste.processor.ProcessorTestSupport.compile;
import static fi.seloste.processor.ProcessorTestSupport.index;
import static fi.seloste.processor.ProcessorTestSupport.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Persistent classes: inherited and embedded fields reach entities, and undeclared personal fields fail. */
class PersistenceTest {

    static final JavaFileObject ENTITY = source("jakarta.persistence.Entity",
            "package jakarta.persistence;",
            "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)",
            "public @interface Entity {}");
    static final JavaFileObject MAPPED = source("jakarta.persistence.MappedSuperclass",
            "package jakarta.persistence;",
            "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)",
            "public @interface MappedSuperclass {}");
    static final JavaFileObject EMBEDDABLE = source("jakarta.persistence.Embeddable",
            "package jakarta.persistence;",
            "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)",
            "public @interface Embeddable {}");
    static final JavaFileObject TRANSIENT = source("jakarta.persistence.Transient",
            "package jakarta.persistence;",
            "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)",
            "public @interface Transient {}");

    @Test
    void mappedSuperclassAndEmbeddableFieldsReachTheEntity() throws Exception {
        Compilation c = compile(ENTITY, MAPPED, EMBEDDABLE,
                source("com.example.Person",
                        "package com.example;",
                        "@jakarta.persistence.MappedSuperclass",
                        PersonalDataValidationTest.LEGAL_DEFAULTS + " public abstract class Person {",
                        "    @fi.seloste.PersonalData(purpose = \"Asiakkuus\", retention = \"P1Y\", source = \"Asiakas\")",
                        "    protected String lastName;",
                        "}"),
                source("com.example.Address",
                        "package com.example;",
                        "@jakarta.persistence.Embeddable",
                        PersonalDataValidationTest.LEGAL_DEFAULTS + " public class Address {",
                        "    @fi.seloste.PersonalData(purpose = \"Asiakkuus\", retention = \"P1Y\", source = \"Asiakas\", label = \"Katuosoite\")",
                        "    String street;",
                        "}"),
                source("com.example.Customer",
                        "package com.example;",
                        "@jakarta.persistence.Entity",
                        "public class Customer extends Person {",
                        "    private long id;",
                        "    private Address home;",
                        "}"));
        assertThat(c).succeededWithoutWarnings();
        List<String> entries = new ArrayList<>();
        for (JsonNode f : index(c).get("fields")) {
            entries.add(f.get("className").asText() + "#" + f.get("field").asText() + " in " + f.path("declaredIn").asText("-"));
        }
        assertEquals(List.of(
                "com.example.Address#street in -",
                "com.example.Customer#home.street in com.example.Address",
                "com.example.Customer#lastName in com.example.Person",
                "com.example.Person#lastName in -"), entries);
    }

    @Test
    void embeddedValuesAndRelationsAreCheckedWhereTheyAreDeclared() {
        Compilation c = compile(ENTITY, EMBEDDABLE, source("com.example.Address",
                        "package com.example;",
                        "@jakarta.persistence.Embeddable",
                        PersonalDataValidationTest.LEGAL_DEFAULTS + " public class Address {",
                        "    @fi.seloste.PersonalData(purpose = \"Asiakkuus\", retention = \"P1Y\", source = \"Asiakas\")",
                        "    String street;",
                        "}"),
                source("com.example.Visit",
                        "package com.example;",
                        "@jakarta.persistence.Entity",
                        "public class Visit { private long id; }"),
                source("com.example.Owner",
                        "package com.example;",
                        "@jakarta.persistence.Entity",
                        "public class Owner {",
                        "    private Address homeAddress;",
                        "    private java.util.List<Visit> patientVisits;",
                        "    private String homeAddressText;",
                        "}"));
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[SELOSTE-P150] Owner.homeAddressText");
    }

    static final JavaFileObject CUSTOMER = source("com.example.Customer",
            "package com.example;",
            "@jakarta.persistence.Entity",
            "public class Customer {",
            "    private long id;",
            "    private java.time.Instant createdAt;",
            "    private String emailTemplateId;",
            "    private String email;",
            "    private java.net.InetAddress lastSeenFrom;",
            "    @fi.seloste.NotPersonalData(reason = \"Palvelun oma lähettäjäosoite\")",
            "    private String senderEmail;",
            "    @jakarta.persistence.Transient",
            "    private String emailInput;",
            "    private transient String emailCache;",
            "    private static String DEFAULT_EMAIL = \"x\";",
            "}");

    @Test
    void undeclaredPersonalFieldsOfAnEntityAreErrors() {
        Compilation c = compile(ENTITY, TRANSIENT, CUSTOMER);
        assertThat(c).hadErrorCount(2);
        assertThat(c).hadErrorContaining("[SELOSTE-P150] Customer.email looks like personal data: ")
                .inFile(CUSTOMER).onLine(7);
        assertThat(c).hadErrorContaining("@NotPersonalData(reason = \"...\")");
        assertThat(c).hadErrorContaining("[SELOSTE-P150] Customer.lastSeenFrom looks like personal data: ")
                .inFile(CUSTOMER).onLine(8);
    }

    @Test
    void warningModeRecordsThemForSelosteCheck() throws Exception {
        Compilation c = compile(new String[] {"-Aseloste.undeclared=warning"}, ENTITY, TRANSIENT, CUSTOMER);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("[SELOSTE-P151] Customer.email looks like personal data").inFile(CUSTOMER).onLine(7);
        JsonNode undeclared = index(c).get("undeclared");
        assertEquals(2, undeclared.size());
        assertEquals("email", undeclared.at("/0/field").asText());
        assertEquals(7, undeclared.at("/0/line").asInt());
        assertEquals("lastSeenFrom", undeclared.at("/1/field").asText());
    }

    @Test
    void anUndeclaredFieldNamesTheRegisterItsClassBelongsTo() throws Exception {
        JavaFileObject pkg = source("com.example.crm.package-info",
                "@fi.seloste.Register(id = \"customers\", fi = \"Asiakasrekisteri\")",
                "package com.example.crm;");
        JavaFileObject customer = source("com.example.crm.Customer",
                "package com.example.crm;",
                "@jakarta.persistence.Entity",
                "public class Customer {",
                "    private String email;",
                "}");
        JavaFileObject lead = source("com.example.crm.Lead",
                "package com.example.crm;",
                "@jakarta.persistence.Entity",
                "@fi.seloste.PersonalDataDefaults(register = \"marketing\")",
                "public class Lead {",
                "    private String phone;",
                "}");
        JavaFileObject marketing = source("com.example.Marketing",
                "package com.example;",
                "@fi.seloste.Register(id = \"marketing\", fi = \"Markkinointirekisteri\")",
                "public class Marketing {}");
        JavaFileObject visitor = source("com.example.Visitor",
                "package com.example;",
                "@jakarta.persistence.Entity",
                "public class Visitor {",
                "    private String email;",
                "}");
        Compilation c = compile(new String[] {"-Aseloste.undeclared=warning"}, ENTITY, pkg, customer, lead, marketing, visitor);
        assertThat(c).succeeded();
        java.util.Map<String, String> registers = new java.util.TreeMap<>();
        index(c).get("undeclared").forEach(u -> registers.put(u.get("className").asText(), u.path("register").asText("-")));
        assertEquals(java.util.Map.of("com.example.crm.Customer", "customers", "com.example.crm.Lead", "marketing",
                "com.example.Visitor", "-"), registers, "the package's register, the class's own, the default one");
    }

    @Test
    void ignoreModeTurnsTheCheckOff() {
        assertThat(compile(new String[] {"-Aseloste.undeclared=ignore"}, ENTITY, TRANSIENT, CUSTOMER)).succeededWithoutWarnings();
    }

    @Test
    void anInvalidModeIsReported() {
        Compilation c = compile(new String[] {"-Aseloste.undeclared=maybe"}, ENTITY, TRANSIENT, CUSTOMER);
        assertThat(c).hadErrorContaining("[SELOSTE-P160] option -Aseloste.undeclared=maybe is not valid: use error, warning, strict or ignore");
    }

    @Test
    void recordsInDataPackagesAreCheckedToo() {
        JavaFileObject dto = source("com.example.api.ContactDto",
                "package com.example.api;",
                "public record ContactDto(long id, String email) {}");
        JavaFileObject elsewhere = source("com.example.internal.Mail",
                "package com.example.internal;",
                "public record Mail(String email) {}");
        Compilation c = compile(new String[] {"-Aseloste.dataPackages=com.example.api"}, dto, elsewhere);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[SELOSTE-P150] ContactDto.email").inFile(dto).onLine(2);
    }
}
