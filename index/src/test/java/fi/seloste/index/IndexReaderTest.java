package fi.seloste.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The index is untrusted input: every malformed shape is a problem, never an exception, and good entries stay. */
class IndexReaderTest {

    private static final String FIELD = """
            {"className":"a.B","field":"f","javaType":"java.lang.String","purposes":["p"],"sources":["s"],
             "retention":{"period":"P4M","from":"COLLECTION"}}""";

    private static IndexReader.Reading read(String json) {
        return new IndexReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "g:dep:1.0");
    }

    @Test
    void readsAValidIndex() {
        IndexReader.Reading reading = read("""
                {"schemaVersion":1,"mode":"catalogue","fields":[%s],
                 "purposes":[{"key":"p","texts":{"fi":"Palvelu","sv":"Tjänst"},"basis":"CONTRACT","declaredIn":"a.P"}],
                 "registers":[{"id":"chat","names":{"fi":"Chat"}}],
                 "vocabulary":{"sources":[{"key":"s","texts":{"fi":"Asiakas"}}]}}""".formatted(FIELD));
        assertEquals(List.of(), reading.problems());
        Index index = reading.index();
        assertEquals(1, index.fields().size());
        assertEquals("f", index.fields().get(0).anyLabel(), "without a label the field name is used");
        assertEquals("g:dep:1.0", index.fields().get(0).origin());
        assertTrue(index.catalogueMode());
        assertEquals("Tjänst", index.purposes().get(0).texts().get("sv"));
        assertEquals("g:dep:1.0 (a.P)", index.purposes().get(0).whereDeclared());
        assertEquals("chat", index.registers().get(0).id());
        assertEquals(Vocabulary.SOURCES, index.terms().get(0).vocabulary());
    }

    @Test
    void anUndeclaredFieldMayNameItsRegister() {
        IndexReader.Reading reading = read("""
                {"schemaVersion":1,"mode":"free-text","fields":[],
                 "undeclared":[{"className":"a.B","field":"email","javaType":"java.lang.String","register":"chat",
                                "reason":"r"},
                               {"className":"a.B","field":"phone","javaType":"java.lang.String","reason":"r"}]}""");
        assertEquals(List.of(), reading.problems());
        assertEquals("chat", reading.index().undeclared().get(0).register());
        assertEquals(null, reading.index().undeclared().get(1).register(), "no register: the default one");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "{",
        "[]",
        "{\"schemaVersion\":1,\"schemaVersion\":1,\"fields\":[]}",
        "{\"schemaVersion\":1,\"fields\":[{\"className\":\"a.B\",\"className\":\"a.C\"}]}",
        "{\"schemaVersion\":1,\"fields\":[],\"vocabulary\":{\"sources\":[{\"key\":\"s\",\"texts\":{\"fi\":\"a\",\"fi\":\"b\"}}]}}",
        "{\"fields\":[],\"schemaVersion\":1,\"fields\":[]}",
        "{\"schemaVersion\":1,\"fields\":[]} {}",
        "{\"schemaVersion\":1,\"fields\":[]}]",
        "{\"schemaVersion\":1}",
        "{\"schemaVersion\":1,\"fields\":{}}",
        "{\"schemaVersion\":1,\"fields\":[],\"purposes\":{}}",
    })
    void corruptIndexIsUnreadable(String json) {
        IndexReader.Reading reading = read(json);
        assertEquals(List.of(), reading.index().fields());
        assertEquals(1, reading.problems().size(), reading.problems()::toString);
        IndexProblem.Kind kind = reading.problems().get(0).kind();
        assertTrue(kind == IndexProblem.Kind.UNREADABLE || kind == IndexProblem.Kind.VERSION_UNSUPPORTED, kind::name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"fields\":[]}", "{\"schemaVersion\":2,\"fields\":[]}", "{\"schemaVersion\":\"1\",\"fields\":[]}"})
    void foreignVersionIsRefused(String json) {
        IndexProblem problem = read(json).problems().get(0);
        assertEquals(IndexProblem.Kind.VERSION_UNSUPPORTED, problem.kind());
        assertTrue(List.of("(none)", "2", "\"1\"").contains(problem.subject()), problem.subject());
    }

    @Test
    void badEntriesAreEachReportedInAFixedOrderAndTheGoodOnesKept() {
        String badPeriod = FIELD.replace("P4M", "4 months");
        String badTrigger = FIELD.replace("COLLECTION", "WHENEVER").replace("\"f\"", "\"g\"");
        String noPurpose = FIELD.replace("[\"p\"]", "[]").replace("\"f\"", "\"h\"");
        String badPurpose = "{\"key\":\"x\",\"texts\":{\"sv\":\"bara svenska\"},\"basis\":\"CONSENT\"}";
        IndexReader.Reading reading = read("{\"schemaVersion\":1,\"fields\":[" + FIELD + "," + badPeriod + "," + badTrigger
                + "," + noPurpose + "],\"purposes\":[" + badPurpose + "]}");
        assertEquals(1, reading.index().fields().size());
        List<IndexProblem> problems = reading.problems();
        assertEquals(4, problems.size(), problems::toString);
        assertEquals(new IndexProblem(IndexProblem.Kind.ENTRY_INVALID, "purpose 'x'", "the Finnish text is missing"),
                problems.get(0), "declarations come first, although the file has them last");
        assertEquals("a.B.f", problems.get(1).subject());
        assertEquals("unknown from 'WHENEVER'", problems.get(2).detail());
        assertEquals("\"purposes\" is missing or empty", problems.get(3).detail());
    }

    /** Entries of every shape, valid or not: each is read or reported, never thrown. */
    static List<String> entries() {
        String full = """
                {"className":"a.B","field":"f","declaredIn":"a.A","javaType":"java.lang.String","register":"r",
                 "labels":{"fi":"Nimi <b>&</b>","sv":"Namn","en":"Name"},"purposes":["p","q"],"sources":["s"],
                 "categories":["c"],"subjects":["u"],"recipients":["x","y"],
                 "retention":{"period":"P1Y6M","from":"RELATIONSHIP_END","law":"Laki 1/2000"},
                 "special":true,"specialCondition":"EXPLICIT_CONSENT","identityCodeGround":"CONSENT",
                 "sourceFile":"a/B.java","line":12}""";
        return List.of(full, FIELD,
                FIELD.replace("\"className\":\"a.B\",", ""), FIELD.replace("\"a.B\"", "\"  \""), FIELD.replace("\"a.B\"", "42"),
                FIELD.replace("\"a.B\"", "null"), FIELD.replace("\"field\":\"f\",", ""), FIELD.replace("\"f\"", "[\"f\"]"),
                FIELD.replace("\"javaType\":\"java.lang.String\",", ""), FIELD.replace("\"java.lang.String\"", "{}"),
                FIELD.replace("{\"period\":\"P4M\",\"from\":\"COLLECTION\"}", "\"P4M\""),
                FIELD.replace("{\"period\":\"P4M\",\"from\":\"COLLECTION\"}", "{}"),
                FIELD.replace("\"from\":\"COLLECTION\"", "\"from\":\"COLLECTION\",\"criteria\":\"until x\""),
                FIELD.replace("\"period\":\"P4M\",\"from\":\"COLLECTION\"", "\"criteria\":\" \""),
                FIELD.replace("P4M", "4 months"), FIELD.replace(",\"from\":\"COLLECTION\"", ""),
                FIELD.replace("\"COLLECTION\"", "\"WHENEVER\""), FIELD.replace("\"COLLECTION\"", "3"),
                full.replace("\"sv\":\"Namn\"", "\"sv\":\" \""), full.replace("\"sv\":\"Namn\"", "\"swe\":\"Namn\""),
                full.replace("\"sv\":\"Namn\"", "\"sv\":5"), full.replace("\"sv\":\"Namn\"", "\"sv\":\"\\ud800\""),
                FIELD.replace("[\"p\"]", "[]"), FIELD.replace("[\"p\"]", "[\"p\",1]"), FIELD.replace("[\"s\"]", "[[\"s\"]]"),
                full.replace("\"special\":true", "\"special\":\"true\""), full.replace("\"line\":12", "\"line\":12.9"),
                full.replace("\"line\":12", "\"line\":99999999999"), full.replace("\"line\":12", "\"line\":true"),
                full.replace("\"EXPLICIT_CONSENT\"", "\"NONE\""), full.replace("\"CONSENT\"", "\"NOPE\""),
                FIELD.replace("\"className\":\"a.B\"", "\"key\":\"k\""),
                FIELD.replace("\"className\":\"a.B\",", "\"className\":\"a.B\",\"unknown\":{\"deep\":[{\"x\":null}]},"),
                "[]", "\"text\"", "null");
    }

    @ParameterizedTest
    @MethodSource("entries")
    void everyEntryIsReadOrReportedByName(String entry) {
        IndexReader.Reading reading = read("{\"schemaVersion\":1,\"fields\":[" + entry + "]}");
        assertEquals(1, reading.index().fields().size() + reading.problems().size(), reading.problems()::toString);
        for (IndexProblem problem : reading.problems()) {
            assertEquals(IndexProblem.Kind.ENTRY_INVALID, problem.kind());
            assertNotNull(problem.subject());
            assertNotNull(problem.detail());
        }
    }

    @Test
    void aNumberBeyondIntIsNotText() {
        IndexReader.Reading reading = read("{\"schemaVersion\":1,\"fields\":["
                + FIELD.replace("\"java.lang.String\"", "12345678901") + "]}");
        assertEquals(List.of(new IndexProblem(IndexProblem.Kind.ENTRY_INVALID, "a.B.f", "\"javaType\" is missing")),
                reading.problems());
        IndexReader.Reading version = read("{\"schemaVersion\":12345678901,\"fields\":[]}");
        assertEquals("12345678901", version.problems().get(0).subject(), "a number is shown as a number");
    }

    @Test
    void aLoneSurrogateIsNotText() {
        IndexReader.Reading reading = read("{\"schemaVersion\":1,\"fields\":[" + FIELD.replace("\"f\"", "\"f\\udc00\"") + "]}");
        assertTrue(reading.problems().get(0).detail().contains("half of a surrogate pair"), reading.problems()::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"className\":\"a.B\",\"className\":\"a.C\"}",
        "{\"labels\":{\"fi\":\"a\",\"fi\":\"b\"}}",
        "{\"retention\":{\"period\":\"P1Y\",\"period\":\"P2Y\"}}",
        "{\"purposes\":[{\"a\":1,\"a\":2}]}",
    })
    void aDuplicateKeyInAnEntryMakesTheIndexUnreadable(String entry) {
        IndexReader.Reading reading = read("{\"schemaVersion\":1,\"fields\":[" + FIELD + "," + entry + "]}");
        assertEquals(List.of(), reading.index().fields());
        assertEquals(IndexProblem.Kind.UNREADABLE, reading.problems().get(0).kind());
        assertTrue(reading.problems().get(0).detail().contains("Duplicate field"), reading.problems()::toString);
    }

    @Test
    void deepNestingIsRefused() {
        IndexReader.Reading reading = read("{\"schemaVersion\":1,\"fields\":[],\"x\":" + "[".repeat(100) + "]".repeat(100) + "}");
        assertEquals(IndexProblem.Kind.UNREADABLE, reading.problems().get(0).kind());
    }

    @Test
    void equalValuesOfEntriesAreShared() {
        IndexReader.Reading reading = read("{\"schemaVersion\":1,\"fields\":[" + FIELD + "," + FIELD.replace("\"f\"", "\"g\"") + "]}");
        List<PersonalField> fields = reading.index().fields();
        assertSame(fields.get(0).purposes(), fields.get(1).purposes());
        assertSame(fields.get(0).retention(), fields.get(1).retention());
    }

    @Test
    void aFloodOfInvalidEntriesIsCountedNotListed() {
        StringBuilder json = new StringBuilder("{\"schemaVersion\":1,\"fields\":[" + FIELD);
        for (int i = 0; i < 100_000; i++) {
            json.append(",{}");
        }
        json.append("],\"purposes\":[{\"key\":\"x\"},{\"key\":\"y\"}]}");
        IndexReader.Reading reading = read(json.toString());
        assertEquals(1, reading.index().fields().size(), "the good entry is kept");
        assertEquals(IndexReader.MAX_PROBLEMS, reading.problems().size());
        assertEquals(100_002 - IndexReader.MAX_PROBLEMS, reading.omitted());
        assertEquals("purpose 'x'", reading.problems().get(0).subject(), "the order is kept: declarations first");
        assertEquals("field 2", reading.problems().get(2).subject(), "the first field is good");
    }

    @Test
    void theLimitIsTheReadersAndAllProblemsAreListedBelowIt() {
        String two = "{\"schemaVersion\":1,\"fields\":[{},{}],\"undeclared\":[{}]}";
        IndexReader.Reading all = read(two);
        assertEquals(3, all.problems().size());
        assertEquals(0, all.omitted());
        IndexReader.Reading one = new IndexReader(1).read(new ByteArrayInputStream(two.getBytes(StandardCharsets.UTF_8)), "g");
        assertEquals(List.of("field 1"), one.problems().stream().map(IndexProblem::subject).toList());
        assertEquals(2, one.omitted());
    }

    @Test
    void aHugeListIsStreamedAndAnUnknownMemberIsSkippedUnread() {
        // every list is streamed, entry by entry, and an unknown member is skipped: neither is held as a whole
        StringBuilder bad = new StringBuilder("[");
        for (int i = 0; i < 300_000; i++) {
            bad.append(i == 0 ? "" : ",").append("{\"key\":\"k\"}");
        }
        bad.append(']');
        IndexReader.Reading reading = read("{\"schemaVersion\":1,\"unknown\":" + bad + ",\"vocabulary\":{\"categories\":" + bad
                + ",\"nonsense\":" + bad + "},\"fields\":[" + FIELD + "]}");
        assertEquals(1, reading.index().fields().size());
        assertEquals(IndexReader.MAX_PROBLEMS, reading.problems().size());
        assertEquals(300_000 - IndexReader.MAX_PROBLEMS, reading.omitted());
        assertEquals("categories 'k'", reading.problems().get(0).subject());
    }

    @Test
    void aVersionThatIsAStructureIsShownShort() {
        IndexReader.Reading reading = read("{\"schemaVersion\":[1,2,3],\"fields\":[]}");
        assertEquals(IndexProblem.Kind.VERSION_UNSUPPORTED, reading.problems().get(0).kind());
        assertEquals("[]", reading.problems().get(0).subject());
    }
}
