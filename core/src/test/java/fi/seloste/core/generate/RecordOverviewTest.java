package fi.seloste.core.generate;

import static fi.seloste.core.generate.IndexFixtures.CATALOGUE;
import static fi.seloste.core.generate.IndexFixtures.ORGANISATION;
import static fi.seloste.core.generate.IndexFixtures.classes;
import static fi.seloste.core.generate.IndexFixtures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.seloste.core.diagnostic.Problems;
import fi.seloste.core.record.PublishedRecord;
import fi.seloste.core.record.RecordReader;
import fi.seloste.core.report.RecordOverview;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site report's page says per register what the record says, in the site's language, and links the notices. */
class RecordOverviewTest {

    @TempDir
    Path dir;

    @Test
    void eachRegisterWithPurposesDataRecipientsAndNotices() throws Exception {
        String json = new DocumentGenerator().render(new DocumentGenerator.Request(
                List.of(source(classes(dir, "c", CATALOGUE), "com.example:clinic:1.0")), List.of(), dir.resolve("out"),
                ORGANISATION, null, List.of("fi", "sv", "en"), LocalDate.of(2026, 2, 13), null, "1.0"))
                .documents().get("register.json");
        PublishedRecord record = new RecordReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "com.example:clinic:1.0", new Problems()).orElseThrow();
        RecordOverview page = RecordOverview.of(record, "sv", List.of("notice-chat.fi.html", "notice-chat.sv.html",
                "notice-chat.sv.md", "notice-patients.en.html"), "seloste/");
        assertEquals("Register över behandling", page.title());
        assertEquals(List.of("Chattregistret", "Patientregistret"), page.sections().stream().map(RecordOverview.Section::heading).toList());
        RecordOverview.Section chat = page.sections().get(0);
        assertEquals(List.of("Kundtjänst i chatten", "Nyhetsbrev"),
                chat.tables().get(0).rows().stream().map(r -> r.get(0)).toList());
        List<String> email = chat.tables().get(1).rows().get(0);
        assertEquals(List.of("E-postadress", "Kontaktuppgifter"), email.subList(0, 2));
        assertEquals(true, email.get(2).startsWith("4 månader"), "the retention in the notices' Swedish words: " + email);
        assertEquals(List.of("com.example.chat.Conversation#email", "com.example:clinic:1.0"), email.subList(3, 5));
        assertEquals(List.of("Chattleverantören", "personuppgiftsbiträde", "USA"),
                chat.tables().get(2).rows().get(0).subList(0, 3));
        assertEquals(List.of(new RecordOverview.Link("Dataskyddsbeskrivning (fi)", "seloste/notice-chat.fi.html"),
                new RecordOverview.Link("Dataskyddsbeskrivning (sv)", "seloste/notice-chat.sv.html")), chat.links());
        assertEquals("Privacy record", RecordOverview.name("de"));
    }
}
