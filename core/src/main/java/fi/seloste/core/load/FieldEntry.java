package fi.seloste.core.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of an index's {@code fields} array, read straight off the JSON stream: building a Jackson tree for each
 * of 100,000 entries was most of the time spent reading a large index.
 *
 * <p>Members of the shape the processor writes (strings, arrays of strings, the labels object of strings, the
 * retention object of strings, a boolean {@code special}, an {@code int} {@code line}) go into plain slots. A member
 * of any other shape, an unknown member or a JSON {@code null} is read as a tree instead, and the entry is then
 * {@link #unusual()}: {@link #tree()} rebuilds the whole entry as the tree the tree reader would have built, so
 * unusual input gets exactly the checks and messages of that reader. A duplicate key anywhere in the entry fails
 * the whole index, as it does there.
 */
final class FieldEntry {

    /** The members with a slot, in the order of their bits in {@link #seen}. */
    private static final List<String> KNOWN = List.of("className", "field", "declaredIn", "javaType", "register",
            "specialCondition", "identityCodeGround", "sourceFile", "purposes", "sources", "categories", "subjects",
            "recipients", "labels", "retention", "special", "line");
    private static final int STRINGS = 8;
    private static final int LISTS = 13;
    private static final int LABELS = 13;
    private static final int RETENTION = 14;
    private static final int SPECIAL = 15;
    private static final int LINE = 16;
    private static final List<String> RETENTION_MEMBERS = List.of("period", "from", "criteria", "law");
    private static final Map<String, Integer> INDEX = new HashMap<>();

    static {
        for (int i = 0; i < KNOWN.size(); i++) {
            INDEX.put(KNOWN.get(i), i);
        }
    }

    /** Slot indexes, for {@link IndexReader}. */
    static final int CLASS_NAME = 0;
    static final int FIELD = 1;
    static final int DECLARED_IN = 2;
    static final int JAVA_TYPE = 3;
    static final int REGISTER = 4;
    static final int SPECIAL_CONDITION = 5;
    static final int IDENTITY_CODE_GROUND = 6;
    static final int SOURCE_FILE = 7;
    static final int PURPOSES = 0;
    static final int SOURCES = 1;
    static final int CATEGORIES = 2;
    static final int SUBJECTS = 3;
    static final int RECIPIENTS = 4;
    static final int PERIOD = 0;
    static final int FROM = 1;
    static final int CRITERIA = 2;
    static final int LAW = 3;

    private final JsonParser parser;
    private final ObjectMapper mapper;
    private final SharedValues shared;

    /** The string members, by their index in {@link #KNOWN}; {@code null} when absent or unusual. */
    final String[] strings = new String[STRINGS];
    /** The list members, by their index in {@link #KNOWN} minus {@link #STRINGS}; {@code null} when absent or unusual. */
    @SuppressWarnings("unchecked")
    final List<String>[] lists = new List[LISTS - STRINGS];
    /** The labels as key, text, key, text... in file order; {@code null} when absent or unusual. */
    List<String> labels;
    /** The retention's period, from, criteria and law; {@code null} when the retention is absent or unusual. */
    String[] retention;
    boolean hasSpecial;
    boolean special;
    boolean hasLine;
    int line;

    private int seen;
    /** Members read as trees, in file order; {@code null} while there are none. */
    private Map<String, JsonNode> unusual;

    private FieldEntry(JsonParser parser, ObjectMapper mapper, SharedValues shared) {
        this.parser = parser;
        this.mapper = mapper;
        this.shared = shared;
    }

    /**
     * @param parser at the entry's {@code START_OBJECT}; left at its {@code END_OBJECT}
     * @param mapper reads unusual members as trees, refusing duplicate keys in them
     * @param shared gives each string value once, straight from the parser's characters
     * @return the entry
     * @throws IOException when the JSON is broken or has a duplicate key
     */
    static FieldEntry read(JsonParser parser, ObjectMapper mapper, SharedValues shared) throws IOException {
        FieldEntry entry = new FieldEntry(parser, mapper, shared);
        entry.readMembers();
        return entry;
    }

    /** @return whether some member had another shape than the processor writes, so the entry must be read as a tree */
    boolean unusual() {
        return unusual != null;
    }

    /** @return the name of list slot {@code slot}, such as {@code purposes} */
    static String listName(int slot) {
        return KNOWN.get(STRINGS + slot);
    }

    /** @return the entry as the tree reader would have read it */
    ObjectNode tree() {
        JsonNodeFactory nodes = mapper.getNodeFactory();
        ObjectNode tree = nodes.objectNode();
        for (int i = 0; i < STRINGS; i++) {
            if (strings[i] != null) {
                tree.put(KNOWN.get(i), strings[i]);
            }
        }
        for (int i = STRINGS; i < LISTS; i++) {
            if (lists[i - STRINGS] != null) {
                ArrayNode array = tree.putArray(KNOWN.get(i));
                for (String item : lists[i - STRINGS]) {
                    array.add(item);
                }
            }
        }
        if (labels != null) {
            ObjectNode object = tree.putObject("labels");
            for (int i = 0; i < labels.size(); i += 2) {
                object.put(labels.get(i), labels.get(i + 1));
            }
        }
        if (retention != null) {
            ObjectNode object = tree.putObject("retention");
            for (int i = 0; i < RETENTION_MEMBERS.size(); i++) {
                if (retention[i] != null) {
                    object.put(RETENTION_MEMBERS.get(i), retention[i]);
                }
            }
        }
        if (hasSpecial) {
            tree.put("special", special);
        }
        if (hasLine) {
            tree.put("line", line);
        }
        if (unusual != null) {
            unusual.forEach(tree::set);
        }
        return tree;
    }

    private void readMembers() throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken token = parser.nextToken();
            Integer known = INDEX.get(name);
            int index = known == null ? -1 : known;
            if (index >= 0) {
                if ((seen & (1 << index)) != 0) {
                    throw duplicate(name);
                }
                seen |= 1 << index;
            } else if (unusual != null && unusual.containsKey(name)) {
                throw duplicate(name);
            }
            if (index >= 0 && index < STRINGS && token == JsonToken.VALUE_STRING) {
                strings[index] = text();
            } else if (index >= STRINGS && index < LISTS && token == JsonToken.START_ARRAY) {
                readList(name, index - STRINGS);
            } else if (index == LABELS && token == JsonToken.START_OBJECT) {
                readLabels();
            } else if (index == RETENTION && token == JsonToken.START_OBJECT) {
                readRetention();
            } else if (index == SPECIAL && (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE)) {
                hasSpecial = true;
                special = token == JsonToken.VALUE_TRUE;
            } else if (index == LINE && token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
                hasLine = true;
                line = parser.getIntValue();
            } else {
                unusual(name, mapper.readTree(parser));
            }
        }
    }

    private void readList(String name, int slot) throws IOException {
        List<String> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                ArrayNode array = mapper.getNodeFactory().arrayNode();
                for (String item : items) {
                    array.add(item);
                }
                do {
                    array.add((JsonNode) mapper.readTree(parser));
                } while (parser.nextToken() != JsonToken.END_ARRAY);
                unusual(name, array);
                return;
            }
            items.add(text());
        }
        lists[slot] = items;
    }

    private void readLabels() throws IOException {
        List<String> pairs = new ArrayList<>(6);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            for (int i = 0; i < pairs.size(); i += 2) {
                if (pairs.get(i).equals(key)) {
                    throw duplicate(key);
                }
            }
            if (parser.nextToken() != JsonToken.VALUE_STRING) {
                ObjectNode object = mapper.getNodeFactory().objectNode();
                for (int i = 0; i < pairs.size(); i += 2) {
                    object.put(pairs.get(i), pairs.get(i + 1));
                }
                object.set(key, mapper.readTree(parser));
                unusual("labels", rest(object));
                return;
            }
            pairs.add(key);
            pairs.add(text());
        }
        labels = pairs;
    }

    private void readRetention() throws IOException {
        String[] values = new String[RETENTION_MEMBERS.size()];
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int index = RETENTION_MEMBERS.indexOf(key);
            if (index >= 0 && values[index] != null) {
                throw duplicate(key);
            }
            if (index < 0 || parser.nextToken() != JsonToken.VALUE_STRING) {
                ObjectNode object = mapper.getNodeFactory().objectNode();
                for (int i = 0; i < values.length; i++) {
                    if (values[i] != null) {
                        object.put(RETENTION_MEMBERS.get(i), values[i]);
                    }
                }
                if (index < 0) {
                    parser.nextToken();
                }
                object.set(key, mapper.readTree(parser));
                unusual("retention", rest(object));
                return;
            }
            values[index] = text();
        }
        retention = values;
    }

    /** Reads the rest of an object as trees into {@code object}, refusing duplicate keys. */
    private ObjectNode rest(ObjectNode object) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            if (object.has(key)) {
                throw duplicate(key);
            }
            parser.nextToken();
            object.set(key, mapper.readTree(parser));
        }
        return object;
    }

    /** The current string value, shared with equal ones: most values recur, and then no String is made. */
    private String text() throws IOException {
        return shared.text(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
    }

    private void unusual(String name, JsonNode value) {
        if (unusual == null) {
            unusual = new LinkedHashMap<>();
        }
        unusual.put(name, value);
    }

    private static IOException duplicate(String name) {
        return new IOException("Duplicate field '" + name + "'");
    }
}
