package fi.seloste.core.generate;

import static fi.seloste.core.generate.IndexFixtures.CATALOGUE;
import static fi.seloste.core.generate.IndexFixtures.FREE_TEXT;
import static fi.seloste.core.generate.IndexFixtures.ORGANISATION;
import static fi.seloste.core.generate.IndexFixtures.classes;
import static fi.seloste.core.generate.IndexFixtures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.seloste.core.diagnostic.Problem;
import fi.seloste.core.diagnostic.Problems;
import fi.seloste.core.diagnostic.SelosteException;
import fi.seloste.core.load.IndexSource;
import fi.seloste.core.model.Controller;
import fi.seloste.core.model.Organisation;
import fi.seloste.core.record.RecordSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An organisation record is built from published records alone: one application's record read back documents exactly
 * what its own build did, several merge into one record and one set of notices per register with each field's origin,
 * and a key two applications declare differently fails naming both.
 */
class OrganisationRecordTest {

    @TempDir
    Path dir;

    /** A second application: the chat register again, with a web form field and the same chat-service purpose. */
    static final String WEB_SHOP = """
            {
              "schemaVersion" : 1,
              "mode" : "catalogue",
              "registers" : [
                { "id" : "chat", "names" : { "fi" : "Chat-rekisteri", "sv" : "Chattregistret", "en" : "Chat register" },
                  "subjects" : [ "visitor" ], "none" : [ "REGULAR_DISCLOSURES", "TRANSFERS", "AUTOMATED_DECISIONS" ],
                  "declaredIn" : "com.example.web" } ],
              "purposes" : [
                { "key" : "chat-service", "texts" : { "fi" : "Asiakaspalvelu chatissa", "sv" : "Kundtjänst i chatten", "en" : "Customer service in the chat" },
                  "basis" : "LEGITIMATE_INTERESTS", "legitimateInterest" : { "fi" : "Asiakkaiden neuvonta", "sv" : "Rådgivning", "en" : "Advising customers" },
                  "declaredIn" : "com.example.web.Purposes" },
                { "key" : "newsletter", "texts" : { "fi" : "Uutiskirje", "sv" : "Nyhetsbrev", "en" : "Newsletter" }, "basis" : "%s",
                  "declaredIn" : "com.example.web.Purposes" } ],
              "vocabulary" : {
                "sources" : [
                  { "key" : "data-subject", "texts" : { "fi" : "Rekisteröity itse", "sv" : "Den registrerade själv", "en" : "The data subject" }, "sourceKind" : "DATA_SUBJECT" } ],
                "categories" : [
                  { "key" : "contact", "texts" : { "fi" : "Yhteystiedot", "sv" : "Kontaktuppgifter", "en" : "Contact details" } } ],
                "subjects" : [
                  { "key" : "visitor", "texts" : { "fi" : "Vierailijat", "sv" : "Besökare", "en" : "Visitors" } } ] },
              "fields" : [ {
                "className" : "com.example.web.Form", "field" : "phone", "javaType" : "java.lang.String", "register" : "chat",
                "labels" : { "fi" : "Puhelinnumero", "sv" : "Telefonnummer", "en" : "Phone number" },
                "purposes" : [ "chat-service", "newsletter" ], "sources" : [ "data-subject" ], "categories" : [ "contact" ],
                "subjects" : [ "visitor" ], "retention" : { "period" : "P1Y", "from" : "COLLECTION" }
              } ]
            }
            """;

    DocumentGenerator.Request request(List<IndexSource> modules, String registerName, List<String> languages) {
        return new DocumentGenerator.Request(modules, List.of(), dir.resolve("out"), ORGANISATION, registerName, languages,
                LocalDate.of(2026, 2, 13), null, "1.0");
    }

    /** Publishes an application: its register.json, as generate writes it. */
    Path publish(String name, String index, String coordinates, String registerName, List<String> languages) throws Exception {
        DocumentGenerator.Documents documents = new DocumentGenerator().render(
                request(List.of(source(classes(dir, name, index), coordinates)), registerName, languages));
        Path record = dir.resolve(name + "-seloste-record.json");
        Files.writeString(record, documents.documents().get("register.json"), StandardCharsets.UTF_8);
        return record;
    }

    Map<String, String> organisation(List<RecordSource> records, String registerName, List<String> languages)
            throws SelosteException {
        Problems problems = new Problems();
        OrganisationRecord.Gathered gathered = new OrganisationRecord().gather(records,
                request(List.of(), registerName, languages), problems);
        DocumentGenerator.Model model = new DocumentGenerator().model(gathered.request(), gathered.merged().indexes(), problems);
        Map<String, String> texts = new TreeMap<>();
        model.documents().contents().keySet().forEach(name -> texts.put(name, model.documents().text(name)));
        return texts;
    }

    @Test
    void oneApplicationsRecordReadBackDocumentsWhatItsBuildDid() throws Exception {
        List<String> languages = List.of("fi", "sv", "en");
        Map<String, String> own = new DocumentGenerator().render(request(List.of(source(classes(dir, "care", CATALOGUE),
                "com.example:care:1.0")), null, languages)).documents();
        assertTrue(own.get("register.json").contains("\"otherwise\""), "the fixture's composite retention is published");
        Path record = publish("care-again", CATALOGUE, "com.example:care:1.0", null, languages);
        assertEquals(own, organisation(List.of(new RecordSource(record, "com.example:care:1.0")), null, languages));
    }

    @Test
    void aFreeTextRecordKeepsItsBasesSourcesAndRegisterName() throws Exception {
        Map<String, String> own = new DocumentGenerator().render(request(List.of(source(classes(dir, "chat", FREE_TEXT),
                "com.example:chat:1.0")), "Chat-rekisteri", List.of("fi"))).documents();
        Path record = publish("chat-again", FREE_TEXT, "com.example:chat:1.0", "Chat-rekisteri", List.of("fi"));
        assertEquals(own, organisation(List.of(new RecordSource(record, "com.example:chat:1.0")), null, List.of("fi")),
                "the register name comes from the record when the organisation gives none");
    }

    @Test
    void twoApplicationsMergeIntoOneRegisterWithEachFieldsOrigin() throws Exception {
        List<String> languages = List.of("fi", "sv", "en");
        Path care = publish("care", CATALOGUE, "com.example:care:1.0", null, languages);
        Path shop = publish("shop", WEB_SHOP.formatted("CONSENT"), "com.example:shop:2.1", null, languages);
        Map<String, String> documents = organisation(List.of(new RecordSource(care, "com.example:care:1.0"),
                new RecordSource(shop, "com.example:shop:2.1")), null, languages);
        String json = documents.get("register.json");
        assertTrue(json.contains("\"origin\" : \"com.example:shop:2.1\""), json);
        assertTrue(json.contains("\"origin\" : \"com.example:care:1.0\""), json);
        String chat = documents.get("notice-chat.en.md");
        assertTrue(chat.contains("Phone number") && chat.contains("E-mail address"), "both applications' fields: " + chat);
        assertTrue(chat.contains("Customers") && chat.contains("Visitors"), "both applications' data subjects: " + chat);
        assertTrue(chat.contains("United States"), "the care application's transfer is the register's: " + chat);
        assertTrue(documents.containsKey("notice-patients.fi.md"), documents.keySet().toString());
    }

    @Test
    void aKeyTwoApplicationsDeclareDifferentlyFailsNamingBoth() throws Exception {
        List<String> languages = List.of("fi", "sv", "en");
        Path care = publish("care", CATALOGUE, "com.example:care:1.0", null, languages);
        Path shop = publish("shop", WEB_SHOP.formatted("CONTRACT"), "com.example:shop:2.1", null, languages);
        SelosteException e = assertThrows(SelosteException.class, () -> organisation(List.of(
                new RecordSource(care, "com.example:care:1.0"), new RecordSource(shop, "com.example:shop:2.1")), null, languages));
        assertEquals(List.of("[SELOSTE-M715] purpose 'newsletter' is declared differently in com.example:care:1.0 and in "
                + "com.example:shop:2.1: basis: CONSENT against CONTRACT. Build both applications against the same "
                + "declaration (the same catalogue version) and republish them, or give one of them another key"),
                e.problems().stream().map(Problem::message).toList());
    }

    @Test
    void theSameFieldPublishedByTwoApplicationsIsTakenOnceUnlessItDiffers() throws Exception {
        Path one = publish("one", CATALOGUE, "com.example:care:1.0", null, List.of("fi", "sv", "en"));
        Path two = dir.resolve("two.json");
        Files.writeString(two, Files.readString(one).replace("\"P4M\"", "\"P6M\""));
        Map<String, String> same = organisation(List.of(new RecordSource(one, "com.example:a:1"),
                new RecordSource(one, "com.example:b:1")), null, List.of("fi", "sv", "en"));
        assertEquals(1, same.get("register.json").split("\"field\" : \"email\"", -1).length - 1);
        SelosteException e = assertThrows(SelosteException.class, () -> organisation(List.of(
                new RecordSource(one, "com.example:a:1"), new RecordSource(two, "com.example:b:1")), null, List.of("fi", "sv", "en")));
        assertTrue(e.getMessage().contains("[SELOSTE-M715] field com.example.chat.Conversation#email (from com.example:care:1.0) "
                + "is declared differently in com.example:a:1 and in com.example:b:1: retention: "), e.getMessage());
    }

    @Test
    void aRecordOfAnotherControllerIsAWarning() throws Exception {
        Path care = publish("care", CATALOGUE, "com.example:care:1.0", null, List.of("fi"));
        Organisation other = Organisation.of(new Controller("Toinen Oy", "7654321-2", "Katu 2", null, null, null), null, null)
                .declaringNone(IndexFixtures.NO_PRACTICES);
        Problems problems = new Problems();
        new OrganisationRecord().gather(List.of(new RecordSource(care, "com.example:care:1.0")),
                new DocumentGenerator.Request(List.of(), List.of(), dir.resolve("out"), other, null, List.of("fi"), null, null, "1.0"),
                problems);
        assertEquals(List.of("[SELOSTE-M718] the record com.example:care:1.0 was written for the controller Pikkuklinikka Oy "
                + "(1234567-1), but this organisation record is written for Toinen Oy (7654321-2) (<controller>). Check that "
                + "the application belongs to this controller: the organisation record names only the configured one"),
                problems.warnings().stream().map(Problem::message).toList());
    }

    @Test
    void noRecordsIsAnError() {
        SelosteException e = assertThrows(SelosteException.class, () -> organisation(List.of(), null, List.of("fi")));
        assertTrue(e.getMessage().contains("[SELOSTE-M716]"), e.getMessage());
    }
}
