package fi.seloste.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.seloste.LegalBasis;
import fi.seloste.RetentionPeriod;
import fi.seloste.RetentionTrigger;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The writer gives the one form of an index: what the processor wrote before the contract had a module of its own. */
class IndexWriterTest {

    /**
     * Indexes the processor wrote through Jackson's object mapper, before this writer existed (the examples and two
     * integration tests): read and written again, each gives the same bytes.
     */
    @ParameterizedTest
    @ValueSource(strings = {"clinic", "health-centre-catalogue", "health-centre-chat", "health-centre-customer",
        "undeclared-warning", "injection"})
    void anIndexReadAndWrittenAgainIsTheSameBytes(String name) throws IOException {
        byte[] golden;
        try (InputStream in = getClass().getResourceAsStream("golden/" + name + ".json")) {
            golden = in.readAllBytes();
        }
        IndexReader.Reading reading = new IndexReader().read(new ByteArrayInputStream(golden), name);
        assertEquals(List.of(), reading.problems());
        assertEquals(new String(golden, StandardCharsets.UTF_8), write(reading.index()));
    }

    @Test
    void entriesAreSortedAndEmptyMembersLeftOut() throws IOException {
        PersonalField b = field("a.B", "b");
        PersonalField a = field("a.B", "a");
        PersonalField first = field("a.A", "z");
        Term source = new Term(Vocabulary.SOURCES, "s", Map.of("sv", "K", "fi", "A"), false, false, null, null, null,
                fi.seloste.SourceKind.DATA_SUBJECT, "x.Sources", null);
        Purpose purpose = new Purpose("p", Map.of("fi", "P"), LegalBasis.CONTRACT, null, null, false, null,
                "x.Purposes", null);
        String json = write(new Index(1, "test", IndexFormat.MODE_CATALOGUE, List.of(), List.of(purpose),
                List.of(source), List.of(b, a, first), List.of(), null));
        assertEquals(List.of("a.A#z", "a.B#a", "a.B#b"), read(json).fields().stream().map(PersonalField::key).toList());
        assertEquals(-1, json.indexOf("\"labels\""), "empty labels are left out");
        assertEquals(-1, json.indexOf("\"declaredIn\" : null"), "absent texts are left out");
        assertEquals(true, json.indexOf("\"fi\" : \"A\"") < json.indexOf("\"sv\" : \"K\""), "texts sorted by language");
        assertEquals(true, json.contains("\"categories\" : [ ]"), "every vocabulary is written, empty or not");
        assertEquals(true, json.endsWith("}\n") && !json.contains("\r"), "\\n line ends, one at the end");
    }

    @Test
    void whatIsWrittenReadsBackEqual() throws IOException {
        PersonalField f = field("a.B", "f");
        Index index = new Index(1, "test", IndexFormat.MODE_FREE_TEXT, List.of(), List.of(), List.of(), List.of(f),
                List.of(new Undeclared("a.B", "email", "java.lang.String", null, "name 'email'", "a/B.java", 7, null),
                        new Undeclared("a.B", "phone", "java.lang.String", "chat", "name 'phone'", "a/B.java", 8, null)),
                null);
        Index again = read(write(index));
        assertEquals(List.of(f.from("test")), again.fields());
        assertEquals("email", again.undeclared().get(0).field());
        assertEquals(null, again.undeclared().get(0).register(), "the default register is left out");
        assertEquals("chat", again.undeclared().get(1).register());
        byte[] once = write(index).getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(once, write(again).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anUndeclaredFieldNamesItsRegisterAfterItsType() throws IOException {
        Index index = new Index(1, "test", IndexFormat.MODE_FREE_TEXT, List.of(), List.of(), List.of(), List.of(),
                List.of(new Undeclared("a.B", "email", "java.lang.String", "chat", "name 'email'", null, 0, null)), null);
        String json = write(index);
        assertEquals(true, json.contains("\"javaType\" : \"java.lang.String\",\n      \"register\" : \"chat\",\n"
                + "      \"reason\" : \"name 'email'\"\n    }"), json);
    }

    static PersonalField field(String className, String field) {
        return new PersonalField(className, field, null, "java.lang.String", null, Map.of(), List.of("p"),
                List.of("s"), List.of(), List.of(), List.of(),
                new Retention(RetentionPeriod.parse("P4M"), RetentionTrigger.COLLECTION, null, null), false, null, null,
                null, null, "a/B.java", 3, null);
    }

    private static Index read(String json) {
        IndexReader.Reading reading = new IndexReader().read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test");
        assertEquals(List.of(), reading.problems());
        return reading.index();
    }

    private static String write(Index index) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new IndexWriter().write(index, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
