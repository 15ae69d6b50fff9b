package fi.seloste.core.generate;

import static fi.seloste.core.generate.IndexFixtures.FREE_TEXT;
import static fi.seloste.core.generate.IndexFixtures.ORGANISATION;
import static fi.seloste.core.generate.IndexFixtures.classes;
import static fi.seloste.core.generate.IndexFixtures.jar;
import static fi.seloste.core.generate.IndexFixtures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.seloste.core.diagnostic.Problem;
import fi.seloste.core.diagnostic.SelosteException;
import fi.seloste.core.load.IndexSource;
import fi.seloste.core.model.RegisterLimit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: a dependency's index is untrusted input. It speaks only for its own classes, its vocabulary never
 * rewrites the application's free text, and its size never floods the run. Each test is an attack that worked before.
 */
class HostileDependencyTest {

    @TempDir
    Path dir;

    /** One field of a free-text index, with the class, field and declaring class given. */
    static String entry(String className, String field, String declaredIn, String label) {
        return """
                { "className" : "%s", "field" : "%s",%s "javaType" : "java.lang.String", "labels" : { "fi" : "%s" },
                  "purposes" : [ "Asiakaspalvelu chatissa" ], "sources" : [ "Asiakas itse" ],
                  "retention" : { "period" : "P4M", "from" : "CONVERSATION_END" },
                  "lawfulness" : { "basis" : "CONTRACT" }, "sourceKind" : "DATA_SUBJECT" }"""
                .formatted(className, field, declaredIn == null ? "" : " \"declaredIn\" : \"" + declaredIn + "\",", label);
    }

    static String freeText(String... entries) {
        return "{ \"schemaVersion\" : 1, \"mode\" : \"free-text\", \"fields\" : [ " + String.join(", ", entries) + " ] }";
    }

    private DocumentGenerator.Request request(String module, List<IndexSource> dependencies) throws Exception {
        Path classes = classes(dir, "classes", module);
        if (module.contains("\"app.Customer\"")) {
            IndexFixtures.classFile(classes, "app.Customer", false); // an entity whose fields are all reached
        }
        return new DocumentGenerator.Request(List.of(source(classes, "g:app:1")), dependencies,
                dir.resolve("out"), ORGANISATION, "Chat", List.of("fi"), LocalDate.of(2026, 2, 13), null, "1.0");
    }

    private String read(String name) throws Exception {
        return Files.readString(dir.resolve("out").resolve(name), StandardCharsets.UTF_8);
    }

    private List<Problem> failures(DocumentGenerator.Request request) {
        return assertThrows(SelosteException.class, () -> new DocumentGenerator().generate(request)).problems();
    }

    private static String messages(List<Problem> problems) {
        return String.join("\n", problems.stream().map(Problem::message).toList());
    }

    @Test
    void anEntryWhoseDeclaredInNamesAnApplicationClassHidesNothing() throws Exception {
        // finding 1: one entry saying it was declared in the application's entity made all of its fields vanish
        String hostile = freeText(entry("evil.Widget", "customerName", "com.example.Chat", "Asiakkaan nimi"));
        new DocumentGenerator().generate(request(FREE_TEXT, List.of(source(jar(dir, "evil", hostile), "g:evil:1"))));
        String record = read("register.json");
        assertTrue(record.contains("\"className\" : \"com.example.Chat\""), record);
        assertTrue(record.contains("\"field\" : \"ipAddress\""), record);
        assertTrue(read("notice.fi.md").contains("- ipAddress: 1 vuosi ja 6 kuukautta"), read("notice.fi.md"));
    }

    @Test
    void anEntryForAClassItsJarDoesNotHoldIsRefusedAndLeftOut() throws Exception {
        // the dependency speaks for the application's class, without carrying it
        String hostile = freeText(entry("com.example.Chat", "secret", null, "Salaisuus"));
        List<Problem> problems = failures(request(FREE_TEXT, List.of(source(jar(dir, "evil", hostile, List.of()), "g:evil:1"))));
        assertEquals(List.of("SELOSTE-M311"), problems.stream().map(p -> p.diagnostic().id()).toList(), messages(problems));
        assertTrue(messages(problems).contains("the index of g:evil:1 describes classes that are not in it: com.example.Chat"),
                messages(problems));
    }

    @Test
    void aClassIndexedByTwoArtifactsIsAConflictAndTheFirstStands() throws Exception {
        // a jar that carries a class file of the application's name may not add fields to the application's class
        String hostile = freeText(entry("com.example.Chat", "secret", null, "Salaisuus"));
        List<Problem> problems = failures(request(FREE_TEXT, List.of(source(jar(dir, "evil", hostile), "g:evil:1"))));
        assertTrue(messages(problems).contains("[SELOSTE-M306] class com.example.Chat is indexed both in g:app:1 and in g:evil:1"),
                messages(problems));
    }

    @Test
    void anEmbeddableOfAnotherModuleIsShownThroughTheEntityOnlyWhenItsBytecodeSaysSo() throws Exception {
        String entity = freeText(entry("app.Customer", "home.street", "lib.Address", "Katuosoite"));
        String library = freeText(entry("lib.Address", "street", null, "Katuosoite"));
        Path embeddable = jar(Files.createDirectories(dir.resolve("a")), "lib", library,
                Map.of("lib.Address", "Ljakarta/persistence/Embeddable;"));
        new DocumentGenerator().generate(request(entity, List.of(source(embeddable, "g:lib:1"))));
        assertFalse(read("register.json").contains("\"className\" : \"lib.Address\""), "shown through app.Customer only");

        Path plain = jar(Files.createDirectories(dir.resolve("b")), "lib", library, List.of("lib.Address"));
        new DocumentGenerator().generate(request(entity, List.of(source(plain, "g:lib:1"))));
        assertTrue(read("register.json").contains("\"className\" : \"lib.Address\""), "not an embeddable: nothing hidden");
    }

    @Test
    void withinOneIndexAnEntitysCopyStandsForTheOriginalOnlyWhenItSaysTheSame() throws Exception {
        String same = freeText(entry("app.Address", "street", null, "Katuosoite"),
                entry("app.Customer", "home.street", "app.Address", "Katuosoite"));
        new DocumentGenerator().generate(request(same, List.of()));
        assertFalse(read("register.json").contains("\"className\" : \"app.Address\""), read("register.json"));

        String other = freeText(entry("app.Address", "street", null, "Katuosoite"),
                entry("app.Customer", "home.street", "app.Address", "Jokin muu"));
        new DocumentGenerator().generate(request(other, List.of()));
        assertTrue(read("register.json").contains("\"className\" : \"app.Address\""), "a copy that says otherwise hides nothing");
    }

    @Test
    void aFreeTextSourceIsNeverLookedUpInADependencysVocabulary() throws Exception {
        // finding 2: a jar with no fields declared a source keyed by the application's free text
        String hostile = """
                { "schemaVersion" : 1, "mode" : "catalogue", "vocabulary" : { "sources" : [ { "key" : "Asiakas itse",
                  "texts" : { "fi" : "Ostettu markkinointirekisteri" }, "sourceKind" : "THIRD_PARTY", "declaredIn" : "evil.Sources" } ] },
                  "fields" : [ ] }
                """;
        new DocumentGenerator().generate(request(FREE_TEXT, List.of(source(jar(dir, "evil", hostile), "g:evil:1"))));
        String notice = read("notice.fi.md");
        assertTrue(notice.contains("- Asiakas itse: Asiakkaan nimi\n"), notice);
        assertFalse(notice.contains("markkinointirekisteri"), notice);
        assertFalse(notice.contains("Osa tiedoista saadaan muualta"), "no third party: " + notice);
    }

    @Test
    void aFreeTextIndexResolvesTheKeysItDeclaresItself() throws Exception {
        String own = FREE_TEXT.replace("\"fields\" : [", """
                "vocabulary" : { "sources" : [ { "key" : "Asiakas itse", "texts" : { "fi" : "Asiakas itse chatissa" },
                  "sourceKind" : "DATA_SUBJECT", "declaredIn" : "com.example.Sources" } ] },
                  "fields" : [""");
        new DocumentGenerator().generate(request(own, List.of()));
        assertTrue(read("notice.fi.md").contains("- Asiakas itse chatissa: Asiakkaan nimi\n"), read("notice.fi.md"));

        String other = """
                { "schemaVersion" : 1, "mode" : "catalogue", "vocabulary" : { "sources" : [ { "key" : "Asiakas itse",
                  "texts" : { "fi" : "Jotain muuta" }, "sourceKind" : "DATA_SUBJECT", "declaredIn" : "evil.Sources" } ] },
                  "fields" : [ ] }
                """;
        List<Problem> conflict = failures(request(own, List.of(source(jar(dir, "evil", other), "g:evil:1"))));
        assertTrue(messages(conflict).contains("[SELOSTE-M305] sources 'Asiakas itse' is defined differently in g:app:1 "
                + "(com.example.Sources) and in g:evil:1 (evil.Sources)"), messages(conflict));
    }

    @Test
    void tooManyRegistersFailBeforeAnythingIsWrittenNamingWhereTheyComeFrom() throws Exception {
        // finding 7: a small jar declaring thousands of registers made generate write a file flood
        StringBuilder registers = new StringBuilder();
        StringBuilder fields = new StringBuilder();
        List<String> classes = new java.util.ArrayList<>();
        for (int i = 0; i <= RegisterLimit.MAX_REGISTERS; i++) {
            registers.append(i == 0 ? "" : ", ").append("{ \"id\" : \"r").append(i).append("\", \"names\" : { \"fi\" : \"R\" } }");
            fields.append(i == 0 ? "" : ", ").append(entry("evil.C" + i, "f", null, "x").replace("\"javaType\"",
                    "\"register\" : \"r" + i + "\", \"javaType\""));
            classes.add("evil.C" + i);
        }
        String flood = "{ \"schemaVersion\" : 1, \"mode\" : \"free-text\", \"registers\" : [ " + registers + " ], \"fields\" : [ "
                + fields + " ] }";
        List<Problem> problems = failures(request(FREE_TEXT, List.of(source(jar(dir, "flood", flood, classes), "g:flood:1"))));
        assertTrue(messages(problems).contains("[SELOSTE-M225] the indexes of this run declare 502 registers, more than the 500 "
                + "one run writes"), messages(problems));
        assertTrue(messages(problems).contains("The most come from: g:flood:1 (501), g:app:1 (1)."), messages(problems));
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void sixteenMillionInvalidEntriesFailInSecondsWithABoundedMessageNamingTheJar() throws Exception {
        // finding 6: a 33 KB jar ran for four minutes and died of OutOfMemoryError, without naming the jar
        Path flood = IndexFixtures.floodJar(dir, "flood", 1 << 24);
        assertTrue(Files.size(flood) < 200_000, "a small jar: " + Files.size(flood));
        long start = System.nanoTime();
        List<Problem> problems = failures(request(FREE_TEXT, List.of(source(flood, "g:flood:1"))));
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertEquals(fi.seloste.index.IndexReader.MAX_PROBLEMS + 1, problems.size(), "the first 100 and one that counts the rest");
        assertTrue(problems.stream().allMatch(p -> p.message().contains("g:flood:1")), "every problem names the jar");
        assertEquals("[SELOSTE-M312] the personal-data index g:flood:1 has " + ((1 << 24) - 100) + " more problems, not listed: "
                + "the first 100 are.", problems.get(100).message().substring(0, problems.get(100).message().indexOf(" The ")));
        assertTrue(messages(problems).length() < 50_000, "a bounded message: " + messages(problems).length());
        assertTrue(seconds < 60, "read in seconds, here " + seconds + " s (a loose bound for a busy machine)");
    }

    @Test
    void controlCharactersReachNoDocumentInAnyFormat() throws Exception {
        // finding 10: raw NUL and ESC reached the HTML and the CSV
        String dirty = "\u001b[2J\u0000\u007f\u0085";
        String hostile = FREE_TEXT.replace("Asiakkaan nimi", "Asiakkaan" + dirty + " nimi")
                .replace("Asiakaspalvelu chatissa", "Asiakaspalvelu" + dirty + " chatissa")
                .replace("Asiakas itse", "Asiakas" + dirty + " itse");
        fi.seloste.core.model.Organisation organisation = new fi.seloste.core.model.Organisation(
                new fi.seloste.core.model.Controller("Klinikka\u0007 Oy", null, "Katu 1\u001b", null, "a@b.example", null),
                List.of(), null, List.of(), null, false, List.of(), List.of(),
                Map.of("cookies", Map.of("fi", "Evästeet" + dirty + " *välttämättömät*")), List.of(), IndexFixtures.NO_PRACTICES,
                List.of());
        Path classes = classes(dir, "classes", hostile.replace("\u001b", "\\u001b").replace("\u0000", "\\u0000")
                .replace("\u007f", "\\u007f").replace("\u0085", "\\u0085"));
        new DocumentGenerator().generate(new DocumentGenerator.Request(List.of(source(classes, "g:app:1")), List.of(),
                dir.resolve("out"), organisation, "Chat\u001b", List.of("fi"), null, null, "1.0"));
        for (String name : List.of("notice.fi.md", "notice.fi.html", "register.csv", "register.json", "register.fi.html")) {
            String text = read(name);
            assertFalse(text.chars().anyMatch(c -> (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f)),
                    name + " holds a control character: " + text);
            assertFalse(text.contains("\\u001b") || text.contains("\\u0000"), name + " holds an escaped control: " + text);
        }
        assertTrue(read("register.json").contains("Asiakkaan[2J nimi"), "removed, not escaped: " + read("register.json"));
        assertTrue(read("register.csv").contains("Klinikka Oy"), read("register.csv"));
        assertTrue(read("notice.fi.html").contains("Evästeet[2J <em>välttämättömät</em>"), "a Markdown text too: " + read("notice.fi.html"));
    }
}
