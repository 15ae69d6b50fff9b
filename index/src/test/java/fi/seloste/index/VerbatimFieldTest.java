package fi.seloste.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Entries carried over byte for byte give the index a full read and write would: what an incremental build keeps
 * of a large index is copied, not rebuilt, and must not change a byte.
 */
class VerbatimFieldTest {

    @ParameterizedTest
    @ValueSource(strings = {"clinic", "health-centre-catalogue", "health-centre-chat", "health-centre-customer",
        "undeclared-warning", "injection"})
    void entriesCopiedVerbatimAmongRewrittenOnesGiveTheSameBytes(String name) throws IOException {
        byte[] golden = golden(name);
        IndexReader.VerbatimReading skimmed = new IndexReader().readKeepingFieldsVerbatim(golden, name);
        assertEquals(List.of(), skimmed.reading().problems());
        assertTrue(skimmed.intact(), "the digest the writer wrote matches the bytes");
        Index full = new IndexReader().read(new ByteArrayInputStream(golden), name).index();
        assertEquals(full.fields().size(), skimmed.fields().size());
        List<PersonalField> own = new ArrayList<>();
        List<EntryRun> copied = new ArrayList<>();
        for (int i = 0; i < skimmed.fields().size(); i++) {
            VerbatimField v = skimmed.fields().get(i);
            assertEquals(full.fields().get(i), v.entry(), "the whole entry reads as read() reads it");
            assertEquals(full.fields().get(i).key(), v.key());
            assertEquals(full.fields().get(i).purposes(), v.purposes());
            assertEquals(full.fields().get(i).sources(), v.sources());
            assertEquals(full.fields().get(i).categories(), v.categories());
            assertEquals(full.fields().get(i).subjects(), v.subjects());
            assertEquals(full.fields().get(i).recipients(), v.recipients());
            assertEquals(full.fields().get(i).register(), v.register());
            assertEquals(full.fields().get(i).declaredIn(), v.declaredIn());
            assertEquals(full.fields().get(i).sourceFile() != null, v.positioned());
        }
        // every other class's skimmed entries copied as one run, the rest rewritten from records
        List<EntryRun> runs = EntryRun.runs(skimmed.fields());
        for (int i = 0; i < runs.size(); i++) {
            if (i % 2 == 0) {
                own.addAll(runs.get(i).entries());
            } else {
                copied.add(runs.get(i));
            }
        }
        Index rest = new Index(full.schemaVersion(), full.generator(), full.mode(), full.registers(), full.purposes(),
                full.terms(), own, full.undeclared(), null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new IndexWriter().writeRuns(rest, copied, out);
        assertEquals(new String(golden, StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anEntryThatCannotBeSkimmedIsAProblemAndNotCopied() {
        String json = """
                {"schemaVersion": 1, "generator": "g", "mode": "free-text", "registers": [], "purposes": [],
                 "vocabulary": {}, "fields": [
                   {"className": "a.B", "field": "x", "purposes": ["p", 3]},
                   {"className": 7, "field": "y"},
                   "text",
                   {"className": "a.B", "field": "z", "labels": {"fi": "Z"}}
                 ], "undeclared": []}
                """;
        IndexReader.VerbatimReading skimmed = new IndexReader().readKeepingFieldsVerbatim(
                json.getBytes(StandardCharsets.UTF_8), "test");
        assertEquals(List.of("a.B#z"), skimmed.fields().stream().map(VerbatimField::key).toList());
        List<String> problems = skimmed.reading().problems().stream().map(p -> p.subject() + ": " + p.detail()).toList();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("a.B.x: purposes is not a list of texts"), problems.toString());
        assertTrue(problems.get(1).contains("className is not a text"), problems.toString());
        assertTrue(problems.get(2).contains("not an object"), problems.toString());
    }

    @Test
    void anyChangedByteInTheEntriesOrAMissingDigestMeansNotIntact() throws IOException {
        String golden = new String(golden("clinic"), StandardCharsets.UTF_8);
        int line = golden.indexOf("\"line\" : ");
        assertTrue(line > 0);
        String edited = golden.substring(0, line) + "\"line\" : 9" + golden.substring(line + "\"line\" : ".length());
        assertEquals(false, skim(edited).intact(), "an edited entry");
        String reindented = golden.replaceFirst("\n      \"field\"", "\n        \"field\"");
        assertEquals(false, skim(reindented).intact(), "an entry laid out otherwise");
        String withoutDigest = golden.replaceAll(",\n  \"fieldsDigest\" : \"crc32:[0-9a-f]{8}\"", "");
        assertTrue(!withoutDigest.contains("fieldsDigest"));
        IndexReader.VerbatimReading older = skim(withoutDigest);
        assertEquals(List.of(), older.reading().problems(), "an index without the digest is valid");
        assertEquals(false, older.intact(), "but its entries are not copied unread");
        assertTrue(skim(golden).intact());
    }

    private static IndexReader.VerbatimReading skim(String json) {
        return new IndexReader().readKeepingFieldsVerbatim(json.getBytes(StandardCharsets.UTF_8), "test");
    }

    private byte[] golden(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("golden/" + name + ".json")) {
            return in.readAllBytes();
        }
    }
}
