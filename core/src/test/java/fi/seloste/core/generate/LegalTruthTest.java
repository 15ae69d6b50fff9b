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

import fi.seloste.Practice;
import fi.seloste.core.diagnostic.Problem;
import fi.seloste.core.diagnostic.Problems;
import fi.seloste.core.diagnostic.SelosteException;
import fi.seloste.core.load.IndexSource;
import fi.seloste.core.model.Organisation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: a notice states nothing nobody declared. Each test is one way a green build used to print a false
 * sentence; now it either fails with the diagnostic that names the missing declaration or prints the true sentence.
 */
class LegalTruthTest {

    @TempDir
    Path dir;

    private DocumentGenerator.Request request(String index, Organisation organisation, String registerName, List<String> languages)
            throws Exception {
        Path classes = classes(Files.createTempDirectory(dir, "module"), "classes", index);
        return new DocumentGenerator.Request(List.of(source(classes, "g:a:1")), List.of(), dir.resolve("out"),
                organisation, registerName, languages, LocalDate.of(2026, 2, 13), null, "1.0");
    }

    private List<Problem> failures(DocumentGenerator.Request request) {
        return assertThrows(SelosteException.class, () -> new DocumentGenerator().generate(request)).problems();
    }

    private static List<String> ids(List<Problem> problems) {
        return problems.stream().map(p -> p.diagnostic().id()).toList();
    }

    private static String messages(List<Problem> problems) {
        return String.join("\n", problems.stream().map(Problem::message).toList());
    }

    private String read(String name) throws Exception {
        return Files.readString(dir.resolve("out").resolve(name), StandardCharsets.UTF_8);
    }

    private static Organisation none(Practice... practices) {
        return ORGANISATION.declaringNone(practices.length == 0 ? Set.of() : EnumSet.of(practices[0], practices));
    }

    @Test
    void noNegativeIsStatedThatNobodyDeclared() throws Exception {
        List<Problem> problems = failures(request(FREE_TEXT, none(), "Chat", List.of("fi")));
        assertEquals(List.of("SELOSTE-M217", "SELOSTE-M217", "SELOSTE-M217"), ids(problems), messages(problems));
        String all = messages(problems);
        assertTrue(all.contains("<none><practice>regular-disclosures</practice></none>"), all);
        assertTrue(all.contains("<none><practice>transfers</practice></none>"), all);
        assertTrue(all.contains("<none><practice>automated-decisions</practice></none>"), all);
        assertFalse(Files.exists(dir.resolve("out")), "nothing is written");
    }

    @Test
    void aRegisterDeclaresItsOwnNegativesAndTheCodeItsPositives() throws Exception {
        new DocumentGenerator().generate(request(CATALOGUE, none(), null, List.of("fi", "sv", "en")));
        String chat = read("notice-chat.en.md");
        assertTrue(chat.contains("Data are not regularly disclosed.\n"), chat);
        assertTrue(chat.contains("- Chat vendor: United States, "), "the transfer the code declares: " + chat);
        assertTrue(chat.contains("Personal data are used neither for automated decision-making nor for profiling."), chat);
        assertFalse(chat.contains("No data are transferred"), chat);
        String json = read("register.json");
        assertTrue(json.contains("\"none\" : [\n        \"regular-disclosures\",\n        \"automated-decisions\"\n      ]"), json);
    }

    @Test
    void aRegisterThatDeniesWhatItsCodeDeclaresFails() throws Exception {
        String index = CATALOGUE.replace("\"none\" : [ \"REGULAR_DISCLOSURES\", \"AUTOMATED_DECISIONS\" ]",
                "\"none\" : [ \"REGULAR_DISCLOSURES\", \"TRANSFERS\", \"AUTOMATED_DECISIONS\" ]");
        List<Problem> problems = failures(request(index, none(), null, List.of("fi")));
        assertEquals(List.of("SELOSTE-M218"), ids(problems), messages(problems));
        assertTrue(messages(problems).contains("none = Practice.TRANSFERS in g:a:1 (com.example.chat)")
                && messages(problems).contains("chat-vendor (US)"), messages(problems));
    }

    @Test
    void automatedDecisionsDeclaredBothWaysFail() throws Exception {
        Organisation both = new Organisation(ORGANISATION.controller(), List.of(), null, ORGANISATION.contactPersons(),
                ORGANISATION.dpo(), false, List.of(), List.of(), Map.of("automated", Map.of("fi", "Luottopäätös tehdään automaattisesti.")),
                List.of(), EnumSet.allOf(Practice.class), List.of());
        List<Problem> problems = failures(request(FREE_TEXT, both, "Chat", List.of("fi")));
        assertEquals(List.of("SELOSTE-M218"), ids(problems), messages(problems));
    }

    @Test
    void declaredAutomatedDecisionsBringTheArticle22Right() throws Exception {
        Organisation automated = new Organisation(ORGANISATION.controller(), List.of(), null, ORGANISATION.contactPersons(),
                ORGANISATION.dpo(), false, List.of(), List.of(), Map.of("automated", Map.of("fi", "Luottopäätös tehdään automaattisesti.")),
                List.of(), EnumSet.of(Practice.REGULAR_DISCLOSURES, Practice.TRANSFERS), List.of());
        new DocumentGenerator().generate(request(FREE_TEXT, automated, "Chat", List.of("fi")));
        String notice = read("notice.fi.md");
        assertTrue(notice.contains("Luottopäätös tehdään automaattisesti."), notice);
        assertTrue(notice.contains("(22 artiklan 3 kohta)"), notice);
        assertFalse(notice.contains("ei käytetä automatisoituun"), notice);
    }

    @Test
    void aFreeTextPurposeWithoutABasisFails() throws Exception {
        String index = FREE_TEXT.replace("\"lawfulness\" : { \"basis\" : \"CONTRACT\" },\n", "");
        List<Problem> problems = failures(request(index, ORGANISATION, "Chat", List.of("fi")));
        assertEquals(List.of("SELOSTE-M222"), ids(problems), messages(problems));
        assertTrue(messages(problems).contains("com.example.Chat.customerName (g:a:1) has the free-text purpose "
                + "'Asiakaspalvelu chatissa' without a legal basis"), messages(problems));
    }

    @Test
    void aFreeTextPurposeIsNeverLookedUpInADependencysCatalogue() throws Exception {
        // a dependency declares a purpose keyed by the application's free text: it must not rewrite it
        String hostile = """
                { "schemaVersion" : 1, "mode" : "catalogue", "purposes" : [ { "key" : "Asiakaspalvelu chatissa",
                  "texts" : { "fi" : "Tietojen myynti mainostajille" }, "basis" : "CONSENT", "declaredIn" : "evil.Purposes" } ],
                  "fields" : [ ], "undeclared" : [ ] }
                """;
        DocumentGenerator.Request r = request(FREE_TEXT, ORGANISATION, "Chat", List.of("fi"));
        new DocumentGenerator().generate(new DocumentGenerator.Request(r.modules(),
                List.of(new IndexSource(jar(dir, "dep", hostile), "g:dep:1")), r.outputDirectory(), ORGANISATION,
                "Chat", List.of("fi"), r.date(), null, "1.0"));
        String notice = read("notice.fi.md");
        assertTrue(notice.contains("- Asiakaspalvelu chatissa – sopimuksen täytäntöönpano"), notice);
        assertFalse(notice.contains("Tietojen myynti"), notice);
    }

    @Test
    void aSourceThatDoesNotSayWhoItIsFails() throws Exception {
        List<Problem> catalogue = failures(request(CATALOGUE.replace(", \"sourceKind\" : \"THIRD_PARTY\"", ""), none(), null, List.of("fi")));
        assertEquals(List.of("SELOSTE-M223"), ids(catalogue), messages(catalogue));
        assertTrue(messages(catalogue).contains("source 'population-register'"), messages(catalogue));
        List<Problem> freeText = failures(request(FREE_TEXT.replace("\"sourceKind\" : \"OBSERVED\"", "\"line\" : 9"), ORGANISATION,
                "Chat", List.of("fi")));
        assertEquals(List.of("SELOSTE-M223"), ids(freeText), messages(freeText));
        assertTrue(messages(freeText).contains("source 'Asiakkaan päätelaite' (com.example.Chat.ipAddress in g:a:1)"), messages(freeText));
    }

    @Test
    void countriesAreCheckedAndNamed() throws Exception {
        List<Problem> unknown = failures(request(CATALOGUE.replace("\"country\" : \"US\"", "\"country\" : \"XX\""), none(), null, List.of("fi")));
        assertEquals(List.of("SELOSTE-M224"), ids(unknown), messages(unknown));
        List<Problem> unsafe = failures(request(CATALOGUE.replace(", \"safeguard\" : \"STANDARD_CONTRACTUAL_CLAUSES\"", ""), none(), null,
                List.of("fi")));
        assertEquals(List.of("SELOSTE-M224"), ids(unsafe), messages(unsafe));
        assertTrue(messages(unsafe).contains("outside the EU/EEA, but no transfer safeguard"), messages(unsafe));

        // Sweden is in the EU: no transfer, so the register must say it has none, and the recipient shows its country
        String sweden = CATALOGUE.replace("\"country\" : \"US\", \"safeguard\" : \"STANDARD_CONTRACTUAL_CLAUSES\"", "\"country\" : \"SE\"")
                .replace("\"none\" : [ \"REGULAR_DISCLOSURES\", \"AUTOMATED_DECISIONS\" ]",
                        "\"none\" : [ \"REGULAR_DISCLOSURES\", \"TRANSFERS\", \"AUTOMATED_DECISIONS\" ]");
        new DocumentGenerator().generate(request(sweden, none(), null, List.of("fi", "sv", "en")));
        String fi = read("notice-chat.fi.md");
        assertTrue(fi.contains("- Chat-palvelun toimittaja (Ruotsi)\n"), fi);
        assertTrue(fi.contains("Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle."), fi);
        assertTrue(read("notice-chat.sv.md").contains("(Sverige)"));
        assertTrue(read("notice-chat.en.md").contains("(Sweden)"));
        assertFalse(read("register.json").contains("\"recipient\" : \"chat-vendor\""), "no transfer in the record");
    }

    @Test
    void anEmptyRegisterAndTheReservedIdFail() throws Exception {
        String empty = CATALOGUE.replace("{ \"id\" : \"chat\"", "{ \"id\" : \"archive\", \"names\" : { \"fi\" : \"Arkisto\" }, "
                + "\"declaredIn\" : \"com.example.archive.Archive\" },\n    { \"id\" : \"chat\"");
        List<Problem> problems = failures(request(empty, none(), null, List.of("fi")));
        assertEquals(List.of("SELOSTE-M220"), ids(problems), messages(problems));
        assertTrue(messages(problems).contains("register 'archive' (g:a:1 (com.example.archive.Archive))")
                || messages(problems).contains("register 'archive' ("), messages(problems));

        String reserved = CATALOGUE.replace("\"id\" : \"chat\"", "\"id\" : \"default\"").replace("\"register\" : \"chat\"", "\"register\" : \"default\"");
        List<Problem> taken = failures(request(reserved, none(), "Chat", List.of("fi")));
        assertTrue(ids(taken).contains("SELOSTE-M221") && messages(taken).contains("@Register in")
                && messages(taken).contains("field com.example.chat.Conversation.email"), messages(taken));
    }

    @Test
    void warningsPointAtWhatADpoShouldCheck() throws Exception {
        Problems problems = new Problems();
        Organisation noDpo = new Organisation(ORGANISATION.controller(), List.of(), null, ORGANISATION.contactPersons(), null, false,
                List.of(), List.of(), Map.of("cookies", Map.of("fi", "Käytämme Google Analytics -palvelua.", "sv", "Google Analytics.",
                        "en", "We use Google Analytics.")), List.of(), Set.of(), List.of());
        String noLaw = CATALOGUE.replace("\"law\" : { \"fi\" : \"Potilaslaki 785/1992\", \"sv\" : \"Patientlagen 785/1992\", "
                + "\"en\" : \"Patient Act 785/1992\" },", "");
        new DocumentGenerator().generate(request(noLaw, noDpo, null, List.of("fi", "sv", "en")), problems);
        List<String> warnings = problems.warnings().stream().map(Problem::message).toList();
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("[SELOSTE-M601] register 'patients'")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("[SELOSTE-M602]") && w.contains("Google Analytics")
                && w.contains("register 'patients'")), "the patients register declares no US recipient: " + warnings);
        assertFalse(warnings.stream().anyMatch(w -> w.startsWith("[SELOSTE-M602]") && w.contains("register 'chat'")),
                "the chat register declares its US transfer: " + warnings);
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("[SELOSTE-M603] purpose 'Hoidon järjestäminen'")), warnings.toString());
        assertFalse(problems.any(), "warnings do not fail the build");
        assertTrue(Files.exists(dir.resolve("out/notice-patients.fi.md")));
    }

    @Test
    void aPublicAuthorityCannotRelyOnLegitimateInterestsInFreeTextEither() throws Exception {
        Organisation authority = new Organisation(ORGANISATION.controller(), List.of(), null, List.of(), null, true, List.of(), List.of(),
                Map.of(), List.of(), EnumSet.allOf(Practice.class), List.of());
        List<Problem> problems = failures(request(FREE_TEXT, authority, "Chat", List.of("fi")));
        assertEquals(List.of("SELOSTE-M215"), ids(problems), messages(problems));
        assertTrue(messages(problems).contains("purpose 'Väärinkäytösten selvittäminen' (com.example.Chat.ipAddress in g:a:1)"),
                messages(problems));
    }

    @Test
    void practicesAreWrittenInThePomAsKeys() {
        assertEquals(Practice.REGULAR_DISCLOSURES, Organisation.practice("regular-disclosures").orElseThrow());
        assertEquals("automated-decisions", Organisation.keyOf(Practice.AUTOMATED_DECISIONS));
        assertTrue(Organisation.practice("transfer").isEmpty());
    }
}
