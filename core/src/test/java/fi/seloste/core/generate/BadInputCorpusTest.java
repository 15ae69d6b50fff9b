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

import fi.seloste.core.diagnostic.SelosteException;
import fi.seloste.core.load.IndexSource;
import fi.seloste.core.model.Contact;
import fi.seloste.core.model.Controller;
import fi.seloste.core.model.Organisation;
import fi.seloste.index.IndexFormat;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plugin's bad-input corpus: broken configuration, hostile or damaged indexes, and unwritable output. Each case
 * must fail with the expected catalogue id, name where the problem is, write nothing, and never throw anything but
 * the collected {@link SelosteException}.
 */
class BadInputCorpusTest {

    @TempDir
    static Path dir;

    /** The size limit of an index, as messages print it. */
    static final long MAX_MB = IndexFormat.MAX_BYTES / (1024 * 1024);

    interface Setup {
        DocumentGenerator.Request request(Path dir) throws Exception;
    }

    static DocumentGenerator.Request request(Path dir, List<IndexSource> modules, List<IndexSource> deps, Organisation org,
            String registerName, List<String> languages) {
        return new DocumentGenerator.Request(modules, deps, dir.resolve("out"), org, registerName, languages,
                LocalDate.of(2026, 1, 1), null, "1.0");
    }

    static Setup withOrganisation(Organisation org, List<String> languages) {
        return d -> request(d, List.of(source(classes(d, "classes", FREE_TEXT), "g:a:1")), List.of(), org, "R", languages);
    }

    static Setup withIndex(String index) {
        return d -> request(d, List.of(source(classes(d, "classes", index), "g:a:1")), List.of(), ORGANISATION, "R", List.of("fi"));
    }

    static Setup withDependencies(String... indexes) {
        return d -> {
            List<IndexSource> deps = new java.util.ArrayList<>();
            for (int i = 0; i < indexes.length; i++) {
                deps.add(source(jar(d, "dep" + i, indexes[i]), "g:dep" + i + ":1"));
            }
            return request(d, List.of(), deps, ORGANISATION, "R", List.of("fi"));
        };
    }

    /** The free-text module, with one of your own templates in a template directory. */
    static Setup withTemplate(String name, String content) {
        return d -> {
            Path templates = Files.createDirectories(d.resolve("templates"));
            Files.writeString(templates.resolve(name), content);
            return new DocumentGenerator.Request(List.of(source(classes(d, "classes", FREE_TEXT), "g:a:1")), List.of(),
                    d.resolve("out"), ORGANISATION, "R", List.of("fi"), null, templates, "1.0");
        };
    }

    static Organisation controller(Controller c) {
        return Organisation.of(c, null, null).declaringNone(IndexFixtures.NO_PRACTICES);
    }

    static Controller named(String businessId) {
        return new Controller("Klinikka Oy", businessId, null, null, "a@b.example", null);
    }

    static Stream<Arguments> corpus() {
        String field = FREE_TEXT.substring(FREE_TEXT.indexOf("{\n    \"className\""), FREE_TEXT.indexOf("}, {") + 1);
        return Stream.of(
                Arguments.of("no controller", withOrganisation(controller(new Controller(null, null, null, null, null, null)), List.of("fi")), "SELOSTE-M201", "<controller><name>"),
                Arguments.of("blank controller name", withOrganisation(controller(new Controller("  ", null, null, null, "a@b.example", null)), List.of("fi")), "SELOSTE-M201", "<controller><name>"),
                Arguments.of("wrong check digit", withOrganisation(controller(named("1234567-9")), List.of("fi")), "SELOSTE-M202", "<controller><businessId>"),
                Arguments.of("business id without hyphen", withOrganisation(controller(named("12345671")), List.of("fi")), "SELOSTE-M202", "'12345671'"),
                Arguments.of("business id with spaces", withOrganisation(controller(named("1234567 - 1")), List.of("fi")), "SELOSTE-M202", "<controller><businessId>"),
                Arguments.of("business id impossible digits", withOrganisation(controller(named("0000006-0")), List.of("fi")), "SELOSTE-M202", "no valid business ID"),
                Arguments.of("paper measure listed for systems", withOrganisation(new Organisation(ORGANISATION.controller(), List.of(),
                        null, List.of(), null, false, List.of(), List.of("encryption", "locked-premises"), Map.of(), List.of(),
                        IndexFixtures.NO_PRACTICES, List.of()), List.of("fi")), "SELOSTE-M230",
                        "<securityElectronic> names measure 'locked-premises', which does not apply to electronic material. Move it to <securityManual>"),
                Arguments.of("contact person that nothing reaches", withOrganisation(Organisation.of(ORGANISATION.controller(),
                        new Contact("Jaana", null, "Katu 1", null, null), null).declaringNone(IndexFixtures.NO_PRACTICES), List.of("fi")), "SELOSTE-M204", "<contactPerson>"),
                Arguments.of("unreachable DPO", withOrganisation(Organisation.of(ORGANISATION.controller(), null,
                        new Contact("DPO", null, "Katu 1", null, null)).declaringNone(IndexFixtures.NO_PRACTICES), List.of("fi")), "SELOSTE-M204", "<dpo>"),
                Arguments.of("unreachable controller", withOrganisation(controller(new Controller("Oy", null, null, null, null, null)), List.of("fi")), "SELOSTE-M207", "<controller>"),
                Arguments.of("unsupported language", withOrganisation(ORGANISATION, List.of("fi", "de")), "SELOSTE-M206", "'de'"),
                Arguments.of("no language", withOrganisation(ORGANISATION, List.of()), "SELOSTE-M206", "<languages>"),
                Arguments.of("unknown security measure", withOrganisation(new Organisation(ORGANISATION.controller(), List.of(), null, List.of(), null,
                        false, List.of(), List.of("quantum-shield"), Map.of(), List.of(), Set.of(), List.of()).declaringNone(IndexFixtures.NO_PRACTICES), List.of("fi")), "SELOSTE-M211", "<securityElectronic>"),
                Arguments.of("organisation text missing in one language", withOrganisation(new Organisation(ORGANISATION.controller(),
                        List.of(), null, List.of(), null, false, List.of(), List.of(), Map.of("automated", Map.of("fi", "Ei profilointia")),
                        List.of(), Set.of(), List.of()).declaringNone(java.util.EnumSet.of(fi.seloste.Practice.REGULAR_DISCLOSURES, fi.seloste.Practice.TRANSFERS)),
                        List.of("fi", "sv")), "SELOSTE-M210", "<automatedDecisions><sv>...</sv></automatedDecisions> or the file automated.sv.md"),
                Arguments.of("joint controller without name", withOrganisation(new Organisation(ORGANISATION.controller(),
                        List.of(new Controller(null, null, null, null, null, null)), null, List.of(), null, false, List.of(), List.of(), Map.of(),
                        List.of(), Set.of(), List.of()).declaringNone(IndexFixtures.NO_PRACTICES), List.of("fi")), "SELOSTE-M203", "jointController"),
                Arguments.of("no register name for free fields", (Setup) d -> request(d, List.of(source(classes(d, "classes", FREE_TEXT), "g:a:1")),
                        List.of(), ORGANISATION, null, List.of("fi")), "SELOSTE-M205", "<registerName>"),
                Arguments.of("index is not JSON", withIndex("this is not json"), "SELOSTE-M302", "g:a:1"),
                Arguments.of("index truncated", withIndex(FREE_TEXT.substring(0, FREE_TEXT.length() / 2)), "SELOSTE-M302", "g:a:1"),
                Arguments.of("index of another schema version", withIndex(FREE_TEXT.replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2")), "SELOSTE-M303", "schemaVersion 2"),
                Arguments.of("index without version", withIndex(FREE_TEXT.replace("\"schemaVersion\" : 1,", "")), "SELOSTE-M303", "(none)"),
                Arguments.of("index with a duplicate key", withIndex(FREE_TEXT.replace("\"generator\"", "\"mode\" : \"x\", \"mode\"")), "SELOSTE-M302", "Duplicate field"),
                Arguments.of("index with trailing data", withIndex(FREE_TEXT + "{}"), "SELOSTE-M302", "g:a:1"),
                Arguments.of("index nested too deep", withIndex(FREE_TEXT.replace("\"generator\" : \"seloste-processor\"",
                        "\"x\" : " + "[".repeat(50) + "]".repeat(50))), "SELOSTE-M302", "g:a:1"),
                Arguments.of("index entry with a bad period", withIndex(FREE_TEXT.replace("P1Y6M", "eighteen months")), "SELOSTE-M304", "com.example.Chat.ipAddress"),
                Arguments.of("index entry without purposes", withIndex(FREE_TEXT.replace("[ \"Väärinkäytösten selvittäminen\" ]", "[ ]")), "SELOSTE-M304", "\"purposes\""),
                Arguments.of("index entry with a foreign trigger", withIndex(FREE_TEXT.replace("CONVERSATION_END", "FULL_MOON")), "SELOSTE-M304", "FULL_MOON"),
                Arguments.of("index entry that is a string", withIndex(FREE_TEXT.replace(field, "\"oops\"")), "SELOSTE-M304", "field 1"),
                Arguments.of("index with a numeric label", withIndex(FREE_TEXT.replace("{ \"fi\" : \"Asiakkaan nimi\" }", "{ \"fi\" : 42 }")), "SELOSTE-M304", "com.example.Chat.customerName"),
                Arguments.of("index entry with an unknown special condition", withIndex(FREE_TEXT.replace("\"line\" : 7",
                        "\"line\" : 7, \"special\" : true, \"specialCondition\" : \"BOGUS\"")), "SELOSTE-M304", "unknown specialCondition 'BOGUS'"),
                Arguments.of("index entry with an unknown identity code ground", withIndex(FREE_TEXT.replace("\"line\" : 7",
                        "\"line\" : 7, \"identityCodeGround\" : \"BOGUS\"")), "SELOSTE-M304", "unknown identityCodeGround 'BOGUS'"),
                Arguments.of("index entry with the identity code ground NONE", withIndex(FREE_TEXT.replace("\"line\" : 7",
                        "\"line\" : 7, \"identityCodeGround\" : \"NONE\"")), "SELOSTE-M304", "com.example.Chat.customerName"),
                Arguments.of("index label with a lone surrogate", withIndex(FREE_TEXT.replace("Asiakkaan nimi", "Asiakkaan \\ud800nimi")),
                        "SELOSTE-M304", "half of a surrogate pair"),
                Arguments.of("index purpose with a lone surrogate", withIndex(FREE_TEXT.replace("Väärinkäytösten", "\\udc00Väärinkäytösten")),
                        "SELOSTE-M304", "com.example.Chat.ipAddress"),
                Arguments.of("register name with a lone surrogate", withDependencies(CATALOGUE.replaceFirst("\"fi\" : \"", "\"fi\" : \"\\\\ud800")),
                        "SELOSTE-M304", "half of a surrogate pair"),
                Arguments.of("custom template that does not parse", withTemplate("notice.md.peb", "line 1\n{% if %}\n"),
                        "SELOSTE-M402", "notice.md.peb could not be rendered at line 2"),
                Arguments.of("custom template with an unknown property", withTemplate("notice.html.peb", "{{ n.noSuchProperty }}"),
                        "SELOSTE-M402", "<templateDirectory>"),
                Arguments.of("same class in two jars", withDependencies(FREE_TEXT, FREE_TEXT), "SELOSTE-M306", "g:dep0:1 and in g:dep1:1"),
                Arguments.of("purpose defined differently in two jars", withDependencies(CATALOGUE,
                        CATALOGUE.replace("\"Uutiskirje\"", "\"Mainonta\"").replace("com.example.care.Patient\", \"field\"", "com.b.Patient\", \"field\"")
                                .replace("com.example.chat.Conversation\", \"field\"", "com.b.Conversation\", \"field\"")), "SELOSTE-M305", "purpose 'newsletter'"),
                Arguments.of("unsafe register id in a jar", withDependencies(CATALOGUE.replace("\"patients\"", "\"../../etc\"")), "SELOSTE-M214", "'../../etc'"),
                Arguments.of("register id with a backslash", withDependencies(CATALOGUE.replace("\"patients\"", "\"a\\\\\\\\b\"")), "SELOSTE-M214", "g:dep0:1"),
                Arguments.of("unknown recipient in an index", withDependencies(CATALOGUE.replace("\"recipients\" : [ \"chat-vendor\" ]",
                        "\"recipients\" : [ \"nobody\" ]")), "SELOSTE-M212", "'nobody'"),
                Arguments.of("free text asked in Swedish", withOrganisation(ORGANISATION, List.of("fi", "sv")), "SELOSTE-M209", "'sv'"),
                Arguments.of("missing English purpose", (Setup) d -> request(d, List.of(source(classes(d, "classes",
                        CATALOGUE.replace(", \"en\" : \"Newsletter\"", "")), "g:a:1")), List.of(), ORGANISATION, null, List.of("en")),
                        "SELOSTE-M210", "'newsletter'"),
                Arguments.of("legitimate interest of an authority", (Setup) d -> request(d, List.of(source(classes(d, "classes", CATALOGUE), "g:a:1")),
                        List.of(), new Organisation(ORGANISATION.controller(), List.of(), null, List.of(), null, true, List.of(), List.of(), Map.of(),
                                List.of(), Set.of(), List.of()).declaringNone(IndexFixtures.NO_PRACTICES), null, List.of("fi")), "SELOSTE-M215", "<publicAuthority>"),
                Arguments.of("index over the size limit in a jar", (Setup) d -> {
                    Path big = d.resolve("big.jar");
                    try (OutputStream out = Files.newOutputStream(big); ZipOutputStream zip = new ZipOutputStream(out)) {
                        zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
                        zip.putNextEntry(new ZipEntry(IndexFormat.LOCATION));
                        byte[] chunk = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
                        for (long i = 0; i <= IndexFormat.MAX_BYTES >> 20; i++) {
                            zip.write(chunk);
                        }
                    }
                    return request(d, List.of(), List.of(source(big, "g:big:1")), ORGANISATION, "R", List.of("fi"));
                }, "SELOSTE-M302", "larger than " + MAX_MB + " MB"),
                Arguments.of("index over the size limit in a folder", (Setup) d -> {
                    Path c = classes(d, "classes", FREE_TEXT);
                    Path index = c.resolve(IndexFormat.LOCATION);
                    Files.delete(index);
                    try (FileChannel channel = FileChannel.open(index, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                            StandardOpenOption.SPARSE)) {
                        channel.write(ByteBuffer.wrap(new byte[] {' '}), IndexFormat.MAX_BYTES); // one byte over the limit
                    }
                    return request(d, List.of(source(c, "g:a:1")), List.of(), ORGANISATION, "R", List.of("fi"));
                }, "SELOSTE-M302", "larger than " + MAX_MB + " MB"),
                Arguments.of("a jar that is not a zip", (Setup) d -> {
                    Path broken = d.resolve("broken.jar");
                    Files.writeString(broken, "PK not really");
                    return request(d, List.of(), List.of(source(broken, "g:broken:1")), ORGANISATION, "R", List.of("fi"));
                }, "SELOSTE-M302", "g:broken:1"),
                Arguments.of("module never compiled", (Setup) d -> request(d, List.of(source(d.resolve("nothing"), "g:a:1")), List.of(),
                        ORGANISATION, "R", List.of("fi")), "SELOSTE-M301", "personal-data.json"),
                Arguments.of("output directory is a file", (Setup) d -> {
                    Path file = Files.writeString(d.resolve("taken"), "x");
                    return new DocumentGenerator.Request(List.of(source(classes(d, "classes", FREE_TEXT), "g:a:1")), List.of(), file,
                            ORGANISATION, "R", List.of("fi"), null, null, "1.0");
                }, "SELOSTE-M401", "taken"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void badInputFailsOnceWithTheRightIdAndPlace(String name, Setup setup, String id, String where) throws Exception {
        Path caseDir = Files.createTempDirectory(dir, "case");
        DocumentGenerator.Request request = setup.request(caseDir);
        SelosteException e = assertThrows(SelosteException.class, () -> new DocumentGenerator().generate(request));
        assertTrue(e.problems().stream().anyMatch(p -> p.diagnostic().id().equals(id) && p.message().contains(where)),
                "expected " + id + " naming " + where + " but got:\n" + e.getMessage());
        assertTrue(e.problems().stream().allMatch(p -> p.message().startsWith("[" + p.diagnostic().id() + "] ")));
        assertFalse(e.getMessage().contains("\tat "), "no stack trace");
        assertEquals(e.problems().size(), new java.util.HashSet<>(e.problems()).size(), "each problem once:\n" + e.getMessage());
        assertFalse(Files.exists(caseDir.resolve("out")), "nothing is written");
    }

    @Test
    void unicodeRightToLeftAndVeryLongValuesPassIntact() throws Exception {
        String arabic = "مركز صحي";
        String longName = "Pitkä nimi ".repeat(1000).strip();
        Organisation org = Organisation.of(new Controller(arabic + " – Ääkkös Oy", null, null, null, "a@b.example", null),
                new Contact(longName, null, null, "010", null), null).declaringNone(IndexFixtures.NO_PRACTICES);
        Path caseDir = Files.createTempDirectory(dir, "unicode");
        new DocumentGenerator().generate(request(caseDir, List.of(source(classes(caseDir, "classes",
                FREE_TEXT.replace("Asiakas itse", "עברית \u202Eתקין")), "g:a:1")), List.of(), org, "Rekisteri ☃", List.of("fi")));
        String md = Files.readString(caseDir.resolve("out/notice.fi.md"), StandardCharsets.UTF_8);
        String html = Files.readString(caseDir.resolve("out/notice.fi.html"), StandardCharsets.UTF_8);
        assertTrue(md.contains(arabic + " – Ääkkös Oy"), md);
        assertTrue(md.contains("עברית \u202Eתקין"), "right-to-left text and its control characters survive");
        assertTrue(html.contains(longName), "a 10,000-character name is kept whole");
        assertEquals(md, Files.readString(caseDir.resolve("out/notice.fi.md"), StandardCharsets.UTF_8));
    }
}
