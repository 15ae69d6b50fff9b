package fi.seloste.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static fi.seloste.processor.ProcessorTestSupport.compile;
import static fi.seloste.processor.ProcessorTestSupport.index;
import static fi.seloste.processor.ProcessorTestSupport.source;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of the seventh detector pass of issue 14, each kept because it carried from the fold of the external corpus
 * it was found on to the other fold, shown with real javac runs in warning mode: the index lists what looks personal and
 * why. Each case failed before its rule.
 */
class SeventhPassDetectionTest {

    private static final JavaFileObject MANY_TO_ONE = source("jakarta.persistence.ManyToOne",
            "package jakarta.persistence;",
            "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)",
            "public @interface ManyToOne {}");
    private static final JavaFileObject JODA_DATE_TIME = source("org.joda.time.DateTime",
            "package org.joda.time;", "public final class DateTime {}");
    private static final JavaFileObject JODA_LOCAL_DATE = source("org.joda.time.LocalDate",
            "package org.joda.time;", "public final class LocalDate {}");

    /** "Class.field" -> the reason the index gives, for every field listed as undeclared personal data. */
    private static final Map<String, String> flagged = new TreeMap<>();

    private static JavaFileObject entity(String name, String... fields) {
        String[] lines = new String[fields.length + 3];
        lines[0] = "package com.example;";
        lines[1] = "@jakarta.persistence.Entity public class " + name + " {";
        for (int i = 0; i < fields.length; i++) {
            lines[i + 2] = "    " + fields[i];
        }
        lines[lines.length - 1] = "}";
        return source("com.example." + name, lines);
    }

    @BeforeAll
    static void compileTheWorld() throws IOException {
        Compilation c = compile(new String[] {"-Aseloste.undeclared=warning"}, PersistenceTest.ENTITY, MANY_TO_ONE,
                JODA_DATE_TIME, JODA_LOCAL_DATE,
                entity("Customer", "private String name;", "private org.joda.time.DateTime createdDate;",
                        "private org.joda.time.LocalDate joinedOn;"),
                entity("Hakemus", "private String hetu;", "private int prioriteetti;", "private String perustelu;"),
                entity("Antrag", "private String antragstellerName;", "private String dringlichkeit;",
                        "private String begruendung;"),
                entity("Komplettering", "private String personnummer;", "private String falt;", "private String text;"),
                entity("CoursePrivilege", "private java.util.UUID instructorId;"),
                entity("Praktikumsstelle", "private String oertlicheAusbilder;", "private String taetigkeiten;"),
                entity("Ohjaaja", "private String nimi;"),
                entity("Account", "private String name;"),
                entity("Invoice", "private java.util.UUID accountId;", "private java.math.BigDecimal balance;"),
                entity("PatientHistory", "private boolean patClosedHypertension;", "private boolean patOpenCancer;"),
                entity("Patient", "private String name;", "private char deleted;", "private Integer active;",
                        "private String deletedReason;", "private String test;", "private String consent;"),
                entity("Ward", "private String description;", "private String telephone;", "private String email;"),
                entity("Admission", "@jakarta.persistence.ManyToOne private Patient patient;",
                        "@jakarta.persistence.ManyToOne private Ward ward;", "private String diagnosis;"));
        assertThat(c).succeeded();
        for (JsonNode u : index(c).path("undeclared")) {
            String className = u.path("className").asText();
            flagged.put(className.substring(className.lastIndexOf('.') + 1) + "." + u.path("field").asText(),
                    u.path("reason").asText());
        }
    }

    private static void personal(String field, String because) {
        assertTrue(flagged.containsKey(field), field + " looks personal; listed: " + flagged.keySet());
        assertTrue(flagged.get(field).contains(because), flagged.get(field));
    }

    private static void notPersonal(String field) {
        assertFalse(flagged.containsKey(field), field + " is not personal: " + flagged.get(field));
    }

    @Test
    void jodaTimeDatesAreDates() {
        notPersonal("Customer.createdDate"); // N2: the record's audit timestamp, also as a Joda DateTime
        personal("Customer.joinedOn", "it dates something in Customer");
        personal("Customer.name", "\"name\"");
    }

    @Test
    void bookkeepingWordsInFinnishSwedishAndGerman() {
        notPersonal("Hakemus.prioriteetti"); // priority
        notPersonal("Antrag.dringlichkeit"); // urgency
        notPersonal("Komplettering.falt"); // a form's field
        personal("Hakemus.perustelu", "Hakemus, a record about a person");
        personal("Antrag.begruendung", "Antrag is a record about a person");
        personal("Komplettering.text", "Komplettering");
    }

    @Test
    void personsWhoTeachTrainOrSuperviseOthers() {
        personal("CoursePrivilege.instructorId", "instructorId");
        personal("Praktikumsstelle.oertlicheAusbilder", "Ausbilder");
        notPersonal("Praktikumsstelle.taetigkeiten"); // a position's tasks: the position is an organisation's
        personal("Ohjaaja.nimi", "Ohjaaja is a person");
    }

    @Test
    void anAccountIsAPerson() {
        personal("Account.name", "Account is a person");
        personal("Invoice.accountId", "accountId");
        personal("Invoice.balance", "Invoice, a record about a person");
    }

    @Test
    void diseasesByGroupAreHealthData() {
        personal("PatientHistory.patClosedHypertension", "Hypertension");
        personal("PatientHistory.patOpenCancer", "Cancer");
    }

    @Test
    void aFlagNamedOnlyByAnAccountStateIsTheRecordsStateWhateverItsType() {
        notPersonal("Patient.deleted"); // 'Y' or 'N'
        notPersonal("Patient.active"); // 1 or 0
        personal("Patient.deletedReason", "Patient, a person");
    }

    @Test
    void aTextNamedByAnAccountStateWordIsStillWhatItHolds() {
        // a flag is kept as a yes/no, a number or one character; a text so named holds more (a lab test, a consent text)
        personal("Patient.test", "Patient, a person");
        personal("Patient.consent", "Patient, a person");
    }

    @Test
    void aHospitalWardIsAUnit() {
        notPersonal("Ward.telephone"); // N4: the ward's phone
        notPersonal("Ward.email");
        notPersonal("Ward.description");
        notPersonal("Admission.ward"); // where the patient lies, the same for everyone there
        personal("Admission.patient", "Patient, a person");
        personal("Admission.diagnosis", "diagnosis");
    }
}
