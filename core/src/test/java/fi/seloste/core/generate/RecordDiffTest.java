package fi.seloste.core.generate;

import static fi.seloste.core.generate.IndexFixtures.CATALOGUE;
import static fi.seloste.core.generate.IndexFixtures.ORGANISATION;
import static fi.seloste.core.generate.IndexFixtures.classes;
import static fi.seloste.core.generate.IndexFixtures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.seloste.core.diagnostic.SelosteException;
import fi.seloste.core.diff.ChangeLogFiles;
import fi.seloste.core.diff.RecordChange;
import fi.seloste.core.record.RecordSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What changed between two releases' records is found and said in Finnish, Swedish and English. */
class RecordDiffTest {

    @TempDir
    Path dir;

    static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    Path publish(String name, String index) throws Exception {
        String json = new DocumentGenerator().render(new DocumentGenerator.Request(
                List.of(source(classes(dir, name, index), "com.example:clinic:" + name)), List.of(), dir.resolve("out"),
                ORGANISATION, null, LANGUAGES, LocalDate.of(2026, 2, 13), null, "1.0")).documents().get("register.json");
        Path record = dir.resolve(name + ".json");
        Files.writeString(record, json, StandardCharsets.UTF_8);
        return record;
    }

    ChangeLogFiles.Written diff(String changed) throws Exception {
        return ChangeLogFiles.write(new RecordSource(publish("1.0", CATALOGUE), "com.example:clinic:1.0"),
                new RecordSource(publish("1.1", changed), "com.example:clinic:1.1"), LANGUAGES, dir.resolve("changes"));
    }

    String log(String language) throws Exception {
        return Files.readString(dir.resolve("changes/changes." + language + ".md"));
    }

    @Test
    void aRetentionChangeIsSaidInThreeLanguages() throws Exception {
        ChangeLogFiles.Written written = diff(CATALOGUE.replace("\"P4M\"", "\"P6M\""));
        assertEquals(1, written.changes().size(), written.changes().toString());
        assertEquals(RecordChange.Subject.RETENTION, written.changes().get(0).subject());
        assertEquals(3, written.files().size());
        assertTrue(log("fi").contains("## Chat-rekisteri\n\n- Säilytysaika muuttui: **Sähköpostiosoite** "
                + "(`com.example.chat.Conversation#email`): 4 kuukautta keskustelun päättymisestä → 6 kuukautta keskustelun "
                + "päättymisestä\n"), log("fi"));
        assertTrue(log("sv").contains("- Lagringstiden har ändrats: **E-postadress**"), log("sv"));
        assertTrue(log("en").contains("- Retention period changed: **E-mail address** (`com.example.chat.Conversation#email`): "
                + "4 months after the end of the conversation → 6 months after the end of the conversation\n"), log("en"));
        assertTrue(log("en").startsWith("# Changes to the record of processing activities: com.example:clinic:1.0 → "
                + "com.example:clinic:1.1\n"), log("en"));
    }

    @Test
    void purposesFieldsRecipientsAndTransfersAddedRemovedOrChanged() throws Exception {
        String changed = CATALOGUE
                .replace("\"basis\" : \"CONSENT\"", "\"basis\" : \"CONTRACT\"")
                .replace("\"safeguard\" : \"STANDARD_CONTRACTUAL_CLAUSES\"", "\"safeguard\" : \"BINDING_CORPORATE_RULES\"")
                .replace("\"categories\" : [ \"health\" ],", "\"categories\" : [ \"health\", \"contact\" ],")
                .replace("\"field\" : \"email\"", "\"field\" : \"emailAddress\"");
        List<RecordChange> changes = diff(changed).changes();
        assertEquals(List.of("chat PURPOSE CHANGED newsletter", "chat FIELD ADDED com.example.chat.Conversation#emailAddress",
                "chat FIELD REMOVED com.example.chat.Conversation#email", "chat TRANSFER CHANGED chat-vendor",
                "patients FIELD CHANGED com.example.care.Patient#diagnosis"),
                changes.stream().map(c -> c.register() + " " + c.subject() + " " + c.kind() + " " + c.key()).toList());
        String fi = log("fi");
        assertTrue(fi.contains("- Käyttötarkoitus muuttui: **Uutiskirje**: oikeusperuste suostumus"), fi);
        assertTrue(fi.contains("- Uusi tieto: **Sähköpostiosoite** (`com.example.chat.Conversation#emailAddress`)\n"), fi);
        assertTrue(fi.contains("- Tieto muuttui: **Diagnoosi** (`com.example.care.Patient#diagnosis`): tietoryhmät\n"), fi);
        String en = log("en");
        assertTrue(en.contains("- Transfer outside the EU or EEA changed: **Chat vendor**: United States, European Commission "
                + "standard contractual clauses (Article 46) → United States, binding corporate rules (Article 47)\n"), en);
    }

    @Test
    void noChangeIsSaidToo() throws Exception {
        assertEquals(List.of(), diff(CATALOGUE).changes());
        assertTrue(log("sv").endsWith("Registerbeskrivningen har inte ändrats.\n"), log("sv"));
    }

    @Test
    void withoutThisBuildsRecordTheDiffSaysToGenerateFirst() throws Exception {
        SelosteException e = assertThrows(SelosteException.class, () -> ChangeLogFiles.write(
                new RecordSource(publish("1.0", CATALOGUE), "com.example:clinic:1.0"),
                new RecordSource(dir.resolve("missing.json"), "com.example:clinic:1.1"), LANGUAGES, dir));
        assertTrue(e.getMessage().contains("[SELOSTE-M730] there is no record at "), e.getMessage());
    }
}
