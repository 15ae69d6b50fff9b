package fi.seloste.core.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import fi.seloste.IdentityCodeGround;
import fi.seloste.LegalBasis;
import fi.seloste.RecipientKind;
import fi.seloste.RetentionPeriod;
import fi.seloste.RetentionTrigger;
import fi.seloste.SpecialCategoryCondition;
import fi.seloste.TransferSafeguard;
import fi.seloste.core.diagnostic.Diagnostic;
import fi.seloste.core.diagnostic.Problem;
import fi.seloste.core.model.ModuleIndex;
import fi.seloste.core.model.PersonalField;
import fi.seloste.core.model.Purpose;
import fi.seloste.core.model.Register;
import fi.seloste.core.model.RetentionRule;
import fi.seloste.core.model.Term;
import fi.seloste.core.model.Undeclared;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a personal-data index written by seloste-processor, treating it as untrusted input: bounded
 * size, no duplicate keys, no trailing data, no polymorphic typing, a checked schema version, and
 * every entry validated; a bad entry is reported with its origin and the others are still read.
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
            // duplicate keys are refused by the tree reader, which sees them in the map it builds anyway, and in the
            // root object by read(); the parser's own detection would keep a second set of names for every object
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    /** Values shared between the entries this reader reads: one reader serves one run. */
    private final SharedValues shared = new SharedValues();
    private final String[] previousValues = new String[FieldEntry.SOURCE_FILE + 1];

    /**
     * Reads an index. The {@code fields} array, which holds almost all of a large index, is read one entry at a
     * time and never as one tree, and equal values are shared between entries, so memory grows by tens of bytes
     * per field; the rest of the index is small and read as a tree. Problems are reported in the same order and
     * with the same precedence whatever the order of the members in the file.
     *
     * @param in the index bytes
     * @param origin where it came from, for messages ({@code group:artifact:version} or a path)
     * @param problems where problems are added
     * @return the index; entries with problems are left out and reported
     */
    public ModuleIndex read(InputStream in, String origin, List<Problem> problems) {
        ModuleIndex empty = new ModuleIndex(origin, false, List.of(), List.of(), List.of(), List.of(), List.of());
        Map<String, JsonNode> members = new HashMap<>();
        boolean fieldsArray = false;
        List<PersonalField> result = new ArrayList<>();
        List<Problem> fieldProblems = new ArrayList<>();
        try (JsonParser parser = mapper.createParser(in)) {
            JsonToken token = parser.nextToken();
            if (token != JsonToken.START_OBJECT) {
                if (token != null) {
                    mapper.readTree(parser); // a syntax error further on is reported as such, as for any index
                    verifyEnd(parser);
                }
                problems.add(Diagnostic.INDEX_UNREADABLE.problem(origin, "it is not a JSON object"));
                return empty;
            }
            Set<String> names = new HashSet<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                if (!names.add(name)) {
                    throw new IOException("Duplicate field '" + name + "'");
                }
                if (parser.nextToken() == JsonToken.START_ARRAY && name.equals("fields")) {
                    fieldsArray = true;
                    int position = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        position++;
                        if (parser.currentToken() != JsonToken.START_OBJECT) {
                            entry(mapper.readTree(parser), position, origin, fieldProblems, "field", n -> result.add(field(n, origin)));
                            continue;
                        }
                        FieldEntry entry = FieldEntry.read(parser, mapper, shared);
                        if (entry.unusual()) {
                            entry(entry.tree(), position, origin, fieldProblems, "field", n -> result.add(field(n, origin)));
                            continue;
                        }
                        try {
                            PersonalField read = field(entry, origin);
                            if (shared.loneSurrogateSeen()) {
                                wholeTexts(read);
                            }
                            result.add(read);
                        } catch (IllegalArgumentException e) {
                            String className = entry.strings[FieldEntry.CLASS_NAME];
                            String what = className != null ? className + "." + entry.strings[FieldEntry.FIELD] : "field " + position;
                            fieldProblems.add(Diagnostic.INDEX_ENTRY_INVALID.problem(origin, what, e.getMessage()));
                        }
                    }
                } else {
                    members.put(name, mapper.readTree(parser));
                }
            }
            verifyEnd(parser);
        } catch (IOException e) {
            problems.add(Diagnostic.INDEX_UNREADABLE.problem(origin, firstLine(e.getMessage())));
            return empty;
        }
        JsonNode version = members.get("schemaVersion");
        if (version == null || !version.isInt() || version.asInt() != SCHEMA_VERSION) {
            problems.add(Diagnostic.INDEX_VERSION_UNSUPPORTED.problem(origin, version == null ? "(none)" : version.toString(), SCHEMA_VERSION));
            return empty;
        }
        if (!fieldsArray) {
            problems.add(Diagnostic.INDEX_UNREADABLE.problem(origin, "it has no \"fields\" array"));
            return empty;
        }
        List<Register> registers = new ArrayList<>();
        each(members.get("registers"), origin, problems, "register", node -> registers.add(new Register(
                required(node, "id"), texts(node.get("names"), true), texts(node.get("descriptions"), false),
                strings(node, "subjects", false), strings(node, "purposes", false),
                node.path("publicAuthority").asBoolean(false), origin(node, origin))));
        List<Purpose> purposes = new ArrayList<>();
        each(members.get("purposes"), origin, problems, "purpose", node -> purposes.add(new Purpose(
                required(node, "key"), texts(node.get("texts"), true), enumValue(LegalBasis.class, node, "basis", true),
                texts(node.get("legitimateInterest"), false),
                enumValue(SpecialCategoryCondition.class, node, "specialCondition", false), origin(node, origin))));
        List<Term> terms = new ArrayList<>();
        JsonNode vocabulary = members.get("vocabulary");
        for (Term.Vocabulary kind : Term.Vocabulary.values()) {
            each(vocabulary == null ? null : vocabulary.get(kind.indexName()), origin, problems, kind.indexName(),
                    node -> terms.add(new Term(kind, required(node, "key"), texts(node.get("texts"), true),
                            node.path("special").asBoolean(false), node.path("identityCode").asBoolean(false),
                            enumValue(RecipientKind.class, node, "kind", kind == Term.Vocabulary.RECIPIENTS),
                            text(node, "country"), enumValue(TransferSafeguard.class, node, "safeguard", false),
                            origin(node, origin))));
        }
        problems.addAll(fieldProblems);
        List<Undeclared> undeclared = new ArrayList<>();
        each(members.get("undeclared"), origin, problems, "undeclared field", node -> undeclared.add(new Undeclared(
                required(node, "className"), required(node, "field"), required(node, "reason"),
                text(node, "sourceFile"), node.path("line").asInt(0), origin)));
        JsonNode mode = members.get("mode");
        boolean catalogue = mode != null && mode.isTextual() && mode.asText().equals("catalogue");
        return new ModuleIndex(origin, catalogue, registers, purposes, terms, result, undeclared);
    }

    /** Nothing may follow the index's one JSON value. */
    private static void verifyEnd(JsonParser parser) throws IOException {
        JsonToken trailing = parser.nextToken();
        if (trailing != null) {
            throw new IOException("Trailing token (of type " + trailing + ") found after the index: not allowed");
        }
    }

    private interface EntryReader {
        void read(JsonNode node);
    }

    private static void each(JsonNode array, String origin, List<Problem> problems, String what, EntryReader reader) {
        if (array == null || array.isNull()) {
            return;
        }
        if (!array.isArray()) {
            problems.add(Diagnostic.INDEX_UNREADABLE.problem(origin, "its " + what + " list is not an array"));
            return;
        }
        int position = 0;
        for (JsonNode node : array) {
            entry(node, ++position, origin, problems, what, reader);
        }
    }

    private static void entry(JsonNode node, int position, String origin, List<Problem> problems, String what, EntryReader reader) {
        try {
            if (!node.isObject()) {
                throw new IllegalArgumentException("it is not an object");
            }
            reader.read(node);
        } catch (IllegalArgumentException e) {
            String name = text(node, "className") != null ? text(node, "className") + "." + text(node, "field")
                    : text(node, "key") != null ? what + " '" + text(node, "key") + "'"
                    : text(node, "id") != null ? what + " '" + text(node, "id") + "'"
                    : what + " " + position;
            problems.add(Diagnostic.INDEX_ENTRY_INVALID.problem(origin, name, e.getMessage()));
        }
    }

    private PersonalField field(JsonNode node, String origin) {
        String className = required(node, "className");
        String field = required(node, "field");
        JsonNode retention = node.get("retention");
        if (retention == null || !retention.isObject()) {
            throw new IllegalArgumentException("\"retention\" is missing");
        }
        String period = text(retention, "period");
        String criteria = text(retention, "criteria");
        if ((period == null) == (criteria == null || criteria.isBlank())) {
            throw new IllegalArgumentException("\"retention\" needs either a period or criteria");
        }
        RetentionRule rule = shared.share(new RetentionRule(period == null ? null : shared.period(period),
                enumValue(RetentionTrigger.class, retention, "from", period != null), criteria, text(retention, "law")));
        return new PersonalField(
                shared.share(className),
                shared.share(field),
                shared.share(text(node, "declaredIn")),
                shared.share(required(node, "javaType")),
                shared.share(text(node, "register")),
                shared.map(texts(node.get("labels"), false)),
                shared.list(strings(node, "purposes", true)),
                shared.list(strings(node, "sources", true)),
                shared.list(strings(node, "categories", false)),
                shared.list(strings(node, "subjects", false)),
                shared.list(strings(node, "recipients", false)),
                rule,
                node.path("special").asBoolean(false),
                shared.share(choice(SpecialCategoryCondition.class, text(node, "specialCondition"), "specialCondition")),
                shared.share(choice(IdentityCodeGround.class, text(node, "identityCodeGround"), "identityCodeGround")),
                shared.share(text(node, "sourceFile")),
                node.path("line").asInt(0),
                origin);
    }

    /**
     * The same checks, in the same order and with the same messages, as {@link #field(JsonNode, String)} makes on
     * the tree of an entry of the usual shape; {@code IndexReaderTest} reads every case both ways.
     */
    private PersonalField field(FieldEntry entry, String origin) {
        String className = required(entry.strings[FieldEntry.CLASS_NAME], "className");
        String field = required(entry.strings[FieldEntry.FIELD], "field");
        String[] retention = entry.retention;
        if (retention == null) {
            throw new IllegalArgumentException("\"retention\" is missing");
        }
        String period = retention[FieldEntry.PERIOD];
        String criteria = retention[FieldEntry.CRITERIA];
        if ((period == null) == (criteria == null || criteria.isBlank())) {
            throw new IllegalArgumentException("\"retention\" needs either a period or criteria");
        }
        RetentionRule rule = shared.share(new RetentionRule(period == null ? null : shared.period(period),
                enumValue(RetentionTrigger.class, retention[FieldEntry.FROM], "from", period != null), criteria,
                retention[FieldEntry.LAW]));
        return new PersonalField(
                recurring(FieldEntry.CLASS_NAME, className),
                shared.share(field),
                recurring(FieldEntry.DECLARED_IN, entry.strings[FieldEntry.DECLARED_IN]),
                recurring(FieldEntry.JAVA_TYPE, required(entry.strings[FieldEntry.JAVA_TYPE], "javaType")),
                recurring(FieldEntry.REGISTER, entry.strings[FieldEntry.REGISTER]),
                shared.map(texts(entry.labels)),
                shared.list(strings(entry, FieldEntry.PURPOSES, true)),
                shared.list(strings(entry, FieldEntry.SOURCES, true)),
                shared.list(strings(entry, FieldEntry.CATEGORIES, false)),
                shared.list(strings(entry, FieldEntry.SUBJECTS, false)),
                shared.list(strings(entry, FieldEntry.RECIPIENTS, false)),
                rule,
                entry.hasSpecial && entry.special,
                shared.share(choice(SpecialCategoryCondition.class, entry.strings[FieldEntry.SPECIAL_CONDITION], "specialCondition")),
                shared.share(choice(IdentityCodeGround.class, entry.strings[FieldEntry.IDENTITY_CODE_GROUND], "identityCodeGround")),
                recurring(FieldEntry.SOURCE_FILE, entry.strings[FieldEntry.SOURCE_FILE]),
                entry.hasLine ? entry.line : 0,
                origin);
    }

    /**
     * Entries are sorted by class, so a class's fields follow one another with the same class name, source file and
     * mostly the same type and register: comparing with the previous entry's value is cheaper than hashing it.
     */
    private String recurring(int slot, String value) {
        String previous = previousValues[slot];
        if (value != null && value.equals(previous)) {
            return previous;
        }
        String mine = shared.share(value);
        previousValues[slot] = mine;
        return mine;
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("\"" + name + "\" is missing");
        }
        return value;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String name, boolean required) {
        if (value == null) {
            if (required) {
                throw new IllegalArgumentException("\"" + name + "\" is missing");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + name + " '" + value + "'");
        }
    }

    /** @param pairs key, text, key, text... or {@code null} */
    private static Map<String, String> texts(List<String> pairs) {
        Map<String, String> texts = new TreeMap<>();
        if (pairs != null) {
            for (int i = 0; i < pairs.size(); i += 2) {
                String key = pairs.get(i);
                if (pairs.get(i + 1).isBlank() || !isLanguageCode(key)) {
                    throw new IllegalArgumentException("text '" + key + "' is blank or not a language code");
                }
                texts.put(key, pairs.get(i + 1));
            }
        }
        return texts;
    }

    private static List<String> strings(FieldEntry entry, int slot, boolean required) {
        List<String> values = entry.lists[slot];
        String name = FieldEntry.listName(slot);
        if (values == null || (required && values.isEmpty())) {
            if (values == null && !required) {
                return List.of();
            }
            throw new IllegalArgumentException("\"" + name + "\" is missing or empty");
        }
        for (String value : values) {
            if (value.isBlank()) {
                throw new IllegalArgumentException("\"" + name + "\" holds a blank or non-text value");
            }
        }
        return values;
    }

    private static String origin(JsonNode node, String origin) {
        String declaredIn = text(node, "declaredIn");
        return declaredIn == null ? origin : origin + " (" + declaredIn + ")";
    }

    /**
     * @return {@code value}, when it names a constant of {@code type} other than {@code NONE} (which the processor
     *     never writes: it leaves the member out), or {@code null}
     */
    private static <E extends Enum<E>> String choice(Class<E> type, String value, String name) {
        E constant = enumValue(type, value, name, false);
        if (constant != null && constant.name().equals("NONE")) {
            throw new IllegalArgumentException("unknown " + name + " 'NONE'");
        }
        return value;
    }

    /** Checks every text of an entry read from the stream for lone surrogates, as the tree path checks each. */
    private static void wholeTexts(PersonalField f) {
        whole(f.className(), "className");
        whole(f.field(), "field");
        for (String text : java.util.Arrays.asList(f.declaredIn(), f.javaType(), f.register(), f.sourceFile(),
                f.retention().criteria(), f.retention().law())) {
            if (text != null) {
                whole(text, "a text");
            }
        }
        f.labels().forEach((language, label) -> whole(label, language));
        for (List<String> list : List.of(f.purposes(), f.sources(), f.categories(), f.subjects(), f.recipients())) {
            list.forEach(text -> whole(text, "a list"));
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode node, String name, boolean required) {
        return enumValue(type, text(node, name), name, required);
    }

    private static Map<String, String> texts(JsonNode node, boolean required) {
        Map<String, String> texts = new TreeMap<>();
        if (node != null && node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isTextual() || e.getValue().asText().isBlank() || !isLanguageCode(e.getKey())) {
                    throw new IllegalArgumentException("text '" + e.getKey() + "' is blank or not a language code");
                }
                texts.put(e.getKey(), whole(e.getValue().asText(), e.getKey()));
            }
        }
        if (required && !texts.containsKey("fi")) {
            throw new IllegalArgumentException("the Finnish text is missing");
        }
        return texts;
    }

    /** Whether the key is two letters {@code a} to {@code z}, as {@code [a-z]{2}} would match, without a regex per label. */
    private static boolean isLanguageCode(String key) {
        return key.length() == 2 && key.charAt(0) >= 'a' && key.charAt(0) <= 'z' && key.charAt(1) >= 'a' && key.charAt(1) <= 'z';
    }

    private static String required(JsonNode node, String name) {
        return required(text(node, name), name);
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node == null ? null : node.get(name);
        return value != null && value.isTextual() ? whole(value.asText(), name) : null;
    }

    /** @return the text, when it holds no lone surrogate (which no UTF-8 output could write) */
    private static String whole(String text, String name) {
        if (SharedValues.hasLoneSurrogate(text)) {
            throw new IllegalArgumentException("\"" + name + "\" holds half of a surrogate pair alone (an escape such as "
                    + "\\ud800 without its partner), which is not text");
        }
        return text;
    }

    private static List<String> strings(JsonNode node, String name, boolean required) {
        JsonNode array = node.get(name);
        if (array == null || array.isNull()) {
            if (required) {
                throw new IllegalArgumentException("\"" + name + "\" is missing or empty");
            }
            return List.of();
        }
        if (!array.isArray() || (required && array.isEmpty())) {
            throw new IllegalArgumentException("\"" + name + "\" is missing or empty");
        }
        List<String> result = new ArrayList<>();
        for (JsonNode item : array) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw new IllegalArgumentException("\"" + name + "\" holds a blank or non-text value");
            }
            result.add(whole(item.asText(), name));
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
