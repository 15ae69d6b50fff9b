package fi.seloste.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.seloste.core.diagnostic.Problem;
import fi.seloste.core.model.ModuleIndex;
import fi.seloste.core.model.PersonalField;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The index is untrusted input: every malformed shape is a problem naming the index, never a crash. */
class IndexReaderTest {

    private static final String FIELD = """
            {"className":"a.B","field":"f","javaType":"java.lang.String","purposes":["p"],"sources":["s"],
             "retention":{"period":"P4M","from":"COLLECTION"}}""";

    private final List<Problem> problems = new ArrayList<>();

    private ModuleIndex read(String json) {
        return new IndexReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "g:dep:1.0", problems);
    }

    @Test
    void readsAValidIndex() {
        ModuleIndex index = read("""
                {"schemaVersion":1,"mode":"catalogue","fields":[%s],
                 "purposes":[{"key":"p","texts":{"fi":"Palvelu","sv":"Tjänst"},"basis":"CONTRACT"}],
                 "registers":[{"id":"chat","names":{"fi":"Chat"}}],
                 "vocabulary":{"sources":[{"key":"s","texts":{"fi":"Asiakas"}}]}}""".formatted(FIELD));
        assertEquals(List.of(), problems);
        List<PersonalField> fields = index.fields();
        assertEquals(1, fields.size());
        assertEquals("f", fields.get(0).anyLabel(), "without a label the field name is used");
        assertEquals("g:dep:1.0", fields.get(0).origin());
        assertTrue(index.catalogueMode());
        assertEquals("Tjänst", index.purposes().get(0).texts().get("sv"));
        assertEquals("chat", index.registers().get(0).id());
        assertEquals(1, index.terms().size());
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
        ModuleIndex index = read(json);
        assertEquals(List.of(), index.fields());
        assertEquals(1, problems.size(), problems::toString);
        String message = problems.get(0).message();
        assertTrue(message.matches("\\[SELOSTE-M30[23]\\] the personal-data index g:dep:1\\.0 .*"), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"fields\":[]}", "{\"schemaVersion\":2,\"fields\":[]}", "{\"schemaVersion\":\"1\",\"fields\":[]}"})
    void foreignVersionIsRefused(String json) {
        read(json);
        assertEquals("SELOSTE-M303", problems.get(0).diagnostic().id());
    }

    @Test
    void badEntriesAreEachReportedAndTheGoodOnesKept() {
        String badPeriod = FIELD.replace("P4M", "4 months");
        String badTrigger = FIELD.replace("COLLECTION", "WHENEVER").replace("\"f\"", "\"g\"");
        String noPurpose = FIELD.replace("[\"p\"]", "[]").replace("\"f\"", "\"h\"");
        String badPurpose = "{\"key\":\"x\",\"texts\":{\"sv\":\"bara svenska\"},\"basis\":\"CONSENT\"}";
        ModuleIndex index = read("{\"schemaVersion\":1,\"fields\":[" + FIELD + "," + badPeriod + "," + badTrigger + "," + noPurpose
                + "],\"purposes\":[" + badPurpose + "]}");
        assertEquals(1, index.fields().size());
        assertEquals(4, problems.size(), problems::toString);
        assertTrue(problems.get(0).message().contains("invalid entry for purpose 'x': the Finnish text is missing"), problems.get(0).message());
        assertTrue(problems.get(1).message().contains("invalid entry for a.B.f"), problems.get(1).message());
        assertTrue(problems.get(2).message().contains("unknown from 'WHENEVER'"), problems.get(2).message());
        assertTrue(problems.get(3).message().contains("\"purposes\" is missing or empty"));
    }

    /** Entries of the usual shape and of every unusual one: each is read as a stream, the others as a tree. */
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
                FIELD.replace(",\n \"retention\":{\"period\":\"P4M\",\"from\":\"COLLECTION\"}", ""),
                FIELD.replace("{\"period\":\"P4M\",\"from\":\"COLLECTION\"}", "\"P4M\""),
                FIELD.replace("{\"period\":\"P4M\",\"from\":\"COLLECTION\"}", "[]"),
                FIELD.replace("{\"period\":\"P4M\",\"from\":\"COLLECTION\"}", "{}"),
                FIELD.replace("\"from\":\"COLLECTION\"", "\"from\":\"COLLECTION\",\"criteria\":\"until x\""),
                FIELD.replace("\"period\":\"P4M\",\"from\":\"COLLECTION\"", "\"criteria\":\" \""),
                FIELD.replace("\"period\":\"P4M\",\"from\":\"COLLECTION\"", "\"criteria\":\"until x\",\"law\":7"),
                FIELD.replace("P4M", "4 months"), FIELD.replace(",\"from\":\"COLLECTION\"", ""),
                FIELD.replace("\"COLLECTION\"", "\"WHENEVER\""), FIELD.replace("\"COLLECTION\"", "3"),
                FIELD.replace("\"from\":\"COLLECTION\"", "\"from\":\"COLLECTION\",\"extra\":{\"a\":[1]}"),
                FIELD.replace("\"P4M\"", "null"),
                full.replace("\"sv\":\"Namn\"", "\"sv\":\" \""), full.replace("\"sv\":\"Namn\"", "\"swe\":\"Namn\""),
                full.replace("\"sv\":\"Namn\"", "\"sv\":5"), full.replace("\"sv\":\"Namn\"", "\"SV\":\"Namn\""),
                full.replace("{\"fi\":\"Nimi <b>&</b>\",\"sv\":\"Namn\",\"en\":\"Name\"}", "\"Nimi\""),
                full.replace("{\"fi\":\"Nimi <b>&</b>\",\"sv\":\"Namn\",\"en\":\"Name\"}", "null"),
                full.replace("{\"fi\":\"Nimi <b>&</b>\",\"sv\":\"Namn\",\"en\":\"Name\"}", "{}"),
                FIELD.replace("[\"p\"]", "[]"), FIELD.replace("[\"p\"]", "[\" \"]"), FIELD.replace("[\"p\"]", "[\"p\",1]"),
                FIELD.replace("[\"p\"]", "\"p\""), FIELD.replace("[\"p\"]", "null"), FIELD.replace("\"purposes\":[\"p\"],", ""),
                FIELD.replace("\"sources\":[\"s\"],", ""), FIELD.replace("[\"s\"]", "[[\"s\"]]"),
                full.replace("[\"c\"]", "[]"), full.replace("[\"c\"]", "[null]"), full.replace("[\"c\"]", "{}"),
                full.replace("[\"x\",\"y\"]", "[\"x\",\"\"]"), full.replace("[\"u\"]", "[\"u\",{\"a\":1}]"),
                full.replace("\"special\":true", "\"special\":\"true\""), full.replace("\"special\":true", "\"special\":1"),
                full.replace("\"special\":true", "\"special\":false"), full.replace("\"special\":true", "\"special\":null"),
                full.replace("\"special\":true", "\"special\":\" TRUE \""),
                full.replace("\"line\":12", "\"line\":\"12\""), full.replace("\"line\":12", "\"line\":12.9"),
                full.replace("\"line\":12", "\"line\":99999999999"), full.replace("\"line\":12", "\"line\":-3"),
                full.replace("\"line\":12", "\"line\":true"), full.replace("\"a.A\"", "1"), full.replace("\"r\"", "[]"),
                full.replace("\"EXPLICIT_CONSENT\"", "false"), full.replace("\"a/B.java\"", "null"),
                FIELD.replace("\"className\":\"a.B\"", "\"key\":\"k\""), FIELD.replace("\"className\":\"a.B\"", "\"id\":\"i\""),
                FIELD.replace("\"className\":\"a.B\",", "\"className\":\"a.B\",\"unknown\":{\"deep\":[{\"x\":null}]},"));
    }

    @ParameterizedTest
    @MethodSource("entries")
    void anEntryStreamedRebuildsTheTreeJacksonReads(String entry) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        try (JsonParser parser = mapper.createParser(entry)) {
            parser.nextToken();
            assertEquals(mapper.readTree(entry), FieldEntry.read(parser, mapper, new SharedValues()).tree());
        }
    }

    @ParameterizedTest
    @MethodSource("entries")
    void anEntryOfTheUsualShapeGetsTheTreeReadersChecks(String entry) {
        // an unknown member sends the entry down the tree path and changes nothing else
        String unusual = entry.replaceFirst("\\{", "{\"zz\":1,");
        ModuleIndex streamed = read("{\"schemaVersion\":1,\"fields\":[" + entry + "]}");
        List<Problem> streamedProblems = List.copyOf(problems);
        problems.clear();
        ModuleIndex asTree = read("{\"schemaVersion\":1,\"fields\":[" + unusual + "]}");
        assertEquals(asTree.fields(), streamed.fields());
        assertEquals(problems, streamedProblems);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"className\":\"a.B\",\"className\":\"a.C\"}",
        "{\"labels\":{\"fi\":\"a\",\"fi\":\"b\"}}",
        "{\"labels\":{\"fi\":1,\"fi\":\"b\"}}",
        "{\"retention\":{\"period\":\"P1Y\",\"period\":\"P2Y\"}}",
        "{\"retention\":{\"x\":1,\"x\":2}}",
        "{\"zz\":1,\"zz\":2}",
        "{\"special\":true,\"special\":false}",
        "{\"purposes\":[{\"a\":1,\"a\":2}]}",
    })
    void aDuplicateKeyInAnEntryMakesTheIndexUnreadable(String entry) {
        ModuleIndex index = read("{\"schemaVersion\":1,\"fields\":[" + FIELD + "," + entry + "]}");
        assertEquals(List.of(), index.fields());
        assertEquals(1, problems.size(), problems::toString);
        assertEquals("SELOSTE-M302", problems.get(0).diagnostic().id());
        assertTrue(problems.get(0).message().contains("Duplicate field"), problems.get(0).message());
    }

    @Test
    void deepNestingIsRefused() {
        read("{\"schemaVersion\":1,\"fields\":[],\"x\":" + "[".repeat(100) + "]".repeat(100) + "}");
        assertEquals("SELOSTE-M302", problems.get(0).diagnostic().id());
    }
}
