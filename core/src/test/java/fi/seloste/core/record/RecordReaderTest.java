package fi.seloste.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.seloste.LegalBasis;
import fi.seloste.SourceKind;
import fi.seloste.core.diagnostic.Problem;
import fi.seloste.core.diagnostic.Problems;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A published record is untrusted input: whatever its bytes, reading it gives a record or problems with stable ids
 * naming the record and the entry, never an exception.
 */
class RecordReaderTest {

    static final String RECORD = """
            {
              "schemaVersion" : 1,
              "controller" : { "name" : "Klinikka Oy", "businessId" : "1234567-1", "email" : "info@klinikka.example" },
              "jointControllers" : [ ],
              "publicAuthority" : false,
              "processingActivities" : [ {
                "id" : "default",
                "names" : { "fi" : "Chat-rekisteri" },
                "purposes" : [ { "texts" : { "fi" : "Asiakaspalvelu" }, "legalBasis" : "CONTRACT" } ],
                "dataSubjects" : [ ],
                "categoriesOfPersonalData" : [ { "texts" : { "fi" : "other" } } ],
                "sources" : [ { "texts" : { "fi" : "Asiakas itse" }, "kind" : "DATA_SUBJECT" } ],
                "recipients" : [ ],
                "transfers" : [ ],
                "none" : [ "regular-disclosures", "transfers" ],
                "retention" : [ { "period" : "P4M", "from" : "CONVERSATION_END", "fields" : [ "com.example.Chat#name" ] } ],
                "security" : { "manual" : [ ], "electronic" : [ "encryption" ] },
                "fields" : [ {
                  "className" : "com.example.Chat", "field" : "name", "javaType" : "java.lang.String",
                  "labels" : { "fi" : "Nimi" }, "purposes" : [ "Asiakaspalvelu" ], "sources" : [ "Asiakas itse" ],
                  "categories" : [ "other" ], "subjects" : [ ], "recipients" : [ ],
                  "retention" : { "period" : "P4M", "from" : "CONVERSATION_END" }, "special" : false,
                  "sourceFile" : "com/example/Chat.java", "line" : 7, "origin" : "com.example:chat:1.0"
                } ]
              } ]
            }
            """;

    static Optional<PublishedRecord> read(String json, Problems problems) {
        return new RecordReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "com.example:chat:1.0",
                problems);
    }

    static List<String> problems(String json) {
        Problems problems = new Problems();
        read(json, problems);
        return problems.list().stream().map(Problem::message).toList();
    }

    @Test
    void aFreeTextFieldGetsTheBasisAndSourceKindItsRegisterStates() {
        Problems problems = new Problems();
        PublishedRecord record = read(RECORD, problems).orElseThrow();
        assertEquals(List.of(), problems.list());
        PublishedRecord.Activity activity = record.activities().get(0);
        assertTrue(activity.isDefault());
        var field = activity.fields().get(0);
        assertEquals(null, field.register());
        assertEquals(LegalBasis.CONTRACT, field.lawfulness().basis());
        assertEquals(SourceKind.DATA_SUBJECT, field.sourceKind());
        assertEquals("com.example:chat:1.0", field.origin());
        assertEquals(List.of("encryption"), activity.securityElectronic());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not JSON                | {"schemaVersion" : 1,                        | [SELOSTE-M710] the record com.example:chat:1.0 cannot be read: Unexpected end-of-input
            trailing data           | {"schemaVersion":1} {}                       | [SELOSTE-M710] the record com.example:chat:1.0 cannot be read: something follows the record's JSON object
            an array                | []                                           | [SELOSTE-M710] the record com.example:chat:1.0 cannot be read: it is not a JSON object
            duplicate member        | {"schemaVersion":1,"schemaVersion":1}        | [SELOSTE-M710] the record com.example:chat:1.0 cannot be read: Duplicate field 'schemaVersion'
            another version         | {"schemaVersion":2}                          | [SELOSTE-M711] the record com.example:chat:1.0 has schemaVersion 2, but this plugin reads version 1
            version as text         | {"schemaVersion":"1"}                        | [SELOSTE-M711] the record com.example:chat:1.0 has schemaVersion 1, but this plugin reads version 1
            too deep                | [[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]     | [SELOSTE-M710] the record com.example:chat:1.0 cannot be read: Document nesting depth (17) exceeds the maximum allowed (16
            """)
    void unreadableRecordsAreOneProblem(String what, String json, String expected) {
        List<String> problems = problems(json);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(expected), what + ": " + problems);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown top member      | "publicAuthority" : false,                     | "publicAuthority" : false, "extra" : 1,                             | organisation: unknown member "extra"
            controller without name | "name" : "Klinikka Oy",                        | "name" : " ",                                                       | organisation: "controller.name" is blank
            bad business id         | "1234567-1"                                    | "1234567"                                                           | organisation: "controller.businessId" is '1234567', which does not match
            unsafe register id      | "id" : "default"                               | "id" : "../x"                                                       | register 1: "processingActivities[1].id" is '../x', which does not match
            unknown basis           | "legalBasis" : "CONTRACT"                      | "legalBasis" : "NONE"                                               | register 'default': "purposes[].legalBasis" is 'NONE', which is not one of its values
            unknown practice        | "regular-disclosures", "transfers"             | "cookies"                                                           | register 'default': "none" names 'cookies', which is not a practice
            bad period              | "period" : "P4M", "from" : "CONVERSATION_END", "fields" | "period" : "four months", "from" : "CONVERSATION_END", "fields" | register 'default': "retention.period" is 'four months', which is not a period such as P4M
            unlisted purpose        | "purposes" : [ "Asiakaspalvelu" ]              | "purposes" : [ "Markkinointi" ]                                     | field com.example.Chat#name of register 'default': it names purpose 'Markkinointi', which its register does not list
            no origin               | , "origin" : "com.example:chat:1.0"            | ''                                                                  | field com.example.Chat#name of register 'default': "fields[1].origin" is missing
            lone surrogate          | "Nimi"                                         | "\\ud800"                                                           | field com.example.Chat#name of register 'default': "fields[1].labels.fi" holds half of a surrogate pair alone
            number as text          | "line" : 7                                     | "line" : "7"                                                        | field com.example.Chat#name of register 'default': "fields[1].line" is not a whole number
            """)
    void everyEntryBreakingTheSchemaIsNamed(String what, String from, String to, String expected) {
        assertTrue(RECORD.contains(from), what);
        List<String> problems = problems(RECORD.replace(from, to));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("[SELOSTE-M712] the record com.example:chat:1.0 has an invalid " + expected),
                what + ": " + problems);
    }

    @Test
    void aMissingFileIsAProblem() {
        Problems problems = new Problems();
        new RecordReader().read(new RecordSource(Path.of("no-such-record.json"), "com.example:gone:1.0"), problems);
        assertEquals(List.of("[SELOSTE-M710] the record com.example:gone:1.0 cannot be read: there is no file no-such-record.json. "
                + "It must be a register.json that seloste:generate or seloste:aggregate wrote; republish it from its "
                + "project with ./mvnw install (or deploy)"), problems.list().stream().map(Problem::message).toList());
    }

    @Test
    void aFreeTextPurposeWithTwoBasesIsAmbiguous() {
        String twice = RECORD.replace("\"legalBasis\" : \"CONTRACT\" } ]",
                "\"legalBasis\" : \"CONTRACT\" }, { \"texts\" : { \"fi\" : \"Asiakaspalvelu\" }, \"legalBasis\" : \"CONSENT\" } ]");
        assertEquals(List.of("[SELOSTE-M717] the record com.example:chat:1.0 lists the free-text purpose 'Asiakaspalvelu' "
                + "with 2 different legal bases, so which one com.example.Chat#name has cannot be told. Declare the purposes "
                + "with @Purpose in that application (or word them apart) and republish it"), problems(twice));
    }
}
