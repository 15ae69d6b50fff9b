package fi.seloste.core.generate;

import static fi.seloste.core.generate.IndexFixtures.CATALOGUE;
import static fi.seloste.core.generate.IndexFixtures.FREE_TEXT;
import static fi.seloste.core.generate.IndexFixtures.ORGANISATION;
import static fi.seloste.core.generate.IndexFixtures.classes;
import static fi.seloste.core.generate.IndexFixtures.jar;
import static fi.seloste.core.generate.IndexFixtures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.seloste.core.check.DriftCheck;
import fi.seloste.core.diagnostic.Problem;
import fi.seloste.core.diagnostic.SelosteException;
import fi.seloste.core.output.DocumentFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.seloste.core.load.IndexSource;
import fi.seloste.core.model.Contact;
import fi.seloste.core.model.Controller;
import fi.seloste.core.model.Organisation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole Maven-free path: indexes and organisation facts in, record and notices out. */
class DocumentGeneratorTest {

    @TempDir
    Path dir;

    DocumentGenerator.Request request(List<IndexSource> modules, List<IndexSource> dependencies, Organisation organisation,
            String registerName, List<String> languages) {
        return new DocumentGenerator.Request(modules, dependencies, dir.resolve("out"), organisation, registerName, languages,
                LocalDate.of(2026, 2, 13), null, "1.0");
    }

    DocumentGenerator.Request freeText(List<String> languages) throws Exception {
        return request(List.of(source(classes(dir, "classes", FREE_TEXT), "com.example:chat:1.0")), List.of(), ORGANISATION,
                "Chat-rekisteri", languages);
    }

    DocumentGenerator.Request catalogue(List<String> languages) throws Exception {
        return request(List.of(source(classes(dir, "classes", CATALOGUE), "com.example:clinic:1.0")), List.of(), ORGANISATION,
                null, languages);
    }

    String read(String name) throws Exception {
        return Files.readString(dir.resolve("out").resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void writesTheFinnishNoticeWithEveryRequiredPart() throws Exception {
        List<Path> written = new DocumentGenerator().generate(freeText(List.of("fi")));
        assertEquals(List.of("notice.fi.html", "notice.fi.md", "register.csv", "register.fi.html", "register.json"),
                written.stream().map(p -> p.getFileName().toString()).toList());
        String notice = read("notice.fi.md");

        assertTrue(notice.startsWith("# Tietosuojaseloste: Chat-rekisteri\n"), notice);
        assertTrue(notice.contains("**LUONNOS"), "draft stamp");
        assertTrue(notice.contains("## 1. Rekisterinpitäjä\n\n- Pikkuklinikka Oy\n- Y-tunnus: 1234567-1\n"), notice);
        assertTrue(notice.contains("## 2. Yhteyshenkilö rekisteriä koskevissa asioissa\n\n- Jaana Esimerkki, kehityspäällikkö\n"), notice);
        assertTrue(notice.contains("## 3. Tietosuojavastaava\n\n- Risto Malli\n- Sähköposti: tietosuoja@klinikka.example\n"), notice);
        assertTrue(notice.contains("## 4. Rekisterin nimi\n\nChat-rekisteri\n"), notice);
        assertTrue(notice.contains("- Asiakaspalvelu chatissa – sopimuksen täytäntöönpano (6 artiklan 1 kohdan b alakohta)\n"
                + "- Väärinkäytösten selvittäminen – rekisterinpitäjän oikeutettu etu (6 artiklan 1 kohdan f alakohta)\n"),
                "each free-text purpose with the basis its fields declare: " + notice);
        assertTrue(notice.contains("- Väärinkäytösten selvittäminen: Palvelun turvallisuus\n"), "the legitimate interest: " + notice);
        assertTrue(notice.contains("- **Muut tiedot**\n  - Asiakkaan nimi\n  - ipAddress\n"),
                "labels as a list, in the order the code declares them; the field name without a label: " + notice);
        assertTrue(notice.contains("- Asiakas itse: Asiakkaan nimi\n- Asiakkaan päätelaite: ipAddress\n"),
                "each source with the data it gives: " + notice);
        assertFalse(notice.contains("Osa tiedoista saadaan muualta"), "the subject and the service are no third party: " + notice);
        assertTrue(notice.contains("- Asiakkaan nimi: 4 kuukautta keskustelun päättymisestä\n"), notice);
        assertTrue(notice.contains("- ipAddress: 1 vuosi ja 6 kuukautta tietojen keräämisestä\n"), notice);
        assertTrue(notice.contains("Tietoja ei luovuteta säännönmukaisesti.\n"), "declared in <none>, so stated: " + notice);
        assertTrue(notice.contains("Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle."), notice);
        assertTrue(notice.contains("Henkilötietoja ei käytetä automatisoituun päätöksentekoon eikä profilointiin."), notice);
        assertFalse(notice.contains("viranomaisille"), "no sentence nobody declared: " + notice);
        for (String article : List.of("(15 artikla)", "(16 artikla)", "(17 artikla)", "(18 artikla)", "(77 artikla)")) {
            assertTrue(notice.contains(article), article);
        }
        assertTrue(notice.contains("Vastustamisoikeus (21 artikla)"), "legitimate interests give the objection: " + notice);
        assertTrue(notice.contains("(20 artikla)"), "the contract gives portability: " + notice);
        assertFalse(notice.contains("Suostumuksen peruuttaminen"), "nobody consented: " + notice);
        assertTrue(notice.contains("Tietosuojavaltuutetun toimisto"), notice);
        assertTrue(notice.contains("Seloste on laadittu 13.2.2026."), notice);
        assertFalse(notice.contains("\r"));
        assertFalse(notice.contains("\n\n\n"), "no stray blank lines: " + notice);
    }

    @Test
    void withoutContactPersonOrDpoTheSectionsAreLeftOutAndRenumbered() throws Exception {
        DocumentGenerator.Request r = freeText(List.of("fi"));
        Organisation controllerOnly = Organisation.of(ORGANISATION.controller(), null, null).declaringNone(IndexFixtures.NO_PRACTICES);
        new DocumentGenerator().generate(new DocumentGenerator.Request(r.modules(), r.dependencies(), r.outputDirectory(),
                controllerOnly, r.registerName(), r.languages(), r.date(), null, r.version()));
        String notice = read("notice.fi.md");
        assertFalse(notice.contains("Tietosuojavastaava\n"));
        assertTrue(notice.contains("## 2. Rekisterin nimi"), notice);
    }

    @Test
    void withoutOutputTimestampTheDocumentsHaveNoDate() throws Exception {
        DocumentGenerator.Request r = freeText(List.of("fi"));
        new DocumentGenerator().generate(new DocumentGenerator.Request(r.modules(), r.dependencies(), r.outputDirectory(),
                r.organisation(), r.registerName(), r.languages(), null, null, r.version()));
        for (String file : List.of("notice.fi.md", "notice.fi.html", "register.json", "register.fi.html", "register.csv")) {
            String text = read(file);
            assertFalse(text.matches("(?s).*\\b\\d{1,2}\\.\\d{1,2}\\.20\\d\\d.*"), file + " has a date: " + text);
            assertFalse(text.contains("2026"), file);
        }
    }

    @Test
    void severalRegistersInThreeLanguages() throws Exception {
        List<Path> written = new DocumentGenerator().generate(catalogue(List.of("fi", "sv", "en")));
        List<String> names = written.stream().map(p -> p.getFileName().toString()).toList();
        for (String language : List.of("fi", "sv", "en")) {
            for (String register : List.of("chat", "patients")) {
                assertTrue(names.contains("notice-" + register + "." + language + ".md"), names.toString());
                assertTrue(names.contains("notice-" + register + "." + language + ".html"), names.toString());
            }
            assertTrue(names.contains("register." + language + ".html"), names.toString());
        }
        String sv = read("notice-chat.sv.md");
        assertTrue(sv.startsWith("# "), sv);
        assertTrue(sv.contains("Chattregistret"), sv);
        assertTrue(sv.contains("Kundtjänst i chatten"), sv);
        assertTrue(sv.contains("- Kontaktuppgifter: 4 månader efter att chatten avslutats"), "retention by category: " + sv);
        assertTrue(sv.contains("Dataombudsmannens byrå"), sv);
        String en = read("notice-patients.en.md");
        assertTrue(en.contains("- Health data: 12 years"), en);
        assertTrue(en.contains("Office of the Data Protection Ombudsman"), en);
    }

    @Test
    void rightsFollowFromTheLegalBases() throws Exception {
        new DocumentGenerator().generate(catalogue(List.of("fi")));
        String chat = read("notice-chat.fi.md");   // legitimate interests + consent
        assertTrue(chat.contains("(21 artikla)"), "objection for legitimate interests: " + chat);
        assertTrue(chat.contains("(20 artikla)"), "portability for consent");
        assertTrue(chat.contains("Suostumuksen peruuttaminen"), "withdrawal for consent");
        assertTrue(chat.contains("Asiakkaiden neuvonta"), "the legitimate interest is described");
        String patients = read("notice-patients.fi.md"); // legal obligation
        assertFalse(patients.contains("(21 artikla)"), patients);
        assertFalse(patients.contains("(20 artikla)"), patients);
        assertFalse(patients.contains("Suostumuksen peruuttaminen"), patients);
        assertTrue(patients.contains("ei voida poistaa pyynnöstä"), "erasure is limited by a statutory duty: " + patients);
        for (String always : List.of("(15 artikla)", "(16 artikla)", "(17 artikla)", "(18 artikla)", "(77 artikla)")) {
            assertTrue(patients.contains(always) && chat.contains(always), always);
        }
    }

    @Test
    void sectionsAppearWhenTheyApply() throws Exception {
        new DocumentGenerator().generate(catalogue(List.of("fi")));
        String patients = read("notice-patients.fi.md");
        assertTrue(patients.contains("Erityiset henkilötietoryhmät"), patients);
        assertTrue(patients.contains("9 artiklan 2 kohdan h alakohta"), patients);
        assertTrue(patients.contains("Osa tiedoista saadaan muualta kuin rekisteröidyltä"), "Art. 14 when a source is not the subject");
        assertTrue(patients.contains("- **Terveystiedot**\n  - Diagnoosi\n"), "content grouped by category: " + patients);
        assertTrue(patients.contains("(perusteena STM:n asetus 298/2009)"), patients);
        assertTrue(patients.contains("Hoidon kirjaukset"), "register description");
        assertTrue(patients.contains("- Potilaat\n"), "data subjects");
        String chat = read("notice-chat.fi.md");
        assertFalse(chat.contains("Erityiset henkilötietoryhmät"), chat);
        assertFalse(chat.contains("Osa tiedoista saadaan muualta"), chat);
        assertTrue(chat.contains("## 11. Henkilötietojen käsittelijät\n\n"), "processors have their own section: " + chat);
        assertTrue(chat.contains("- Chat-palvelun toimittaja (Yhdysvallat)\n"), chat);
        assertTrue(chat.contains("Tietoja ei luovuteta säännönmukaisesti.\n"), "a processor is no disclosure: " + chat);
        assertTrue(chat.contains("- Chat-palvelun toimittaja: Yhdysvallat, Euroopan komission vakiosopimuslausekkeet (46 artikla)"),
                "the country by its name: " + chat);
        assertTrue(patients.contains("- Rekisteröity itse: Terveystiedot\n- Väestötietojärjestelmä: Terveystiedot\n"), patients);
        assertTrue(patients.contains("Hoidon järjestäminen – rekisterinpitäjän lakisääteinen velvoite (6 artiklan 1 kohdan c "
                + "alakohta) (Potilaslaki 785/1992)"), "the law behind the basis: " + patients);
    }

    @Test
    void recordCoversArticle30AndRemembersOrigins() throws Exception {
        new DocumentGenerator().generate(catalogue(List.of("fi", "sv")));
        JsonNode json = new ObjectMapper().readTree(read("register.json"));
        assertEquals(1, json.get("schemaVersion").asInt());
        assertEquals("1234567-1", json.at("/controller/businessId").asText());
        assertEquals("Risto Malli", json.at("/dataProtectionOfficer/name").asText());
        JsonNode chat = json.at("/processingActivities/0");
        assertEquals("chat", chat.get("id").asText());
        assertEquals("Chattregistret", chat.at("/names/sv").asText());
        assertEquals("LEGITIMATE_INTERESTS", chat.at("/purposes/0/legalBasis").asText());
        assertEquals("customer", chat.at("/dataSubjects/0/key").asText());
        assertEquals("contact", chat.at("/categoriesOfPersonalData/0/key").asText());
        assertEquals("PROCESSOR", chat.at("/recipients/0/kind").asText());
        assertEquals("US", chat.at("/transfers/0/country").asText());
        assertEquals("P4M", chat.at("/retention/0/period").asText());
        assertTrue(chat.has("security"));
        assertEquals("com.example:clinic:1.0", chat.at("/fields/0/origin").asText());
        assertEquals("com.example.chat.Conversation", chat.at("/fields/0/className").asText());

        String csv = read("register.csv");
        assertTrue(csv.startsWith("Käsittelytoimi,Käsittelyn tarkoitukset,"), csv);
        assertEquals(3, csv.lines().count(), "a header and one row per activity: " + csv);
        String html = read("register.sv.html");
        assertTrue(html.contains("<html lang=\"sv\">"), html);
        assertTrue(html.contains("<th scope=\"row\">"), html);
    }

    @Test
    void twoRunsWriteIdenticalBytes() throws Exception {
        DocumentGenerator.Request r = catalogue(List.of("fi", "sv", "en"));
        Map<String, String> first = new DocumentGenerator().render(r).documents();
        Map<String, String> second = new DocumentGenerator().render(r).documents();
        assertEquals(first, second);
    }

    @Test
    void generateStreamsExactlyWhatRenderReturns() throws Exception {
        DocumentGenerator.Request r = catalogue(List.of("fi", "sv", "en"));
        Map<String, String> rendered = new DocumentGenerator().render(r).documents();
        List<Path> written = new DocumentGenerator().generate(r);
        assertEquals(rendered.keySet().stream().map(name -> dir.resolve("out").resolve(name).toAbsolutePath()).toList(), written);
        for (Map.Entry<String, String> document : rendered.entrySet()) {
            assertEquals(document.getValue(), read(document.getKey()), document.getKey());
        }
        try (var files = Files.list(dir.resolve("out"))) {
            assertEquals(rendered.size(), files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void streamedTemplatesGetUnixLineEndsAndAFinalNewline() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("notice.md.peb"), "a\r\nb\rc\r\r\n{{ n.registerName }}\r");
        Files.writeString(templates.resolve("notice.html.peb"), "");
        DocumentGenerator.Request r = freeText(List.of("fi"));
        DocumentGenerator.Request withTemplates = new DocumentGenerator.Request(r.modules(), r.dependencies(), r.outputDirectory(),
                r.organisation(), r.registerName(), r.languages(), r.date(), templates, r.version());
        new DocumentGenerator().generate(withTemplates);
        assertEquals("a\nb\rc\r\nChat-rekisteri\r\n", read("notice.fi.md"), "as replace(\"\\r\\n\", \"\\n\") plus a final newline");
        assertEquals("\n", read("notice.fi.html"));
        assertEquals(read("notice.fi.md"), new DocumentGenerator().render(withTemplates).documents().get("notice.fi.md"));
    }

    @Test
    void textsWithWindowsLineEndsGiveTheSameDocuments() throws Exception {
        Map<String, Map<String, String>> unix = Map.of("cookies", Map.of("fi", "Eväste 1\n\nEväste 2\nrivi"),
                "security", Map.of("fi", "Lukitut tilat\nja lokit"));
        Map<String, Map<String, String>> windows = Map.of("cookies", Map.of("fi", "Eväste 1\r\n\r\nEväste 2\r\nrivi"),
                "security", Map.of("fi", "Lukitut tilat\r\nja lokit"));
        Map<String, String> documents = null;
        for (Map<String, Map<String, String>> texts : List.of(unix, windows)) {
            Organisation org = new Organisation(ORGANISATION.controller(), List.of(), null, ORGANISATION.contactPersons(),
                    ORGANISATION.dpo(), false, List.of(), List.of(), texts, List.of(), Set.of(), List.of()).declaringNone(IndexFixtures.NO_PRACTICES);
            Path caseDir = Files.createTempDirectory(dir, "lines");
            DocumentGenerator.Documents rendered = new DocumentGenerator().render(BadInputCorpusTest.request(caseDir,
                    List.of(source(classes(caseDir, "classes", FREE_TEXT), "g:a:1")), List.of(), org, "R", List.of("fi")));
            rendered.documents().values().forEach(d -> assertFalse(d.contains("\r"), d));
            if (documents == null) {
                documents = rendered.documents();
                assertTrue(documents.get("notice.fi.html").contains("Eväste 2"), documents.get("notice.fi.html"));
            } else {
                assertEquals(documents, rendered.documents());
            }
        }
    }

    @Test
    void aTemplateThatFailsHalfwayLeavesEarlierOutputAsItWas() throws Exception {
        DocumentGenerator.Request r = freeText(List.of("fi"));
        new DocumentGenerator().generate(r);
        String record = read("register.json");
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("notice.md.peb"), "{{ n.noSuchProperty }}");
        DocumentGenerator.Request broken = new DocumentGenerator.Request(r.modules(), r.dependencies(), r.outputDirectory(),
                r.organisation(), r.registerName(), r.languages(), r.date(), templates, r.version());
        SelosteException e = assertThrows(SelosteException.class, () -> new DocumentGenerator().generate(broken));
        assertTrue(e.getMessage().startsWith("1 problem found by seloste:\n[SELOSTE-M402] template notice.md.peb could not be rendered"),
                e.getMessage());
        assertEquals(record, read("register.json"));
        try (var files = Files.list(dir.resolve("out"))) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file is left behind");
        }
    }

    @Test
    void annotationTextsCannotInjectHtmlOrMarkdown() throws Exception {
        String evil = FREE_TEXT.replace("Asiakaspalvelu chatissa", "<script>alert(1)</script> [x](javascript:alert(1)) **b**")
                .replace("\"Asiakkaan nimi\"", "\"# Otsikko\\n\\n<img src=x onerror=alert(1)>\"");
        Organisation org = Organisation.of(new Controller("Evil <b>Oy</b> | x", null, null, null, "a@b.example", null), null, null).declaringNone(IndexFixtures.NO_PRACTICES);
        new DocumentGenerator().generate(request(List.of(source(classes(dir, "classes", evil), "g:a:1")), List.of(), org,
                "Rekisteri", List.of("fi")));
        String md = read("notice.fi.md");
        assertFalse(md.contains("<script>"), md);
        assertTrue(md.contains("\\<script\\>"), md);
        assertTrue(md.contains("\\[x\\](javascript:alert(1))"), md);
        assertFalse(md.contains("\n# Otsikko"), md);
        assertFalse(md.matches("(?s).*(?<!\\\\)<img.*"), "only escaped: " + md);
        assertTrue(md.contains("\\<img src=x onerror=alert(1)\\>"), md);
        assertTrue(md.contains("Evil \\<b\\>Oy\\</b\\> \\| x"), md);
        String html = read("notice.fi.html");
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("Evil &lt;b&gt;Oy&lt;/b&gt;"), html);
    }

    @Test
    void htmlIsStandaloneAndAccessible() throws Exception {
        new DocumentGenerator().generate(catalogue(List.of("en")));
        String html = read("notice-chat.en.html");
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), html);
        assertTrue(html.contains("<main>") && html.contains("<header>") && html.contains("<footer>"), html);
        assertEquals(1, html.split("<h1>", -1).length - 1, "one h1");
        assertTrue(html.contains("<th scope=\"col\">"), html);
        assertTrue(html.contains("@media print"), html);
        assertFalse(html.matches("(?s).*(src|href)=\"https?:.*"), "no external resources");
        assertTrue(html.contains("Content-Security-Policy"), html);
    }

    @Test
    void aTemplateDirectoryOverridesTheHouseStyle() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("notice.md.peb"), "# {{ n.registerName }} ({{ t['section.controller'] }}: {{ n.controller.name }})\n");
        DocumentGenerator.Request r = freeText(List.of("fi"));
        new DocumentGenerator().generate(new DocumentGenerator.Request(r.modules(), r.dependencies(), r.outputDirectory(),
                r.organisation(), r.registerName(), r.languages(), r.date(), templates, r.version()));
        assertEquals("# Chat-rekisteri (Rekisterinpitäjä: Pikkuklinikka Oy)\n", read("notice.fi.md"));
        assertTrue(read("notice.fi.html").contains("<main>"), "templates not overridden stay built in");
    }

    @Test
    void allProblemsAreReportedTogetherAndNothingIsWritten() throws Exception {
        Organisation broken = new Organisation(new Controller(" ", "1234567-2", null, null, null, null),
                List.of(new Controller(null, null, null, null, "x@y.example", null)), null,
                List.of(new Contact(null, null, null, null, null)), null, false, List.of(), List.of(), Map.of(), List.of(),
                IndexFixtures.NO_PRACTICES, List.of());
        SelosteException e = assertThrows(SelosteException.class, () -> new DocumentGenerator().generate(
                request(List.of(source(dir.resolve("no-classes"), "g:a:1")), List.of(), broken, "", List.of("fi", "xx"))));
        List<String> ids = e.problems().stream().map(p -> p.diagnostic().id()).toList();
        assertEquals(List.of("SELOSTE-M201", "SELOSTE-M202", "SELOSTE-M204", "SELOSTE-M203", "SELOSTE-M206", "SELOSTE-M301"), ids);
        assertTrue(e.getMessage().contains("<controller>\n    <name>Example Oy</name>"), e.getMessage());
        assertTrue(e.getMessage().contains("the check digit should be 1"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("out")), "nothing is written when anything is wrong");
    }

    @Test
    void missingIndexSaysHowToConfigureTheProcessor() {
        SelosteException e = assertThrows(SelosteException.class, () -> new DocumentGenerator().generate(
                request(List.of(source(dir.resolve("empty"), "g:a:1")), List.of(), ORGANISATION, "R", List.of("fi"))));
        assertEquals(1, e.problems().size());
        String message = e.problems().get(0).message();
        assertTrue(message.startsWith("[SELOSTE-M301] no personal-data index at "), message);
        assertTrue(message.contains("<artifactId>seloste-processor</artifactId>"), message);
        assertTrue(message.contains("<version>1.0</version>"), message);
    }

    @Test
    void fieldsWithoutRegisterNeedARegisterName() throws Exception {
        SelosteException e = assertThrows(SelosteException.class, () -> new DocumentGenerator().generate(
                request(List.of(source(classes(dir, "classes", FREE_TEXT), "g:a:1")), List.of(), ORGANISATION, null, List.of("fi"))));
        assertEquals("SELOSTE-M205", e.problems().get(0).diagnostic().id());
        assertTrue(e.getMessage().contains("2 fields (such as com.example.Chat.customerName)"), e.getMessage());
    }

    @Test
    void missingTranslationsAreAllListed() throws Exception {
        String noSv = CATALOGUE.replace("\"sv\" : \"E-postadress\", ", "").replace("\"sv\" : \"Nyhetsbrev\", ", "");
        SelosteException e = assertThrows(SelosteException.class, () -> new DocumentGenerator().generate(
                request(List.of(source(classes(dir, "classes", noSv), "g:a:1")), List.of(), ORGANISATION, null, List.of("fi", "sv"))));
        String message = e.getMessage();
        assertTrue(message.contains("[SELOSTE-M210] the purpose 'newsletter' has no 'sv' text. Add it: @Purpose(sv = \"...\")"), message);
        assertTrue(message.contains("[SELOSTE-M210] the label of field 'com.example.chat.Conversation.email' has no 'sv' text. "
                + "Add it: @PersonalData(labelSv = \"...\")"), message);
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void aMissingRetentionTextNamesTheFirstFieldOfItsRule() throws Exception {
        String noSv = CATALOGUE.replace("\"sv\" : \"SHM:s förordning 298/2009\", ", "")
                .replace("\"special\" : true", "\"special\" : true, \"sourceFile\" : \"com/example/care/Patient.java\", \"line\" : 12");
        SelosteException e = assertThrows(SelosteException.class, () -> new DocumentGenerator().generate(
                request(List.of(source(classes(dir, "classes", noSv), "g:a:1")), List.of(), ORGANISATION, null, List.of("fi", "sv"))));
        assertTrue(e.getMessage().contains("[SELOSTE-M210] the retention law 'STM:n asetus 298/2009' has no 'sv' text. Add it: "
                + "@PersonalData(retentionLawSv = \"...\") or @PersonalDataDefaults(retentionLawSv = \"...\"), where the retention of "
                + "com.example.care.Patient.diagnosis is declared (com/example/care/Patient.java:12)"), e.getMessage());
    }

    @Test
    void missingTitlesAndChangeDescriptionsAreListed() throws Exception {
        Organisation org = new Organisation(ORGANISATION.controller(), List.of(), null,
                List.of(new Contact("Jaana Esimerkki", Map.of("fi", "kehityspäällikkö"), null, null, "jaana@klinikka.example", null)),
                new Contact("Ville Vastaava", Map.of("fi", "tietosuojavastaava"), null, null, "tietosuoja@klinikka.example", null),
                false, List.of(), List.of(), Map.of(),
                List.of(new Organisation.Change(LocalDate.of(2025, 5, 1), "Ensimmäinen versio")), IndexFixtures.NO_PRACTICES, List.of());
        SelosteException e = assertThrows(SelosteException.class, () -> new DocumentGenerator().generate(
                request(List.of(source(classes(dir, "classes", CATALOGUE), "g:a:1")), List.of(), org, null, List.of("fi", "sv"))));
        String message = e.getMessage();
        assertTrue(message.contains("[SELOSTE-M210] the title of <contactPerson> 'Jaana Esimerkki' has no 'sv' text. Add it: "
                + "<contactPerson><titleSv>...</titleSv></contactPerson>"), message);
        assertTrue(message.contains("[SELOSTE-M210] the title of <dpo> 'Ville Vastaava' has no 'sv' text. Add it: <dpo><titleSv>...</titleSv></dpo>"), message);
        assertTrue(message.contains("[SELOSTE-M210] the change of '2025-05-01' has no 'sv' text. Add it: "
                + "<changes><change><descriptionSv>...</descriptionSv></change></changes>"), message);
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void freeTextCannotBeTranslated() throws Exception {
        SelosteException e = assertThrows(SelosteException.class, () -> new DocumentGenerator().generate(freeText(List.of("fi", "en"))));
        assertTrue(e.getMessage().contains("[SELOSTE-M209] the purpose 'Asiakaspalvelu chatissa' is free text"), e.getMessage());
    }

    @Test
    void dependenciesAreGatheredAndConflictsNameBothOrigins() throws Exception {
        String other = CATALOGUE.replace("\"Hoidon järjestäminen\"", "\"Jotain muuta\"")
                .replace("com.example.care.Patient", "com.other.Patient").replace("com.example.chat.Conversation", "com.other.Conversation");
        Path a = jar(dir, "a", CATALOGUE);
        Path b = jar(dir, "b", other);
        SelosteException e = assertThrows(SelosteException.class, () -> new DocumentGenerator().generate(
                request(List.of(), List.of(source(a, "g:a:1"), source(b, "g:b:2")), ORGANISATION, null, List.of("fi"))));
        assertTrue(e.getMessage().contains("[SELOSTE-M305] purpose 'care' is defined differently in g:a:1 (com.example.Purposes) "
                + "and in g:b:2 (com.example.Purposes)"), e.getMessage());
    }

    @Test
    void theSameClassInTwoJarsIsReported() throws Exception {
        Path a = jar(dir, "a", FREE_TEXT);
        Path b = jar(dir, "b", FREE_TEXT);
        SelosteException e = assertThrows(SelosteException.class, () -> new DocumentGenerator().generate(
                request(List.of(), List.of(source(a, "g:a:1"), source(b, "g:b:2")), ORGANISATION, "R", List.of("fi"))));
        assertTrue(e.getMessage().contains("[SELOSTE-M306] class com.example.Chat is indexed both in g:a:1 and in g:b:2"), e.getMessage());
    }

    @Test
    void aRegisterIdFromADependencyCannotEscapeTheOutputDirectory() throws Exception {
        String evil = CATALOGUE.replace("\"chat\"", "\"../../evil\"");
        SelosteException e = assertThrows(SelosteException.class, () -> new DocumentGenerator().generate(
                request(List.of(), List.of(source(jar(dir, "evil", evil), "g:evil:1")), ORGANISATION, null, List.of("fi"))));
        assertTrue(e.getMessage().contains("[SELOSTE-M214] register id '../../evil' from g:evil:1"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("evil.fi.md")));
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void anIndexThatMissesAnnotatedClassesOrListsDeletedOnesFails() throws Exception {
        Path classes = classes(dir, "classes", FREE_TEXT);
        IndexFixtures.classFile(classes, "com.example.Forgotten", true);
        IndexFixtures.classFile(classes, "com.example.Plain", false);
        SelosteException incomplete = assertThrows(SelosteException.class, () -> new DocumentGenerator().generate(
                request(List.of(source(classes, "g:a:1")), List.of(), ORGANISATION, "R", List.of("fi"))));
        assertEquals(1, incomplete.problems().size(), incomplete.getMessage());
        assertTrue(incomplete.getMessage().contains("[SELOSTE-M307] the index of g:a:1 misses classes whose bytecode carries "
                + "@PersonalData: com.example.Forgotten."), incomplete.getMessage());

        Files.delete(classes.resolve("com/example/Forgotten.class"));
        Files.delete(classes.resolve("com/example/Chat.class"));
        SelosteException stale = assertThrows(SelosteException.class, () -> new DocumentGenerator().generate(
                request(List.of(source(classes, "g:a:1")), List.of(), ORGANISATION, "R", List.of("fi"))));
        assertTrue(stale.getMessage().contains("[SELOSTE-M308] the index of g:a:1 lists classes that no longer exist: "
                + "com.example.Chat."), stale.getMessage());
    }

    @Test
    void anIndexListingAClassThatLostItsLastAnnotationFails() throws Exception {
        Path classes = classes(dir, "classes", FREE_TEXT);
        IndexFixtures.classFile(classes, "com.example.Chat", false); // recompiled alone: javac did not run the processor
        SelosteException e = assertThrows(SelosteException.class, () -> new DocumentGenerator().generate(
                request(List.of(source(classes, "g:a:1")), List.of(), ORGANISATION, "R", List.of("fi"))));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("[SELOSTE-M310] the index of g:a:1 lists personal fields of classes whose bytecode "
                + "no longer carries @PersonalData: com.example.Chat."), e.getMessage());
        assertTrue(e.getMessage().contains("./mvnw clean verify"), e.getMessage());
    }

    @Test
    void aCompiledModuleWithNothingTheProcessorClaimsNeedsNoIndex() throws Exception {
        Path withIndex = classes(dir, "classes", FREE_TEXT);
        Path plain = dir.resolve("util-classes");
        IndexFixtures.classFile(plain, "com.example.util.Strings", false);
        new DocumentGenerator().generate(request(List.of(source(withIndex, "g:a:1"), source(plain, "g:util:1")), List.of(),
                ORGANISATION, "R", List.of("fi")));
        assertTrue(Files.exists(dir.resolve("out/register.json")));

        // an entity, or any seloste annotation, means javac did run the processor: then the index must be there
        for (String annotation : List.of("Ljakarta/persistence/Entity;", "Lfi/seloste/Purpose;")) {
            Path entities = Files.createDirectories(dir.resolve("entities-" + annotation.length()));
            Files.createDirectories(entities.resolve("com/example"));
            Files.write(entities.resolve("com/example/Visit.class"),
                    fi.seloste.core.load.StandInClassFiles.of("com.example.Visit", List.of(), List.of(annotation)));
            SelosteException e = assertThrows(SelosteException.class, () -> new DocumentGenerator().generate(
                    request(List.of(source(withIndex, "g:a:1"), source(entities, "g:entities:1")), List.of(), ORGANISATION, "R",
                            List.of("fi"))));
            assertTrue(e.getMessage().contains("[SELOSTE-M301] no personal-data index at "), e.getMessage());
        }
    }

    @Test
    void aDependencyWithAnnotatedClassesButNoIndexFails() throws Exception {
        Path jar = dir.resolve("lib.jar");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("META-INF/maven/g/lib/pom.xml"));
            zip.write("<project><dependencies><dependency><artifactId>seloste-annotations</artifactId></dependency></dependencies></project>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("com/lib/Customer.class"));
            zip.write(fi.seloste.core.load.StandInClassFiles.annotated("com.lib.Customer"));
            zip.putNextEntry(new java.util.zip.ZipEntry("com/lib/Other.class"));
            zip.write(fi.seloste.core.load.StandInClassFiles.plain("com.lib.Other"));
        }
        Path plain = dir.resolve("plain.jar");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(plain))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("org/other/Thing.class"));
            zip.write(fi.seloste.core.load.StandInClassFiles.annotated("org.other.Thing"));
        }
        SelosteException e = assertThrows(SelosteException.class, () -> new DocumentGenerator().generate(
                request(List.of(source(classes(dir, "classes", FREE_TEXT), "g:a:1")), List.of(source(jar, "g:lib:1"), source(plain, "g:plain:1")),
                        ORGANISATION, "R", List.of("fi"))));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("[SELOSTE-M309] dependency g:lib:1 has classes with @PersonalData (com.lib.Customer) "
                + "but no personal-data index"), e.getMessage());
    }

    @Test
    void publicAuthorityCannotRelyOnLegitimateInterests() throws Exception {
        Organisation authority = new Organisation(ORGANISATION.controller(), List.of(), null, List.of(), null, true, List.of(),
                List.of(), Map.of(), List.of(), Set.of(), List.of()).declaringNone(IndexFixtures.NO_PRACTICES);
        SelosteException e = assertThrows(SelosteException.class, () -> new DocumentGenerator().generate(
                request(List.of(source(classes(dir, "classes", CATALOGUE), "g:a:1")), List.of(), authority, null, List.of("fi"))));
        assertTrue(e.getMessage().contains("[SELOSTE-M215] parameter <publicAuthority> is true, but purpose 'chat-service'"), e.getMessage());
    }

    @Test
    void securityMeasuresAndOrganisationTextsAppear() throws Exception {
        Organisation org = new Organisation(ORGANISATION.controller(), List.of(), null, List.of(), null, false,
                List.of("locked-premises"), List.of("encryption", "logging"),
                Map.of("cookies", Map.of("fi", "Käytämme vain välttämättömiä evästeitä.")),
                List.of(new Organisation.Change(LocalDate.of(2025, 5, 1), "Ensimmäinen versio")), Set.of(), List.of()).declaringNone(IndexFixtures.NO_PRACTICES);
        new DocumentGenerator().generate(request(List.of(source(classes(dir, "classes", FREE_TEXT), "g:a:1")), List.of(), org, "R",
                List.of("fi")));
        String notice = read("notice.fi.md");
        assertTrue(notice.contains("**Manuaalinen aineisto**\n\n- Aineisto säilytetään lukituissa tiloissa.\n"), notice);
        assertTrue(notice.contains("- Tiedot salataan siirron ja tallennuksen aikana.\n"), notice);
        assertTrue(notice.matches("(?s).*## \\d+\\. Evästeet\n\nKäytämme vain välttämättömiä evästeitä\\.\n.*"), notice);
        assertTrue(notice.contains("- 1.5.2025: Ensimmäinen versio\n"), notice);

        Organisation unknown = new Organisation(ORGANISATION.controller(), List.of(), null, List.of(), null, false,
                List.of("moat"), List.of(), Map.of(), List.of(), Set.of(), List.of()).declaringNone(IndexFixtures.NO_PRACTICES);
        SelosteException e = assertThrows(SelosteException.class, () -> new DocumentGenerator().generate(
                request(List.of(source(classes(dir, "classes2", FREE_TEXT), "g:a:1")), List.of(), unknown, "R", List.of("fi"))));
        assertTrue(e.getMessage().contains("[SELOSTE-M211] parameter <securityManual> names measure 'moat'"), e.getMessage());
    }

    @Test
    void driftIsReportedWithADiffAndTheRefreshCommand() throws Exception {
        Map<String, String> documents = new DocumentGenerator().render(freeText(List.of("fi"))).documents();
        Path committed = Files.createDirectories(dir.resolve("committed"));
        DocumentFiles.write(committed, documents);
        assertEquals(List.of(), DriftCheck.compare(committed, documents, "REFRESH"));

        Files.writeString(committed.resolve("notice.fi.md"), documents.get("notice.fi.md").replace("4 kuukautta", "6 kuukautta"));
        Files.delete(committed.resolve("register.csv"));
        List<Problem> problems = DriftCheck.compare(committed, documents, "./mvnw compile seloste:generate -Dseloste.outputDirectory=src/main/privacy");
        assertEquals(2, problems.size(), problems.toString());
        String drift = problems.get(0).message();
        assertTrue(drift.startsWith("[SELOSTE-M502] " + committed.resolve("notice.fi.md") + " differs"), drift);
        assertTrue(drift.contains("-- Asiakkaan nimi: 6 kuukautta keskustelun päättymisestä"), drift);
        assertTrue(drift.contains("+- Asiakkaan nimi: 4 kuukautta keskustelun päättymisestä"), drift);
        assertTrue(drift.contains("Refresh the committed notices with: ./mvnw compile seloste:generate"), drift);
        assertTrue(problems.get(1).message().startsWith("[SELOSTE-M503] " + committed.resolve("register.csv") + " is missing"));
    }

    @Test
    void realNoticesContactsRequestsAddedRightsAndMarkdownTexts() throws Exception {
        Map<String, Map<String, String>> texts = Map.of(
                "cookies", Map.of("fi", "Käytämme evästeitä.\n\n**Välttämättömät** evästeet:\n\n- istunto\n- kieli\n\n<script>alert(1)</script>\n\n"
                        + "[lue lisää](javascript:alert(1)) ja [tietosuoja](https://example.fi/tietosuoja) <b>x</b>"),
                "requests", Map.of("fi", "Lähetä pyyntö kirjallisesti yhteyshenkilölle tai [lomakkeella](https://example.fi/lomake)."));
        Organisation org = new Organisation(ORGANISATION.controller(), List.of(), null,
                List.of(new Contact("Jaana Esimerkki", Map.of("fi", "kehityspäällikkö"), null, null, "jaana@klinikka.example", null),
                        new Contact(null, Map.of(), null, null, "kirjaamo@klinikka.example", null)),
                new Contact(null, Map.of(), null, null, "tietosuoja@klinikka.example", null), false,
                List.of("physical-access-control", "no-manual-material"), List.of(), texts,
                List.of(new Organisation.Change(LocalDate.of(2025, 5, 1), "Ensimmäinen versio")), IndexFixtures.NO_PRACTICES,
                List.of(new Organisation.AdditionalRight(null, Map.of("fi", "Oikeus kieltää luovutus Kanta-palveluihin"),
                        Map.of("fi", "Voit kieltää tietojesi luovuttamisen Kanta-palvelujen kautta."))));
        DocumentGenerator.Request r = freeText(List.of("fi"));
        new DocumentGenerator().generate(new DocumentGenerator.Request(r.modules(), r.dependencies(), r.outputDirectory(),
                org, r.registerName(), r.languages(), LocalDate.of(2025, 5, 1), null, r.version(), false));
        String md = read("notice.fi.md");
        assertTrue(md.contains("## 2. Yhteyshenkilöt rekisteriä koskevissa asioissa\n\n- Jaana Esimerkki, kehityspäällikkö\n"
                + "- Sähköposti: jaana@klinikka.example\n\n* Sähköposti: kirjaamo@klinikka.example\n"), "two contacts, one a mailbox: " + md);
        assertTrue(md.contains("## 3. Tietosuojavastaava\n\n- Sähköposti: tietosuoja@klinikka.example\n"), "a DPO mailbox: " + md);
        assertTrue(md.contains("**Välttämättömät** evästeet:\n\n- istunto\n- kieli\n"), "Markdown kept as Markdown: " + md);
        assertFalse(md.contains("<script>") || md.contains("javascript:") || md.contains("<b>"), "no raw HTML, no script link: " + md);
        assertTrue(md.contains("\\<script\\>alert(1)\\</script\\>"), "raw HTML shown as text: " + md);
        assertTrue(md.contains("lue lisää ja [tietosuoja](https://example.fi/tietosuoja) \\<b\\>x\\</b\\>"), md);
        assertTrue(md.contains("- **Oikeus kieltää luovutus Kanta-palveluihin.** Voit kieltää"), "the added right: " + md);
        assertTrue(md.contains("Lähetä pyyntö kirjallisesti yhteyshenkilölle tai [lomakkeella](https://example.fi/lomake)."), md);
        assertTrue(md.contains("- Tiloihin on kulunvalvonta.\n- Tiedoista ei muodosteta manuaalista aineistoa.\n"), md);
        assertTrue(md.contains("Seloste on laadittu 1.5.2025."), md);
        assertFalse(md.contains("Tuotettu seloste-työkalulla"), "the footer is off: " + md);
        assertTrue(md.endsWith("- 1.5.2025: Ensimmäinen versio\n"), "without the footer the notice ends on one newline: " + md);
        String html = read("notice.fi.html");
        assertTrue(html.contains("<p><strong>Välttämättömät</strong> evästeet:</p>\n<ul>\n<li>istunto</li>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !html.contains("<script>"), html);
        assertTrue(html.contains("<a rel=\"nofollow\" href=\"https://example.fi/tietosuoja\">tietosuoja</a>") && !html.contains("javascript:"), html);
        assertFalse(html.contains("<footer>"), html);
        String record = read("register.fi.html");
        assertTrue(record.contains("jaana@klinikka.example") && record.contains("kirjaamo@klinikka.example")
                && record.contains("info@klinikka.example"), "the record shows every contact: " + record);
        String csv = read("register.csv");
        assertTrue(csv.contains("Pikkuklinikka Oy, 1234567-1, \"Katu 1, 00100 Helsinki\"") || csv.contains("Pikkuklinikka Oy, 1234567-1, Katu 1"),
                csv);
    }

    @Test
    void datesAreWrittenAsEachLanguageWritesThem() throws Exception {
        new DocumentGenerator().generate(catalogue(List.of("fi", "sv", "en")));
        assertTrue(read("notice-chat.fi.md").contains("Seloste on laadittu 13.2.2026."));
        assertTrue(read("notice-chat.sv.md").contains("13 februari 2026"), read("notice-chat.sv.md"));
        assertTrue(read("notice-chat.en.md").contains("13 February 2026"), read("notice-chat.en.md"));
    }

    @Test
    void retentionIsListedByCategoryAndSplitCategoriesNameTheirData() throws Exception {
        String phone = """
                }, {
                "className" : "com.example.chat.Conversation", "field" : "phone", "javaType" : "java.lang.String", "register" : "chat",
                "labels" : { "fi" : "Puhelinnumero", "sv" : "Telefonnummer", "en" : "Phone number" },
                "purposes" : [ "chat-service" ], "sources" : [ "data-subject" ], "categories" : [ "contact" ],
                "retention" : { "period" : "P1Y", "from" : "RELATIONSHIP_END" }
              } ]""";
        String index = CATALOGUE.substring(0, CATALOGUE.lastIndexOf("} ]")) + phone + CATALOGUE.substring(CATALOGUE.lastIndexOf("} ]") + 3);
        new DocumentGenerator().generate(request(List.of(source(classes(dir, "classes", index), "com.example:clinic:1.0")),
                List.of(), ORGANISATION, null, List.of("fi")));
        String chat = read("notice-chat.fi.md");
        assertTrue(chat.contains("- Yhteystiedot (Sähköpostiosoite): 4 kuukautta keskustelun päättymisestä\n"
                + "- Yhteystiedot (Puhelinnumero): 1 vuosi asiakassuhteen päättymisestä\n"), chat);
        assertTrue(read("notice-patients.fi.md").contains("- Terveystiedot: 12 vuotta rekisteröidyn kuolemasta tai, jos ajankohta ei "
                + "ole tiedossa, 120 vuotta rekisteröidyn syntymästä (perusteena STM:n asetus 298/2009)\n"), read("notice-patients.fi.md"));
    }

    @Test
    void compositeRetentionAndItsLawInEachLanguage() throws Exception {
        new DocumentGenerator().generate(catalogue(List.of("fi", "sv", "en")));
        String en = read("notice-patients.en.md");
        assertTrue(en.contains("- Health data: 12 years after the data subject's death or, where that date is not known, 120 years "), en);
        assertTrue(en.contains("Decree 298/2009 of the Ministry of Social Affairs and Health"), en);
        assertFalse(en.contains("STM:n asetus"), "no Finnish law name in the English notice: " + en);
        assertTrue(read("notice-patients.sv.md").contains("eller, om tidpunkten inte är känd, 120 år"), read("notice-patients.sv.md"));
        String record = read("register.json");
        assertTrue(record.contains("\"otherwise\" : {") && record.contains("\"lawTexts\" : {"), record);
    }
}
