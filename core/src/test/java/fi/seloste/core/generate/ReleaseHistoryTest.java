package fi.seloste.core.generate;

import static fi.seloste.core.generate.IndexFixtures.CATALOGUE;
import static fi.seloste.core.generate.IndexFixtures.ORGANISATION;
import static fi.seloste.core.generate.IndexFixtures.classes;
import static fi.seloste.core.generate.IndexFixtures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.seloste.core.check.DriftCheck;
import fi.seloste.core.diagnostic.Problem;
import fi.seloste.core.diagnostic.Problems;
import fi.seloste.core.diagnostic.SelosteException;
import fi.seloste.core.diff.PreviousRelease;
import fi.seloste.core.model.Organisation;
import fi.seloste.core.output.DocumentFiles;
import fi.seloste.core.record.PublishedRecord;
import fi.seloste.core.record.RecordReader;
import fi.seloste.core.record.RecordSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The previous release's record at work: the notices' change history filled from the diff (dated with the notice
 * date, after the user's own entries of that date), the rule that a legal change needs a change entry, and the
 * organisation record's drift check.
 */
class ReleaseHistoryTest {

    @TempDir
    Path dir;

    static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    static final LocalDate RELEASED = LocalDate.of(2026, 2, 13);
    static final LocalDate NOW = LocalDate.of(2026, 3, 1);
    static final String RETENTION_CHANGED = CATALOGUE.replace("\"P4M\"", "\"P6M\"");

    DocumentGenerator.Request request(String name, String index, Organisation organisation, LocalDate date,
            PreviousRelease previous) throws Exception {
        return new DocumentGenerator.Request(List.of(source(classes(dir, name, index), "com.example:clinic:" + name)),
                List.of(), dir.resolve("out"), organisation, null, LANGUAGES, date, null, "1.0", true, previous);
    }

    /** Release 1.0, dated {@link #RELEASED}, as a published record. */
    RecordSource released() throws Exception {
        String json = new DocumentGenerator().render(request("1.0", CATALOGUE, ORGANISATION, RELEASED, null))
                .documents().get("register.json");
        Path record = dir.resolve("clinic-1.0-seloste-record.json");
        Files.writeString(record, json, StandardCharsets.UTF_8);
        return new RecordSource(record, "com.example:clinic:1.0");
    }

    Map<String, String> documents(Organisation organisation, LocalDate date, PreviousRelease previous) throws Exception {
        Problems problems = new Problems();
        DocumentGenerator.Model model = new DocumentGenerator().model(request("1.1", RETENTION_CHANGED, organisation, date,
                previous), problems);
        assertFalse(problems.any(), problems.list().toString());
        Map<String, String> texts = new java.util.TreeMap<>();
        model.documents().contents().keySet().forEach(name -> texts.put(name, model.documents().text(name)));
        return texts;
    }

    static Organisation.Change change(LocalDate date, String text) {
        return new Organisation.Change(date, Map.of("fi", text, "sv", text + " (sv)", "en", text + " (en)"));
    }

    static Organisation withChanges(Organisation.Change... changes) {
        return ORGANISATION.withChanges(List.of(changes));
    }

    @Test
    void theRecordCarriesTheNoticeDateAndReadsItBack() throws Exception {
        RecordSource record = released();
        assertTrue(Files.readString(record.path()).contains("\"publicAuthority\" : false,\n  \"noticeDate\" : \"2026-02-13\",\n"));
        PublishedRecord read = new RecordReader().read(record, new Problems()).orElseThrow();
        assertEquals(RELEASED, read.noticeDate());
        String undated = new DocumentGenerator().render(request("u", CATALOGUE, ORGANISATION, null, null)).documents()
                .get("register.json");
        assertFalse(undated.contains("noticeDate"), undated);
        Problems problems = new Problems();
        new RecordReader().read(new java.io.ByteArrayInputStream(Files.readString(record.path())
                .replace("\"2026-02-13\"", "\"13.2.2026\"").getBytes(StandardCharsets.UTF_8)), "bad", problems);
        assertTrue(problems.list().toString().contains("SELOSTE-M712") && problems.list().toString().contains("noticeDate is '13.2.2026'"),
                problems.list().toString());
    }

    @Test
    void theChangeHistoryIsFilledFromTheDiffInThreeLanguages() throws Exception {
        Organisation.Change own = new Organisation.Change(NOW, Map.of("fi", "Chat uudistettu", "sv", "Chatten förnyad",
                "en", "Chat renewed"));
        Organisation.Change older = new Organisation.Change(RELEASED, Map.of("fi", "Julkaistu", "sv", "Publicerad",
                "en", "Published"));
        Map<String, String> docs = documents(withChanges(older, own), NOW, new PreviousRelease(released(), true, false));
        String fi = docs.get("notice-chat.fi.md");
        assertTrue(fi.contains("- 13.2.2026: Julkaistu\n- 1.3.2026: Chat uudistettu\n- 1.3.2026: Säilytysaika muuttui: "
                + "Sähköpostiosoite: 4 kuukautta keskustelun päättymisestä → 6 kuukautta keskustelun päättymisestä\n"), fi);
        assertTrue(docs.get("notice-chat.sv.md").contains(": Lagringstiden har ändrats: E-postadress: "),
                docs.get("notice-chat.sv.md"));
        assertTrue(docs.get("notice-chat.en.md").contains(": Retention period changed: E-mail address: 4 months after the end "
                + "of the conversation → 6 months after the end of the conversation\n"), docs.get("notice-chat.en.md"));
        assertTrue(docs.get("notice-chat.en.html").contains("Retention period changed: E-mail address"));
        assertFalse(docs.get("notice-patients.fi.md").contains("Säilytysaika muuttui"), "another register's notice");
        assertTrue(docs.get("notice-patients.fi.md").contains("- 1.3.2026: Chat uudistettu\n"));
        // the same build gives the same bytes
        assertEquals(docs, documents(withChanges(older, own), NOW, new PreviousRelease(released(), true, false)));
    }

    @Test
    void entriesFromTheDiffFollowTheUsersOfTheirDateAndPrecedeLaterOnes() {
        Organisation.Change before = change(RELEASED, "a");
        Organisation.Change same = change(NOW, "b");
        Organisation.Change later = change(NOW.plusDays(1), "c");
        Organisation.Change generated = new Organisation.Change(NOW, Map.of("fi", "d"), "chat");
        assertEquals(List.of(before, same, generated, later),
                fi.seloste.core.diff.ReleaseChanges.merge(List.of(before, same, later), List.of(generated)));
        assertEquals(List.of(before), fi.seloste.core.diff.ReleaseChanges.merge(List.of(before), List.of()));
    }

    @Test
    void aRequiredEntryFailsRenderingToo() throws Exception {
        SelosteException e = assertThrows(SelosteException.class, () -> new DocumentGenerator().render(request("1.1",
                RETENTION_CHANGED, withChanges(change(RELEASED, "Julkaistu")), NOW, new PreviousRelease(released(), false, true))));
        assertTrue(e.getMessage().contains("[SELOSTE-M506]"), e.getMessage());
    }

    @Test
    void aHistoryFromTheDiffNeedsANoticeDateAfterThePreviousRelease() throws Exception {
        for (LocalDate date : java.util.Arrays.asList(null, RELEASED)) {
            Problems problems = new Problems();
            SelosteException e = assertThrows(SelosteException.class, () -> new DocumentGenerator().model(
                    request("1.1", RETENTION_CHANGED, ORGANISATION, date, new PreviousRelease(released(), true, false)), problems));
            assertTrue(e.getMessage().contains("[SELOSTE-M732] parameter <changesFromDiff> adds this release's changes since "
                    + "com.example:clinic:1.0"), e.getMessage());
            assertTrue(e.getMessage().contains(date == null ? "the notices have no date"
                    : "the notice date 2026-02-13 is not after the previous release's (2026-02-13)"), e.getMessage());
        }
    }

    List<Problem> requireEntry(Organisation organisation, String index, boolean history) throws Exception {
        Problems problems = new Problems();
        DocumentGenerator.Model model = new DocumentGenerator().model(request("1.1", index, organisation, NOW,
                new PreviousRelease(released(), history, true)), problems);
        assertTrue(model.release() != null);
        return problems.list();
    }

    @Test
    void aLegalChangeWithoutAChangeEntryFailsShowingTheEntryToAdd() throws Exception {
        List<Problem> problems = requireEntry(withChanges(change(RELEASED, "Julkaistu")), RETENTION_CHANGED,
                false);
        assertEquals(1, problems.size(), problems.toString());
        String message = problems.get(0).message();
        assertEquals("SELOSTE-M506", problems.get(0).diagnostic().id());
        assertTrue(message.startsWith("[SELOSTE-M506] register 'chat' changed since the previous release com.example:clinic:1.0, but the "
                + "notice's change history does not say so:\n    - Retention period changed: E-mail address: 4 months after "
                + "the end of the conversation → 6 months after the end of the conversation\nAdd an entry dated after "
                + "2026-02-13 (the previous release's notice date) to the seloste-maven-plugin configuration"), message);
        assertTrue(message.contains("    <change>\n      <date>2026-03-01</date>\n      <description>Säilytysaika muuttui: "
                + "Sähköpostiosoite: 4 kuukautta keskustelun päättymisestä → 6 kuukautta keskustelun päättymisestä</description>\n"
                + "      <descriptionSv>Lagringstiden har ändrats: E-postadress: "), message);
        assertTrue(message.contains("      <descriptionEn>Retention period changed: E-mail address: "), message);
        assertTrue(message.endsWith("<changesFromDiff>true</changesFromDiff> (-Dseloste.changesFromDiff)"), message);
    }

    @Test
    void aNewerEntryTheHistoryFromTheDiffOrNoChangeSatisfiesTheRule() throws Exception {
        Organisation.Change released = change(RELEASED, "Julkaistu");
        Organisation.Change now = change(NOW, "Säilytysaikaa pidennetty");
        assertEquals(List.of(), requireEntry(withChanges(released, now), RETENTION_CHANGED, false));
        assertEquals(List.of(), requireEntry(withChanges(released), RETENTION_CHANGED, true));
        assertEquals(List.of(), requireEntry(withChanges(released), CATALOGUE, false));
    }

    @Test
    void anOrganisationRecordsCommittedDocumentsAreCheckedForDrift() throws Exception {
        RecordSource application = released();
        DocumentGenerator.Request request = new DocumentGenerator.Request(List.of(), List.of(), dir.resolve("org"),
                ORGANISATION, null, LANGUAGES, NOW, null, "1.0");
        Path committed = dir.resolve("committed");
        DocumentGenerator.Model model = new OrganisationRecord().model(List.of(application), request, new Problems());
        DocumentFiles.replace(committed, model.documents());
        assertEquals(List.of(), DriftCheck.compare(committed, model.documents(), "refresh"));
        Path notice = committed.resolve("notice-chat.fi.md");
        Files.writeString(notice, Files.readString(notice).replace("4 kuukautta", "3 kuukautta"));
        Files.writeString(committed.resolve("notice-gone.fi.md"), "old\n");
        List<String> ids = DriftCheck.compare(committed, model.documents(), "refresh").stream()
                .map(p -> p.diagnostic().id() + " " + p.message().split(" ")[1]
                        .replace(committed.toString(), "committed")).toList();
        assertEquals(List.of("SELOSTE-M502 committed/notice-chat.fi.md", "SELOSTE-M505 committed/notice-gone.fi.md"), ids);
        DocumentFiles.replace(committed, new OrganisationRecord().model(List.of(application), request, new Problems()).documents());
        assertEquals(List.of(), DriftCheck.compare(committed, model.documents(), "refresh"));
        assertNull(model.release());
    }
}
