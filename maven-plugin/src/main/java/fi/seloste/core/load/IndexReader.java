package fi.seloste.core.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.JsonFactory;
import fi.seloste.RetentionPeriod;
import fi.seloste.RetentionTrigger;
import fi.seloste.core.Diagnostic;
import fi.seloste.core.Problem;
import fi.seloste.core.model.PersonalField;
import fi.seloste.core.model.RetentionRule;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a personal-data index written by seloste-processor, treating it as untrusted input: bounded
 * size, no duplicate keys, no trailing data, no polymorphic typing, and a checked schema version.
 */
public final class IndexReader {

    /** Where the processor puts the index, inside class output folders and jars. */
    public static final String LOCATION = "META-INF/seloste/personal-data.json";

    /** The index format version this reader understands. */
    public static final int SCHEMA_VERSION = 1;

    /** Larger indexes are refused before parsing. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;

    private final ObjectMapper mapper = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxDocumentLength(MAX_BYTES)
                            .maxNestingDepth(16)
                            .maxStringLength(64 * 1024)
                            .maxNumberLength(12)
                            .build())
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /**
     * @param in the index bytes
     * @param origin where it came from, for messages (a path or {@code group:artifact:version})
     * @param problems where problems are added
     * @return the fields read; those with problems are left out and reported
     */
    public List<PersonalField> read(InputStream in, String origin, List<Problem> problems) {
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (IOException e) {
            problems.add(Diagnostic.INDEX_UNREADABLE.problem(origin, firstLine(e.getMessage())));
            return List.of();
        }
        if (root == null || !root.isObject()) {
            problems.add(Diagnostic.INDEX_UNREADABLE.problem(origin, "it is not a JSON object"));
            return List.of();
        }
        JsonNode version = root.get("schemaVersion");
        if (version == null || !version.isInt() || version.asInt() != SCHEMA_VERSION) {
            problems.add(Diagnostic.INDEX_VERSION_UNSUPPORTED.problem(origin, version == null ? "(none)" : version.toString(), SCHEMA_VERSION));
            return List.of();
        }
        JsonNode fields = root.get("fields");
        if (fields == null || !fields.isArray()) {
            problems.add(Diagnostic.INDEX_UNREADABLE.problem(origin, "it has no \"fields\" array"));
            return List.of();
        }
        List<PersonalField> result = new ArrayList<>();
        int position = 0;
        for (JsonNode node : fields) {
            position++;
            String where = text(node, "className") + "." + text(node, "field");
            try {
                result.add(field(node));
            } catch (IllegalArgumentException e) {
                problems.add(Diagnostic.INDEX_ENTRY_INVALID.problem(origin,
                        where.equals("null.null") ? "entry " + position : where, e.getMessage()));
            }
        }
        return result;
    }

    private static PersonalField field(JsonNode node) {
        String className = required(node, "className");
        String field = required(node, "field");
        JsonNode retention = node.get("retention");
        if (retention == null || !retention.isObject()) {
            throw new IllegalArgumentException("\"retention\" is missing");
        }
        RetentionPeriod period = RetentionPeriod.parse(required(retention, "period"));
        RetentionTrigger from;
        try {
            from = RetentionTrigger.valueOf(required(retention, "from"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown retention trigger '" + text(retention, "from") + "'");
        }
        String label = text(node, "label");
        return new PersonalField(
                className,
                field,
                required(node, "javaType"),
                label == null ? field : label,
                texts(node, "purposes"),
                texts(node, "sources"),
                new RetentionRule(period, from),
                text(node, "sourceFile"),
                node.path("line").asInt(0));
    }

    private static String required(JsonNode node, String name) {
        String value = text(node, name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("\"" + name + "\" is missing");
        }
        return value;
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    private static List<String> texts(JsonNode node, String name) {
        JsonNode array = node.get(name);
        if (array == null || !array.isArray() || array.isEmpty()) {
            throw new IllegalArgumentException("\"" + name + "\" is missing or empty");
        }
        List<String> result = new ArrayList<>();
        for (JsonNode item : array) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw new IllegalArgumentException("\"" + name + "\" holds a blank or non-text value");
            }
            result.add(item.asText());
        }
        return result;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
