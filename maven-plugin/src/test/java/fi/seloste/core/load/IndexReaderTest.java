package fi.seloste.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.seloste.core.Problem;
import fi.seloste.core.model.ModuleIndex;
import fi.seloste.core.model.PersonalField;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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

    @Test
    void deepNestingIsRefused() {
        read("{\"schemaVersion\":1,\"fields\":[],\"x\":" + "[".repeat(100) + "]".repeat(100) + "}");
        assertEquals("SELOSTE-M302", problems.get(0).diagnostic().id());
    }
}
