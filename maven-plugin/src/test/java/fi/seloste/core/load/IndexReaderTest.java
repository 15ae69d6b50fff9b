package fi.seloste.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.seloste.core.Problem;
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

    private List<PersonalField> read(String json) {
        return new IndexReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "dep.jar", problems);
    }

    @Test
    void readsAValidIndex() {
        List<PersonalField> fields = read("{\"schemaVersion\":1,\"fields\":[" + FIELD + "]}");
        assertEquals(List.of(), problems);
        assertEquals(1, fields.size());
        assertEquals("f", fields.get(0).label(), "without a label the field name is used");
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
    })
    void corruptIndexIsUnreadable(String json) {
        List<PersonalField> fields = read(json);
        assertEquals(List.of(), fields);
        assertEquals(1, problems.size(), problems::toString);
        String message = problems.get(0).message();
        assertTrue(message.matches("\\[SELOSTE-M30[23]\\] the personal-data index dep\\.jar .*"), message);
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
        List<PersonalField> fields = read("{\"schemaVersion\":1,\"fields\":[" + FIELD + "," + badPeriod + "," + badTrigger + "," + noPurpose + "]}");
        assertEquals(1, fields.size());
        assertEquals(3, problems.size(), problems::toString);
        assertTrue(problems.get(0).message().contains("invalid entry for a.B.f"), problems.get(0).message());
        assertTrue(problems.get(1).message().contains("unknown retention trigger 'WHENEVER'"));
        assertTrue(problems.get(2).message().contains("\"purposes\" is missing or empty"));
    }

    @Test
    void deepNestingIsRefused() {
        read("{\"schemaVersion\":1,\"fields\":[],\"x\":" + "[".repeat(100) + "]".repeat(100) + "}");
        assertEquals("SELOSTE-M302", problems.get(0).diagnostic().id());
    }
}
