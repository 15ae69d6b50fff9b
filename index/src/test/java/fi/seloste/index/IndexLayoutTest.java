package fi.seloste.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The layout kept beside an index lets a one-file recompile copy each class's entries unread: read back, it must give
 * runs that rewrite the index byte for byte, with the keys their entries use, and any layout that does not describe
 * the index exactly must be refused rather than trusted.
 */
class IndexLayoutTest {

    @ParameterizedTest
    @ValueSource(strings = {"clinic", "health-centre-catalogue", "health-centre-chat", "health-centre-customer",
        "undeclared-warning", "injection"})
    void runsReadThroughTheLayoutRewriteTheIndexByteForByte(String name) throws IOException {
        byte[] golden = golden(name);
        Index full = new IndexReader().read(new ByteArrayInputStream(golden), name).index();
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        IndexLayout layout = new IndexWriter().writeRuns(full, List.of(), written);
        assertEquals(new String(golden, StandardCharsets.UTF_8), written.toString(StandardCharsets.UTF_8),
                "writing with a layout changes no byte");

        IndexLayout read = IndexLayout.read(bytes(layout));
        assertNotNull(read, "a layout reads back");
        IndexReader.RunReading runs = new IndexReader().readWithLayout(ByteBuffer.wrap(golden), read, name);
        assertNotNull(runs);
        assertEquals(List.of(), runs.reading().problems());
        assertEquals(List.of(), runs.reading().index().fields(), "the entries are not read");

        // every class's run holds exactly its entries, and says which keys they use
        List<PersonalField> again = new ArrayList<>();
        for (EntryRun run : runs.runs()) {
            List<PersonalField> entries = run.entries();
            assertEquals(run.count(), entries.size());
            entries.forEach(f -> assertEquals(run.className(), f.className()));
            assertEquals(union(entries, f -> f.purposes()), run.purposes());
            assertEquals(union(entries, f -> f.sources()), run.sources());
            assertEquals(union(entries, f -> f.categories()), run.categories());
            assertEquals(union(entries, f -> f.subjects()), run.subjects());
            assertEquals(union(entries, f -> f.recipients()), run.recipients());
            assertEquals(union(entries, f -> f.register() == null ? List.of() : List.of(f.register())), run.registers());
            assertEquals(union(entries, f -> f.declaredIn() == null ? List.of() : List.of(f.declaredIn())), run.declaredIns());
            assertEquals(entries.stream().anyMatch(f -> f.sourceFile() != null), run.positioned());
            again.addAll(entries);
        }
        assertEquals(full.fields(), again);

        // copy every other class's run, rewrite the rest from records: the merge of a one-file recompile
        List<EntryRun> copied = new ArrayList<>();
        List<PersonalField> own = new ArrayList<>();
        for (int i = 0; i < runs.runs().size(); i++) {
            if (i % 2 == 0) {
                copied.add(runs.runs().get(i));
            } else {
                own.addAll(runs.runs().get(i).entries());
            }
        }
        Index rest = runs.reading().index();
        Index merged = new Index(rest.schemaVersion(), rest.generator(), rest.mode(), rest.registers(), rest.purposes(),
                rest.terms(), own, rest.undeclared(), null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IndexLayout next = new IndexWriter().writeRuns(merged, copied, out);
        assertEquals(new String(golden, StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8));
        assertEquals(new String(bytes(layout), StandardCharsets.UTF_8), new String(bytes(next), StandardCharsets.UTF_8),
                "and the same layout");
    }

    @Test
    void keysWithTabsCommasLineBreaksAndPercentSignsSurviveTheLayout() throws IOException {
        List<String> odd = List.of("a,b", "tab\there", "line\nbreak", "100 %", "%2C", "", "ä € 𝄞");
        IndexLayout layout = new IndexLayout("gen\t1", 100, "crc32:00000000", 10, 50, List.of(
                new IndexLayout.ClassRun("a.B", 10, 30, 2, true, List.of(), odd, odd, List.of("x"), List.of(), odd, List.of()),
                new IndexLayout.ClassRun("a.C", 30, 50, 1, false, odd, List.of(), List.of("x"), odd, odd, List.of(), odd)));
        IndexLayout read = IndexLayout.read(bytes(layout));
        assertNotNull(read);
        assertEquals("gen\t1", read.generator());
        assertEquals(layout.runs(), read.runs());
        assertEquals(List.of(10L, 30L), read.runs().stream().map(IndexLayout.ClassRun::start).toList());
    }

    @Test
    void anyChangedOrMissingByteMakesTheLayoutRefusedOrReadAsWritten() throws IOException {
        byte[] golden = golden("health-centre-customer");
        Index full = new IndexReader().read(new ByteArrayInputStream(golden), "x").index();
        IndexLayout layout = new IndexWriter().writeRuns(full, List.of(), new ByteArrayOutputStream());
        byte[] bytes = bytes(layout);
        for (int cut = 0; cut < bytes.length; cut++) {
            assertNull(IndexLayout.read(java.util.Arrays.copyOf(bytes, cut)), "cut at " + cut);
        }
        for (int i = 0; i < bytes.length; i++) {
            byte[] changed = bytes.clone();
            changed[i] = (byte) (changed[i] ^ 0x11);
            assertNull(IndexLayout.read(changed), "byte " + i + " changed");
        }
    }

    @Test
    void aLayoutThatDoesNotDescribeTheIndexIsRefused() throws IOException {
        byte[] golden = golden("health-centre-customer");
        Index full = new IndexReader().read(new ByteArrayInputStream(golden), "x").index();
        IndexLayout layout = new IndexWriter().writeRuns(full, List.of(), new ByteArrayOutputStream());
        assertNotNull(new IndexReader().readWithLayout(ByteBuffer.wrap(golden), layout, "x"));

        String text = new String(golden, StandardCharsets.UTF_8);
        int line = text.indexOf("\"line\" : ");
        assertTrue(line > 0);
        byte[] edited = (text.substring(0, line) + "\"line\" : 9" + text.substring(line + 9)).getBytes(StandardCharsets.UTF_8);
        assertNull(new IndexReader().readWithLayout(ByteBuffer.wrap(edited), layout, "x"), "an edited entry, same length");
        byte[] longer = (text + " ").getBytes(StandardCharsets.UTF_8);
        assertNull(new IndexReader().readWithLayout(ByteBuffer.wrap(longer), layout, "x"), "another length");
        int mode = text.indexOf("\"mode\" : \"");
        byte[] header = (text.substring(0, mode) + "\"mode\" : \"X" + text.substring(mode + 11)).getBytes(StandardCharsets.UTF_8);
        IndexReader.RunReading otherHeader = new IndexReader().readWithLayout(ByteBuffer.wrap(header), layout, "x");
        assertNotNull(otherHeader, "the header is read, not trusted");
        assertEquals("X" + full.mode().substring(1), otherHeader.reading().index().mode());

        // runs that do not start at an entry
        List<IndexLayout.ClassRun> shifted = new ArrayList<>();
        for (IndexLayout.ClassRun r : layout.runs()) {
            shifted.add(new IndexLayout.ClassRun(r.className(), r.start(), r.end() - (r.end() == layout.fieldsEnd() ? 0 : 3),
                    r.count(), r.positioned(), r.declaredIns(), r.registers(), r.purposes(), r.sources(), r.categories(),
                    r.subjects(), r.recipients()));
        }
        IndexLayout wrong = new IndexLayout(layout.generator(), layout.length(), layout.fieldsDigest(), layout.fieldsStart(),
                layout.fieldsEnd(), shifted);
        assertTrue(layout.runs().size() > 1);
        assertNull(new IndexReader().readWithLayout(ByteBuffer.wrap(golden), IndexLayout.read(bytes(wrong)), "x"));
    }

    private static List<String> union(List<PersonalField> entries, java.util.function.Function<PersonalField, List<String>> of) {
        Set<String> keys = new TreeSet<>();
        entries.forEach(f -> keys.addAll(of.apply(f)));
        return List.copyOf(keys);
    }

    private static byte[] bytes(IndexLayout layout) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        layout.write(out);
        return out.toByteArray();
    }

    private byte[] golden(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("golden/" + name + ".json")) {
            return in.readAllBytes();
        }
    }
}
