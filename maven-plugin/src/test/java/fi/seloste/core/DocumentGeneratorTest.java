package fi.seloste.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.seloste.core.model.Contact;
import fi.seloste.core.model.Controller;
import fi.seloste.core.model.Organisation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole Maven-free path: index and organisation facts in, record and Finnish notice out. */
class DocumentGeneratorTest {

    static final String INDEX = """
            {
              "schemaVersion" : 1,
              "generator" : "seloste-processor",
              "fields" : [ {
                "className" : "com.example.Chat",
                "field" : "customerName",
                "javaType" : "java.lang.String",
                "label" : "Asiakkaan nimi",
                "purposes" : [ "Asiakaspalvelu chatissa" ],
                "sources" : [ "Asiakas itse" ],
                "retention" : { "period" : "P4M", "from" : "CONVERSATION_END" },
                "sourceFile" : "com/example/Chat.java",
                "line" : 7
              }, {
                "className" : "com.example.Chat",
                "field" : "ipAddress",
                "javaType" : "java.net.InetAddress",
                "purposes" : [ "Väärinkäytösten selvittäminen" ],
                "sources" : [ "Asiakkaan päätelaite" ],
                "retention" : { "period" : "P1Y6M", "from" : "COLLECTION" }
              } ]
            }
            """;

    static final Organisation ORGANISATION = new Organisation(
            new Controller("Pikkuklinikka Oy", "1234567-1", "Katu 1, 00100 Helsinki", "010 555 0100", "info@klinikka.example"),
            new Contact("Jaana Esimerkki", "kehityspäällikkö", null, "010 555 0101", "jaana@klinikka.example"),
            new Contact("Risto Malli", null, null, null, "tietosuoja@klinikka.example"));

    @TempDir
    Path dir;

    Path classes() throws Exception {
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve("META-INF/seloste"));
        Files.writeString(classes.resolve("META-INF/seloste/personal-data.json"), INDEX, StandardCharsets.UTF_8);
        return classes;
    }

    DocumentGenerator.Request request(Path classes, Organisation organisation, String registerName, List<String> languages) {
        return new DocumentGenerator.Request(classes, dir.resolve("out"), organisation, registerName, languages,
                LocalDate.of(2026, 2, 13), "1.0");
    }

    @Test
    void writesTheFinnishNoticeWithEveryRequiredPart() throws Exception {
        List<Path> written = new DocumentGenerator().generate(request(classes(), ORGANISATION, "Chat-rekisteri", List.of("fi")));
        assertEquals(List.of(dir.resolve("out/notice.fi.md"), dir.resolve("out/register.json")), written);
        String notice = Files.readString(dir.resolve("out/notice.fi.md"), StandardCharsets.UTF_8);

        assertTrue(notice.startsWith("# Tietosuojaseloste: Chat\\-rekisteri\n") || notice.startsWith("# Tietosuojaseloste: Chat-rekisteri\n"), notice);
        assertTrue(notice.contains("**LUONNOS"), "draft stamp");
        assertTrue(notice.contains("## 1. Rekisterinpitäjä\n\n- Pikkuklinikka Oy\n- Y-tunnus: 1234567-1\n"), notice);
        assertTrue(notice.contains("## 2. Yhteyshenkilö rekisteriä koskevissa asioissa\n\n- Jaana Esimerkki, kehityspäällikkö\n"), notice);
        assertTrue(notice.contains("## 3. Tietosuojavastaava\n\n- Risto Malli\n- Sähköposti: tietosuoja@klinikka.example\n"), notice);
        assertTrue(notice.contains("## 4. Rekisterin nimi\n\nChat-rekisteri\n"), notice);
        assertTrue(notice.contains("- Asiakaspalvelu chatissa\n- Väärinkäytösten selvittäminen\n"), notice);
        assertTrue(notice.contains("- Asiakkaan nimi\n- ipAddress\n"), "label, or the field name without one: " + notice);
        assertTrue(notice.contains("- Asiakas itse\n- Asiakkaan päätelaite\n"), notice);
        assertTrue(notice.contains("- Asiakkaan nimi: 4 kuukautta keskustelun päättymisestä\n"), notice);
        assertTrue(notice.contains("- ipAddress: 1 vuosi ja 6 kuukautta tietojen keräämisestä\n"), notice);
        for (String article : List.of("(15 artikla)", "(16 artikla)", "(17 artikla)", "(18 artikla)", "(77 artikla)")) {
            assertTrue(notice.contains(article), article);
        }
        assertTrue(notice.contains("Tietosuojavaltuutetun toimisto"), notice);
        assertTrue(notice.contains("Seloste on laadittu 13.2.2026."), notice);
        assertFalse(notice.contains("\r"));
        assertFalse(notice.contains("\n\n\n"), "no stray blank lines: " + notice);
    }

    @Test
    void withoutContactPersonOrDpoTheSectionsAreLeftOutAndRenumbered() throws Exception {
        Organisation controllerOnly = new Organisation(ORGANISATION.controller(), null, null);
        new DocumentGenerator().generate(request(classes(), controllerOnly, "Chat-rekisteri", List.of("fi")));
        String notice = Files.readString(dir.resolve("out/notice.fi.md"), StandardCharsets.UTF_8);
        assertFalse(notice.contains("Tietosuojavastaava\n"));
        assertTrue(notice.contains("## 2. Rekisterin nimi"), notice);
    }

    @Test
    void withoutOutputTimestampTheNoticeHasNoDate() throws Exception {
        DocumentGenerator.Request r = request(classes(), ORGANISATION, "Chat-rekisteri", List.of("fi"));
        new DocumentGenerator().generate(new DocumentGenerator.Request(r.classesDirectory(), r.outputDirectory(),
                r.organisation(), r.registerName(), r.languages(), null, r.version()));
        String notice = Files.readString(dir.resolve("out/notice.fi.md"), StandardCharsets.UTF_8);
        assertFalse(notice.contains("laadittu"), notice);
        assertFalse(notice.matches("(?s).*\\d{1,2}\\.\\d{1,2}\\.\\d{4}.*"), "no date anywhere: " + notice);
    }

    @Test
    void recordHoldsControllerPurposesCategoriesSourcesAndRetentionPerField() throws Exception {
        new DocumentGenerator().generate(request(classes(), ORGANISATION, "Chat-rekisteri", List.of("fi")));
        String record = Files.readString(dir.resolve("out/register.json"), StandardCharsets.UTF_8);
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(record);
        assertEquals(1, json.get("schemaVersion").asInt());
        assertEquals("1234567-1", json.at("/controller/businessId").asText());
        assertEquals("Risto Malli", json.at("/dataProtectionOfficer/name").asText());
        var activity = json.at("/processingActivities/0");
        assertEquals("Chat-rekisteri", activity.get("name").asText());
        assertEquals(2, activity.get("purposes").size());
        assertEquals("Asiakkaan nimi", activity.at("/categoriesOfPersonalData/0").asText());
        assertEquals("Asiakas itse", activity.at("/sources/0").asText());
        assertEquals("P4M", activity.at("/fields/0/retention/period").asText());
        assertEquals("CONVERSATION_END", activity.at("/fields/0/retention/from").asText());
        assertEquals("P1Y6M", activity.at("/fields/1/retention/period").asText());
        assertEquals("com/example/Chat.java", activity.at("/fields/0/sourceFile").asText());
        assertTrue(record.endsWith("}\n"));
        assertFalse(record.contains("\r"));
    }

    @Test
    void twoRunsWriteIdenticalBytes() throws Exception {
        Path classes = classes();
        new DocumentGenerator().generate(request(classes, ORGANISATION, "Chat-rekisteri", List.of("fi")));
        byte[] notice = Files.readAllBytes(dir.resolve("out/notice.fi.md"));
        byte[] record = Files.readAllBytes(dir.resolve("out/register.json"));
        new DocumentGenerator().generate(request(classes, ORGANISATION, "Chat-rekisteri", List.of("fi")));
        assertEquals(new String(notice, StandardCharsets.UTF_8), Files.readString(dir.resolve("out/notice.fi.md")));
        assertEquals(new String(record, StandardCharsets.UTF_8), Files.readString(dir.resolve("out/register.json")));
    }

    @Test
    void allProblemsAreReportedTogetherAndNothingIsWritten() throws Exception {
        Organisation broken = new Organisation(new Controller(" ", "1234567-2", null, null, null),
                new Contact(null, null, null, null, null), null);
        SelosteException e = assertThrows(SelosteException.class, () -> new DocumentGenerator().generate(
                request(dir.resolve("no-classes"), broken, "", List.of("fi", "xx"))));
        List<String> ids = e.problems().stream().map(p -> p.diagnostic().id()).toList();
        assertEquals(List.of("SELOSTE-M201", "SELOSTE-M202", "SELOSTE-M203", "SELOSTE-M204", "SELOSTE-M205",
                "SELOSTE-M206", "SELOSTE-M301"), ids);
        assertTrue(e.getMessage().contains("<controller>\n    <name>Example Oy</name>"), e.getMessage());
        assertTrue(e.getMessage().contains("the check digit should be 1"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("out")), "nothing is written when anything is wrong");
    }

    @Test
    void missingIndexSaysHowToConfigureTheProcessor() throws Exception {
        SelosteException e = assertThrows(SelosteException.class, () -> new DocumentGenerator().generate(
                request(dir.resolve("empty"), ORGANISATION, "Chat-rekisteri", List.of("fi"))));
        assertEquals(1, e.problems().size());
        String message = e.problems().get(0).message();
        assertTrue(message.startsWith("[SELOSTE-M301] no personal-data index at "), message);
        assertTrue(message.contains("<artifactId>seloste-processor</artifactId>"), message);
        assertTrue(message.contains("<version>1.0</version>"), message);
    }
}
