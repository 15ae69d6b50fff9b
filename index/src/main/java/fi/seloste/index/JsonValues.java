package fi.seloste.index;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One JSON value read off the stream as plain Java values ({@code Map}, {@code List}, {@code String},
 * {@code Boolean}, {@code Number}, {@code null}), so an entry can be checked member by member in a fixed order
 * whatever order the file has them in, without a tree library.
 */
final class JsonValues {

    private JsonValues() {}

    /** Reads the value at the parser's current token, leaving the parser on its last token. */
    static Object read(JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> members = new LinkedHashMap<>(32); // an entry's members without a resize
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    if (members.containsKey(name)) {
                        throw duplicate(p, name);
                    }
                    p.nextToken();
                    members.put(name, read(p));
                }
                return members;
            }
            case START_ARRAY -> {
                List<Object> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p));
                }
                return items;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return token == JsonToken.VALUE_TRUE;
            }
            case VALUE_NUMBER_INT -> {
                // a number is never text: one beyond int stays a number (Long or BigInteger), so it is not read as
                // a text member nor shown quoted
                return p.getNumberType() == JsonParser.NumberType.INT ? (Object) p.getIntValue() : p.getNumberValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return p.getDoubleValue();
            }
            default -> {
                return null; // VALUE_NULL, and nothing else can stand here in valid JSON
            }
        }
    }

    /**
     * A member named twice in one object: the index is then unreadable. Checked here, on the map every object is read
     * into anyway, instead of by the parser's duplicate detection, which keeps a second set of names per object.
     */
    static com.fasterxml.jackson.core.JsonParseException duplicate(JsonParser p, String name) {
        return new com.fasterxml.jackson.core.JsonParseException(p, "Duplicate field '" + name + "'");
    }

    /** @return the value as compact JSON, for messages */
    static String show(Object value) {
        if (value instanceof String s) {
            StringBuilder out = new StringBuilder("\"");
            com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(s, out);
            return out.append('"').toString();
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            map.forEach((k, v) -> out.append(out.length() > 1 ? "," : "").append(show(k)).append(':').append(show(v)));
            return out.append('}').toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            list.forEach(v -> out.append(out.length() > 1 ? "," : "").append(show(v)));
            return out.append(']').toString();
        }
        return String.valueOf(value);
    }
}
