package fi.seloste.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static fi.seloste.processor.ProcessorTestSupport.compile;
import static fi.seloste.processor.ProcessorTestSupport.source;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Strict mode ({@code -Aseloste.undeclared=strict}, issue 14): in a class that holds personal data every stored field
 * says whether it is personal (SELOSTE-P152), except the key, the version, audit timestamps, embedded values and links
 * to classes without personal data; default mode reports only what the detector finds (SELOSTE-P150).
 */
class StrictModeTest {

    private static final JavaFileObject ID = source("jakarta.persistence.Id",
            "package jakarta.persistence;", "public @interface Id {}");
    private static final JavaFileObject VERSION = source("jakarta.persistence.Version",
            "package jakarta.persistence;", "public @interface Version {}");
    private static final JavaFileObject GENERATED = source("jakarta.persistence.GeneratedValue",
            "package jakarta.persistence;", "public @interface GeneratedValue {}");
    private static final JavaFileObject MANY_TO_ONE = source("jakarta.persistence.ManyToOne",
            "package jakarta.persistence;", "public @interface ManyToOne {}");

    private static final JavaFileObject ROOM = source("com.example.Room",
            "package com.example;",
            "@jakarta.persistence.Entity",
            "public class Room {",
            "    @jakarta.persistence.Id private long id;",
            "    private int capacity;",
            "}");

    private static final JavaFileObject TICKET = source("com.example.SupportTicket",
            "package com.example;",
            "@jakarta.persistence.Entity",
            PersonalDataValidationTest.LEGAL_DEFAULTS + " public class SupportTicket {",
            "    @jakarta.persistence.Id @jakarta.persistence.GeneratedValue private Long id;",
            "    @jakarta.persistence.Version private long version;",
            "    private java.time.Instant createdAt;",
            "    @fi.seloste.PersonalData(purpose = \"Asiakastuki\", retention = \"P1Y\", source = \"Asiakas\")",
            "    private String customerEmail;",
            "    private String message;",
            "    private String notes;",
            "    private int priority;",
            "    @jakarta.persistence.ManyToOne private Room room;",
            "    @fi.seloste.NotPersonalData(reason = \"Jonon nimi\")",
            "    private String queue;",
            "    private transient String draft;",
            "}");

    private static final JavaFileObject ROOM_BOOKING = source("com.example.RoomBooking",
            "package com.example;",
            "@jakarta.persistence.Entity",
            "public class RoomBooking {",
            "    @jakarta.persistence.Id private long id;",
            "    private int slot;",
            "    @jakarta.persistence.ManyToOne private Room room;",
            "}");

    private static List<String> errors(Compilation c) {
        return c.diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getMessage(null)).sorted().collect(Collectors.toList());
    }

    @Test
    void defaultModeReportsWhatTheDetectorFinds() {
        Compilation c = compile(PersistenceTest.ENTITY, ID, VERSION, GENERATED, MANY_TO_ONE, ROOM, TICKET);
        assertThat(c).hadErrorCount(2);
        assertThat(c).hadErrorContaining("[SELOSTE-P150] SupportTicket.message looks like personal data: its name contains "
                + "\"message\" (free text written by or about a person), and SupportTicket is a record about a person (its "
                + "field customerEmail is declared personal data)");
        assertThat(c).hadErrorContaining("[SELOSTE-P150] SupportTicket.notes looks like personal data");
    }

    @Test
    void strictModeAsksEveryStoredFieldOfAClassWithPersonalData() {
        Compilation c = compile(new String[] {"-Aseloste.undeclared=strict"}, PersistenceTest.ENTITY, ID, VERSION, GENERATED,
                MANY_TO_ONE, ROOM, TICKET, ROOM_BOOKING);
        List<String> errors = errors(c);
        org.junit.jupiter.api.Assertions.assertEquals(3, errors.size(), String.join("\n", errors));
        assertThat(c).hadErrorContaining("[SELOSTE-P150] SupportTicket.message looks like personal data");
        assertThat(c).hadErrorContaining("[SELOSTE-P150] SupportTicket.notes looks like personal data");
        assertThat(c).hadErrorContaining("[SELOSTE-P152] SupportTicket.priority says neither whether it is personal data nor "
                + "that it is not, and strict mode (-Aseloste.undeclared=strict) asks every stored field of SupportTicket to say "
                + "so, because it holds personal data (customerEmail is declared personal data). Declare it: "
                + "@PersonalData(purpose = ..., retention = ..., source = ...), or opt out: @NotPersonalData(reason = \"...\")");
        // id, version, createdAt, the link to a room without personal data, the opt-out and the transient field pass;
        // RoomBooking holds no personal data, so strict mode asks it nothing
    }

    @Test
    void aLinkToAClassWithPersonalDataMakesAThingAskedInStrictMode() {
        JavaFileObject manyToMany = source("jakarta.persistence.ManyToMany",
                "package jakarta.persistence;", "public @interface ManyToMany {}");
        JavaFileObject meetingRoom = source("com.example.MeetingRoom",
                "package com.example;",
                "@jakarta.persistence.Entity",
                "public class MeetingRoom {",
                "    @jakarta.persistence.Id private long id;",
                "    @jakarta.persistence.ManyToMany private java.util.Set<SupportTicket> lastTickets;",
                "    private int capacity;",
                "}");
        Compilation defaults = compile(PersistenceTest.ENTITY, ID, VERSION, GENERATED, MANY_TO_ONE, manyToMany, ROOM, TICKET,
                meetingRoom);
        org.junit.jupiter.api.Assertions.assertTrue(errors(defaults).stream().noneMatch(e -> e.contains("MeetingRoom.")),
                "a room is a thing: the detector leaves its link to a ticket and its capacity alone");
        Compilation c = compile(new String[] {"-Aseloste.undeclared=strict"}, PersistenceTest.ENTITY, ID, VERSION, GENERATED,
                MANY_TO_ONE, manyToMany, ROOM, TICKET, meetingRoom);
        assertThat(c).hadErrorContaining("[SELOSTE-P152] MeetingRoom.lastTickets says neither");
        assertThat(c).hadErrorContaining("[SELOSTE-P152] MeetingRoom.capacity says neither");
        assertThat(c).hadErrorContaining("because it holds personal data (lastTickets links to SupportTicket, which holds "
                + "personal data)");
    }

    @Test
    void aNumberKeyNamedAfterItsClassNeedsNoDeclarationInEitherMode() {
        JavaFileObject patient = source("com.example.Patient",
                "package com.example;",
                "@jakarta.persistence.Entity",
                PersonalDataValidationTest.LEGAL_DEFAULTS + " public class Patient {",
                "    private Integer patientId;",
                "    @fi.seloste.PersonalData(purpose = \"Hoito\", retention = \"P10Y\", source = \"Potilas\")",
                "    private String name;",
                "    private int priority;",
                "}");
        Compilation defaults = compile(PersistenceTest.ENTITY, patient);
        assertThat(defaults).succeeded();
        Compilation c = compile(new String[] {"-Aseloste.undeclared=strict"}, PersistenceTest.ENTITY, patient);
        List<String> errors = errors(c);
        org.junit.jupiter.api.Assertions.assertEquals(1, errors.size(), String.join("\n", errors));
        assertThat(c).hadErrorContaining("[SELOSTE-P152] Patient.priority says neither");
        // patientId is Patient's own surrogate key (guide N1), not a reference to a patient
    }

    @Test
    void strictModeIsAValidOption() {
        Compilation c = compile(new String[] {"-Aseloste.undeclared=strict"}, PersistenceTest.ENTITY, ID, ROOM);
        assertThat(c).succeededWithoutWarnings();
    }
}
